/**
 * Evaluation (issue 4) on Azurite, at the service level (storage reads + computation, like bench/coverage.ts):
 * - the calibration view of one OPD of 1,500 employees calibrated as a single unit (the synthetic OPD's bidang
 *   and seksi folded into it, so its curve holds 1,500 rated evaluations): p50/p95 of sequential views
 *   (CalibrationService.overview, serialised as the API sends it). Target p95 < 200 ms.
 * - closing a period city-wide (6,000 employees, 40 OPDs): every calibration unit's view, every predikat
 *   recomputed from the matrix and compared with the stored one, every unit's distribution check. Target < 5 s.
 * - the real close (PeriodClose.close, POST /api/periods/:periodId/close): the period read with one range query,
 *   every ready unit set in its own batch transaction with its audit records, and its result cards queued in the
 *   durable outbox (one job per unit, as the app does; sending them is the outbox's, measured by `broadcast`).
 *   Measured until the answer.
 * HTTP requests to the Table service are counted per operation (a perCall pipeline policy on every client).
 */
import { TableClient } from "@azure/data-tables";
import { publicView } from "../src/api/calibration-routes";
import { generateSyntheticOrg, InMemoryDirectory, parseOrgFile, type OrgFileJson } from "../src/directory";
import { checkDistribution, countPredikats, ORG_PREDIKATS, type OrgPredikat } from "../src/domain/distribution";
import type { OrgDirectory, Person } from "../src/domain/org";
import { predikatKinerja } from "../src/domain/predikat";
import { RATINGS, type Rating } from "../src/domain/rating";
import { Authority } from "../src/services/authority";
import { BackgroundTasks } from "../src/services/background";
import { CalibrationService } from "../src/services/calibration-service";
import { CalibrationUnits } from "../src/services/calibration-units";
import type { StoredEvaluation } from "../src/services/evaluation-ports";
import { EvaluationService } from "../src/services/evaluation-service";
import { EvaluationSources } from "../src/services/evaluation-sources";
import { PeriodClose } from "../src/services/period-close";
import { CardJobs } from "../src/services/outbox/card-jobs";
import { EVAL_RESULT_KIND } from "../src/bot/handlers/eval-notifications";
import { outboxStorageFrom } from "../src/storage/outbox-tables";
import { TableAnnouncementStore } from "../src/storage/announcement-store";
import { PeriodService } from "../src/services/period-service";
import { TableActingRepository } from "../src/storage/acting-repository";
import { TableAuditLog } from "../src/storage/audit-log";
import { startAzurite } from "../src/storage/azurite";
import { TableEvaluationRepository } from "../src/storage/evaluation-repository";
import { TablePeriodRepository } from "../src/storage/period-repository";
import { TableReportRepository } from "../src/storage/report-repository";
import { TableSkpRepository } from "../src/storage/skp-repository";

const YEAR = 2026;
const PERIOD = `${YEAR}-bulanan-11`;
const SEED_CONCURRENCY = 32;
const VIEW_RUNS = 100;
const CLOSE_RUNS = 3;
const CLOSE_CONCURRENCY = 8;
const clock = { now: () => new Date("2026-11-30T03:00:00Z") };

export interface EvaluationBenchResult {
  view: { employees: number; runs: number; p50Ms: number; p95Ms: number; requests: number };
  /** Through CalibrationService.view, one partition query per unit (what the app's calibration view does). */
  close: CloseResult;
  /** One range query over the period's partitions (TableEvaluationRepository.listPeriod), same computation. */
  closeByRange: CloseResult;
  /** PeriodClose.close: sets every ready unit (the seeded states put back to rated before each run). */
  periodClose: PeriodCloseResult;
}

export interface PeriodCloseResult {
  employees: number;
  units: number;
  unitsSet: number;
  unitsBlocked: number;
  evaluationsSet: number;
  medianMs: number;
  requests: number;
  /** Background work left after the answer (none expected: result cards are queued before it), and the result-card jobs queued. */
  resultCards: { medianMs: number; requests: number; jobs: number; items: number };
  /** A second close right after: sets nothing. */
  again: { ms: number; requests: number; unitsSet: number };
}

export interface CloseResult {
  employees: number;
  units: number;
  medianMs: number;
  requests: number;
  unitsBreakingCurve: number;
  notRated: number;
  predikatMismatches: number;
}

