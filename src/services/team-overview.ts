import type { OrgDirectory, Person } from "../domain/org";
import { effectiveSkp } from "../domain/skp";
import { addDays, dayOfWeek, toWibDate, type IsoDate } from "../domain/time";
import type { EvaluationRepository, StoredEvaluation } from "./evaluation-ports";
import type { PeriodService } from "./period-service";
import type { SkpRepository, SkpRevisionState } from "./planning-ports";
import type { Clock, ReportRepository, StoredReport } from "./ports";

/** Reports of the last 31 days travel with the overview, so the supervisor can answer them without another request. */
export const TEAM_REPORT_DAYS = 31;
/** From this many people of one OPD in a team, their SKP states come from one OPD-wide query. */
const OPD_QUERY_FROM = 5;

export interface TeamOverviewRow {
  employee: Person;
  reports: StoredReport[];
  reportsThisWeek: number;
  withoutFeedback: number;
  latestSkp?: SkpRevisionState;
  approvedSkp?: SkpRevisionState;
  evaluation?: StoredEvaluation;
}

export interface TeamOverview {
  today: IsoDate;
  /** Monday of this week (WIB): "this week" counts reports dated from it. */
  weekStart: IsoDate;
  periodId: string | null;
  rows: TeamOverviewRow[];
}

/**
 * A supervisor's home in one request (issue 5). Storage reads are bounded by the team: per direct report one
 * partition range of reports; the SKP revision states (three columns) per OPD of the team; the evaluations of the open period come from the
 * supervisor's calibration unit (one partition), with a point read only for someone rated in another unit.
 * Everything independent runs concurrently.
 */
export class TeamOverviewService {
  constructor(
    private readonly deps: {
      directory: OrgDirectory;
      clock: Clock;
      periods: PeriodService;
      reports: ReportRepository;
      evaluations: EvaluationRepository;
      skps: SkpRepository;
    },
  ) {}

  private opdIdOf(person: Person): string {
    // As SkpLookup: a person whose unit is unknown still has a partition of their own.
    return this.deps.directory.getOpdOf(person.unitId)?.id ?? person.unitId;
  }

  /**
   * Each person's SKP revision states (number and state only). Several people of one OPD: one partition query
   * for the OPD rather than one per person (a team of 50 is then 1–3 requests instead of 50).
   */
  private async revisionStates(year: number, team: readonly Person[]): Promise<Map<string, SkpRevisionState[]>> {
    const byOpd = new Map<string, Person[]>();
    for (const p of team) byOpd.set(this.opdIdOf(p), [...(byOpd.get(this.opdIdOf(p)) ?? []), p]);
    const out = new Map<string, SkpRevisionState[]>(team.map((p) => [p.id, []]));
    await Promise.all(
      [...byOpd].map(async ([opdId, people]) => {
        const states =
          people.length >= OPD_QUERY_FROM
            ? await this.deps.skps.listRevisionStatesByOpd(year, opdId)
            : (await Promise.all(people.map((p) => this.deps.skps.listRevisionStates(year, opdId, p.id)))).flat();
        for (const r of states) out.get(r.employeeId)?.push(r);
      }),
    );
    return out;
  }

  async forSupervisor(supervisor: Person): Promise<TeamOverview> {
    const today = toWibDate(this.deps.clock.now());
    const weekStart = addDays(today, -((dayOfWeek(today) + 6) % 7));
    const from = addDays(today, -TEAM_REPORT_DAYS);
    const year = Number(today.slice(0, 4));
    const team = this.deps.directory.getDirectReports(supervisor.id);
    const period = (await this.deps.periods.openToday())[0];
    const [unitEvaluations, revisionsOf, reportsOf] = await Promise.all([
      period ? this.deps.evaluations.listUnit(period.id, supervisor.unitId).then((u) => u.evaluations) : Promise.resolve([]),
      this.revisionStates(year, team),
      Promise.all(team.map((employee) => this.deps.reports.listForEmployee(employee.id, { from }))),
    ]);
    const perPerson = team.map((employee, i) => ({ employee, reports: reportsOf[i]!, revisions: revisionsOf.get(employee.id) ?? [] }));
    const inUnit = new Map(unitEvaluations.map((e) => [e.employeeId, e]));
    const rows = await Promise.all(
      perPerson.map(async ({ employee, reports, revisions }): Promise<TeamOverviewRow> => {
        const evaluation = period ? (inUnit.get(employee.id) ?? (await this.deps.evaluations.get(period.id, employee.id))) : undefined;
        return {
          employee,
          reports,
          reportsThisWeek: reports.filter((r) => r.date >= weekStart).length,
          withoutFeedback: reports.filter((r) => !r.feedback).length,
          latestSkp: revisions[revisions.length - 1],
          approvedSkp: effectiveSkp(revisions),
          evaluation,
        };
      }),
    );
    return { today, weekStart, periodId: period?.id ?? null, rows };
  }
}
