import type { OrgDirectory, Person } from "../domain/org";
import { toWibDate } from "../domain/time";
import { ACCESS_RULES, type AccessAction, type Relation, type Rule, type Subject } from "./access-rules";
import type { Authority } from "./authority";
import { CalibrationUnits } from "./calibration-units";
import type { Clock } from "./ports";

export * from "./access-rules";

/**
 * The one authorization policy of the app, used by the API router and the card-action router alike: whether
 * a relation its rule (access-rules.ts) lists holds between the actor and the subject, from the directory.
 */
export class AccessPolicy {
  constructor(
    private readonly directory: OrgDirectory,
    private readonly authority: Authority,
    private readonly clock: Clock,
  ) {
    this.units = new CalibrationUnits(directory);
  }

  private readonly units: CalibrationUnits;

  /** True when any relation the rule lists holds; relations are checked lazily, cheapest first. */
  async allows(actor: Person, action: AccessAction, subject: Subject): Promise<boolean> {
    const rule: Rule = ACCESS_RULES[action];
    if (rule.subject !== subject.kind) return false;
    for (const relation of rule.allow) {
      if (await this.holds(actor, relation, subject)) return true;
    }
    return false;
  }

  private async holds(actor: Person, relation: Relation, subject: Subject): Promise<boolean> {
    switch (relation) {
      case "registered":
        return true;
      case "admin":
      case "kompetensi":
        return actor.roles.includes(relation);
      case "self":
        return subject.kind === "employee" && subject.id === actor.id;
      case "supervisor":
        return subject.kind === "employee" && subject.id !== actor.id && this.directory.getManager(subject.id)?.id === actor.id;
      case "acting":
        return subject.kind === "employee" && this.isActing(actor, subject.id);
      case "upline":
        return subject.kind === "employee" && this.isUpline(actor, subject.id);
      case "opdMember":
        return subject.kind === "opd" && this.opdIdOf(actor) === subject.id;
      case "headOfOpd":
        return subject.kind === "opd" && this.isHeadOfOpd(actor, subject.id);
      case "headOfUnit":
        return subject.kind === "unit" && (await this.isHeadOfUnit(actor, subject.id));
      case "leaderAboveUnit": {
        const head = subject.kind === "unit" ? this.units.headOf(subject.id) : undefined;
        return !!head && head.id !== actor.id && this.directory.getManager(head.id)?.id === actor.id;
      }
      case "atasanPenilai":
        return subject.kind === "employee" && (await this.isAtasanPenilai(actor, subject.id));
      case "aboveUnit": {
        const head = subject.kind === "unit" ? this.units.headOf(subject.id) : undefined;
        return !!head && this.directory.isAbove(actor.id, head.id);
      }
    }
  }

  private async isHeadOfUnit(actor: Person, unitId: string): Promise<boolean> {
    const head = this.units.headOf(unitId);
    if (!head) return false;
    if (head.id === actor.id) return true;
    return (await this.authority.actingFor(head.id, toWibDate(this.clock.now()))).some((p) => p.id === actor.id);
  }

  /** The rater's supervisor (or their Plt/Plh today); never the employee or the rater themself. */
  private async isAtasanPenilai(actor: Person, employeeId: string): Promise<boolean> {
    const rater = this.directory.getManager(employeeId);
    const atasan = rater ? this.directory.getManager(rater.id) : undefined;
    if (!rater || !atasan || actor.id === employeeId || actor.id === rater.id) return false;
    if (atasan.id === actor.id) return true;
    return (await this.authority.actingFor(atasan.id, toWibDate(this.clock.now()))).some((p) => p.id === actor.id);
  }

  private async isActing(actor: Person, employeeId: string): Promise<boolean> {
    const manager = this.directory.getManager(employeeId);
    if (!manager || manager.id === actor.id || employeeId === actor.id) return false;
    return this.authority.actsAsSupervisorOf(actor.id, employeeId, toWibDate(this.clock.now()));
  }

  private isUpline(actor: Person, employeeId: string): boolean {
    const manager = this.directory.getManager(employeeId);
    return !!manager && manager.id !== actor.id && this.directory.isAbove(actor.id, manager.id);
  }

  opdIdOf(person: Person): string | undefined {
    return this.directory.getOpdOf(person.unitId)?.id;
  }

  /** The head of an OPD is its top person: a member whose supervisor is outside the OPD (or who has none). */
  isHeadOfOpd(person: Person, opdId: string): boolean {
    if (this.opdIdOf(person) !== opdId) return false;
    const manager = person.managerId ? this.directory.getPerson(person.managerId) : undefined;
    return !manager || this.opdIdOf(manager) !== opdId;
  }
}