export async function benchEvaluation(): Promise<EvaluationBenchResult> {
  const azurite = await startAzurite();
  try {
    const opd = await seed(azurite.connectionString, "benchevopd", new InMemoryDirectory(parseOrgFile(foldedOpd(generateSyntheticOrg({ employees: 1501, opds: 1, seed: 3 })))));
    const opdId = opd.directory.listUnits().find((u) => u.parentId === "setda")!.id;
    const view = await measureView(opd, opdId);
    const city = await seed(azurite.connectionString, "benchevcity", new InMemoryDirectory(parseOrgFile(generateSyntheticOrg({ employees: 6000, opds: 40, seed: 5 }))));
    const close = await measureClose(city, () => closeCityWide(city));
    const closeByRange = await measureClose(city, () => closeCityWideByRange(city));
    const periodClose = await measurePeriodClose(city);
    return { view, close, closeByRange, periodClose };
  } finally {
    await azurite.stop();
  }
}

/** One OPD as one calibration unit: every unit below the OPD folded into it (managers unchanged). */
export function foldedOpd(org: OrgFileJson): OrgFileJson {
  const opd = org.units.find((u) => u.parentId === "setda")!;
  return { ...org, units: org.units.filter((u) => u.id === "setda" || u.id === opd.id), users: org.users.map((u) => (u.unitId === "setda" ? u : { ...u, unitId: opd.id })) };
}

/** Background work held until the operation answered, so its time and requests are measured apart. */
class DeferredBackground extends BackgroundTasks {
  private readonly queue: [string, () => Promise<unknown>][] = [];
  override run(name: string, task: () => Promise<unknown>): void {
    this.queue.push([name, task]);
  }
  async flush(): Promise<void> {
    for (const [name, task] of this.queue.splice(0)) super.run(name, task);
    await this.drain();
  }
}

interface Seeded {
  directory: OrgDirectory;
  calibration: CalibrationService;
  periodClose: PeriodClose;
  background: DeferredBackground;
  units: CalibrationUnits;
  evaluations: TableEvaluationRepository;
  requests: { count: number };
  /** Result-card jobs queued by the closes (run: the current bench run). */
  resultJobs: { run: number; jobs: number; items: number };
}

export async function seed(connectionString: string, prefix: string, directory: OrgDirectory): Promise<Seeded> {
  const requests = { count: 0 };
  const client = (name: string) =>
    TableClient.fromConnectionString(connectionString, `${prefix}${name}`, {
      allowInsecureConnection: true,
      additionalPolicies: [{ position: "perCall", policy: { name: "countRequests", sendRequest: (req, next) => (requests.count++, next(req)) } }],
    });
  const tables = Object.fromEntries(
    ["Evaluations", "Periods", "Audit", "Skps", "Reports", "Acting", "Outbox", "OutboxRate", "Announcements", "Conversations"].map((n) => [n, client(n)]),
  );
  await Promise.all(Object.values(tables).map((t) => t.createTable()));
  const evaluations = new TableEvaluationRepository(tables.Evaluations!);
  const audit = new TableAuditLog(tables.Audit!);
  const periods = new PeriodService({ periods: new TablePeriodRepository(tables.Periods!), audit, clock, holidays: [] });
  const units = new CalibrationUnits(directory);
  const background = new DeferredBackground();
  const cardJobs = new CardJobs({
    outbox: outboxStorageFrom(tables.Outbox!, tables.OutboxRate!).store,
    activeJobs: new TableAnnouncementStore(tables.Announcements!, tables.Conversations!),
    clock,
  });
  const resultJobs = { run: 0, jobs: 0, items: 0 };
  const core = new EvaluationService({
    directory,
    authority: new Authority(directory, new TableActingRepository(tables.Acting!)),
    periods,
    evaluations,
    sources: new EvaluationSources({ directory, skps: new TableSkpRepository(tables.Skps!), reports: new TableReportRepository(tables.Reports!) }),
    units,
    audit,
    clock,
    notifications: {
      askRater: async () => {},
      // As CardEvaluationNotifications: one outbox job per unit. Each bench run closes the same units again, so the
      // run number keeps every run's jobs new, as a real close's are.
      sendResults: async (periodId, employeeIds, jobKey) => {
        resultJobs.jobs++;
        resultJobs.items += employeeIds.length;
        await cardJobs.toPeople(`${jobKey}-run${resultJobs.run}`, { kind: EVAL_RESULT_KIND, periodId }, employeeIds);
      },
      markAcknowledged: async () => {},
    },
    background,
  });
  const people = directory.listPeople();
  const defined = await periods.defineYear(people[0]!, YEAR, { type: "bulanan" });
  if (defined.kind !== "defined") throw new Error("periods not defined");

  // Everyone with a pejabat penilai is rated (deterministic mix of ratings); every unit has an org predikat.
  const rated = people.filter((p) => directory.getManager(p.id));
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < rated.length; i = next++) await evaluations.create(ratedEvaluation(rated[i]!, i, units));
  };
  await Promise.all(Array.from({ length: SEED_CONCURRENCY }, worker));
  for (const [k, unit] of directory.listUnits().entries()) {
    await evaluations.saveCalibration({ periodId: PERIOD, unitId: unit.id, orgPredikat: ORG_PREDIKATS[k % 2 === 0 ? 1 : 0], orgPredikatById: people[0]!.id, orgPredikatAt: clock.now().toISOString() });
  }
  const calibration = new CalibrationService(core);
  return { directory, calibration, periodClose: new PeriodClose(core, calibration), background, units, evaluations, requests, resultJobs };
}

function ratedEvaluation(p: Person, i: number, units: CalibrationUnits): StoredEvaluation {
  const pick = (n: number): Rating => RATINGS[n % 7 === 0 ? 2 : n % 3 === 0 ? 0 : 1]!;
  const hasilKerja = pick(i);
  const perilakuKerja = pick(i + 1);
  return {
    id: `${PERIOD}_${p.id}`, employeeId: p.id, periodId: PERIOD, kind: "PERIODIK", state: "rated", year: YEAR, unitId: units.unitOf(p.id) ?? p.unitId, appliedForms: [`seed-${i}`],
    rating: {
      rhkAssessments: [{ rhkId: `${p.id}-rhk-1`, group: "UTAMA", judgement: hasilKerja, feedback: "Pertahankan." }],
      suggestedHasilKerja: hasilKerja, hasilKerja, perilakuKerja, perilakuFeedback: [{ valueId: "harmonis", text: "Menjaga suasana kerja." }],
      predikat: predikatKinerja(hasilKerja, perilakuKerja), ratedById: p.managerId!, ratedAt: clock.now().toISOString(),
    },
  };
}

async function measureView(s: Seeded, unitId: string): Promise<EvaluationBenchResult["view"]> {
  const once = async () => {
    // What GET /api/calibration/:periodId/:unitId does: the projected overview, serialised as the API sends it.
    const view = await s.calibration.overview(PERIOD, unitId);
    if (!view) throw new Error("no view");
    return { rows: JSON.parse(JSON.stringify(publicView(view))).rows.length as number };
  };
  for (let i = 0; i < 5; i++) await once(); // warm-up: connections, JIT, the period cache
  const times: number[] = [];
  let rows = 0;
  const before = s.requests.count;
  for (let i = 0; i < VIEW_RUNS; i++) {
    const t0 = performance.now();
    rows = (await once()).rows;
    times.push(performance.now() - t0);
  }
  const requests = (s.requests.count - before) / VIEW_RUNS;
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  return { employees: rows, runs: VIEW_RUNS, p50Ms: at(0.5), p95Ms: at(0.95), requests };
}

interface Tally {
  employees: number;
  units: number;
  mismatches: number;
  breaking: number;
  notRated: number;
}

/** Every predikat recomputed from the matrix and every unit's curve checked against its org predikat. */
function checkUnit(t: Tally, orgPredikat: OrgPredikat | undefined, evaluations: readonly StoredEvaluation[], members: number): void {
  if (!orgPredikat) throw new Error("a unit has no org predikat");
  const predikats = evaluations.map((e) => {
    const computed = predikatKinerja(e.rating!.hasilKerja, e.rating!.perilakuKerja);
    if (computed !== e.rating!.predikat) t.mismatches++;
    return computed;
  });
  t.employees += predikats.length;
  t.units++;
  t.notRated += members - predikats.length;
  if (!checkDistribution(orgPredikat, countPredikats(predikats)).ok) t.breaking++;
}

const curveUnits = (s: Seeded) => s.directory.listUnits().map((u) => u.id).filter((id) => s.units.curveMembers(id).length > 0);

/** Every unit's calibration view (one partition query each), as the app computes it today. */
async function closeCityWide(s: Seeded): Promise<Tally> {
  const unitIds = curveUnits(s);
  const t: Tally = { employees: 0, units: 0, mismatches: 0, breaking: 0, notRated: 0 };
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < unitIds.length; i = next++) {
      const view = await s.calibration.view(PERIOD, unitIds[i]!);
      checkUnit(t, view?.calibration?.orgPredikat, view?.evaluations ?? [], view?.rows.length ?? 0);
    }
  };
  await Promise.all(Array.from({ length: CLOSE_CONCURRENCY }, worker));
  return t;
}

/** The same, reading the whole period with one range query (pages of 1,000) and grouping by unit in memory. */
async function closeCityWideByRange(s: Seeded): Promise<Tally> {
  const { evaluations, calibrations } = await s.evaluations.listPeriod(PERIOD);
  const byUnit = new Map<string, StoredEvaluation[]>();
  for (const e of evaluations) byUnit.set(e.unitId, [...(byUnit.get(e.unitId) ?? []), e]);
  const orgPredikatOf = new Map(calibrations.map((c) => [c.unitId, c.orgPredikat]));
  const t: Tally = { employees: 0, units: 0, mismatches: 0, breaking: 0, notRated: 0 };
  for (const unitId of curveUnits(s)) checkUnit(t, orgPredikatOf.get(unitId), byUnit.get(unitId) ?? [], s.units.curveMembers(unitId).length);
  return t;
}

async function measureClose(s: Seeded, close: () => Promise<Tally>): Promise<CloseResult> {
  let last = await close(); // warm-up: connections, JIT, the period cache
  const times: number[] = [];
  let requests = 0;
  for (let i = 0; i < CLOSE_RUNS; i++) {
    const before = s.requests.count;
    const t0 = performance.now();
    last = await close();
    times.push(performance.now() - t0);
    requests = s.requests.count - before;
  }
  times.sort((a, b) => a - b);
  return {
    employees: last.employees, units: last.units, medianMs: times[Math.floor(times.length / 2)]!, requests,
    unitsBreakingCurve: last.breaking, notRated: last.notRated, predikatMismatches: last.mismatches,
  };
}

/** Puts every evaluation of the period back to rated (untimed), so each run closes the same city. */
async function resetToRated(s: Seeded): Promise<void> {
  const { evaluations } = await s.evaluations.listPeriod(PERIOD);
  const byUnit = new Map<string, StoredEvaluation[]>();
  for (const e of evaluations) {
    if (e.state !== "ditetapkan") continue;
    const { penetapan: _penetapan, ...rated } = e;
    byUnit.set(e.unitId, [...(byUnit.get(e.unitId) ?? []), { ...rated, state: "rated" }]);
  }
  const groups = [...byUnit.values()];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < groups.length; i = next++) await s.evaluations.replaceAll(groups[i]!);
  };
  await Promise.all(Array.from({ length: CLOSE_CONCURRENCY }, worker));
}

async function measurePeriodClose(s: Seeded): Promise<PeriodCloseResult> {
  const admin = s.directory.listPeople().find((p) => p.roles.includes("admin"));
  if (!admin) throw new Error("the synthetic city has no Admin Kinerja");
  const closeOnce = async () => {
    const outcome = await s.periodClose.close(admin, PERIOD);
    if (outcome.kind !== "done") throw new Error("period not found");
    return outcome.report.units;
  };
  const times: number[] = [];
  const cardTimes: number[] = [];
  let requests = 0;
  let cardRequests = 0;
  let units: Awaited<ReturnType<typeof closeOnce>> = [];
  for (let i = 0; i < CLOSE_RUNS; i++) {
    await resetToRated(s);
    s.resultJobs.run = i;
    s.resultJobs.jobs = s.resultJobs.items = 0;
    let before = s.requests.count;
    let t0 = performance.now();
    units = await closeOnce();
    times.push(performance.now() - t0);
    requests = s.requests.count - before;
    before = s.requests.count;
    t0 = performance.now();
    await s.background.flush();
    cardTimes.push(performance.now() - t0);
    cardRequests = s.requests.count - before;
  }
  const before = s.requests.count;
  const t0 = performance.now();
  const again = await closeOnce();
  const againMs = performance.now() - t0;
  const againRequests = s.requests.count - before;
  await s.background.flush();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const set = units.filter((u) => u.status === "set");
  return {
    employees: units.reduce((n, u) => n + u.members, 0),
    units: units.length,
    unitsSet: set.length,
    unitsBlocked: units.filter((u) => u.status === "blocked").length,
    evaluationsSet: set.reduce((n, u) => n + u.toSet, 0),
    medianMs: median(times),
    requests,
    resultCards: { medianMs: median(cardTimes), requests: cardRequests, jobs: s.resultJobs.jobs, items: s.resultJobs.items },
    again: { ms: againMs, requests: againRequests, unitsSet: again.filter((u) => u.status === "set").length },
  };
}

if (require.main === module) {
  benchEvaluation().then((r) => console.log(JSON.stringify(r, null, 2)), (err) => (console.error(err), process.exit(1)));
}
