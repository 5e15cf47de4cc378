import type { OrgDirectory, Person } from "../domain/org";
import type { ActingRepository } from "./ports";

/**
 * Who may act for whom, decided from the directory (and recorded Plt/Plh assignments) at the moment of the
 * action; never from what a card or request says.
 */
export class Authority {
  constructor(
    private readonly directory: OrgDirectory,
    private readonly acting: ActingRepository,
  ) {}

  person(id: string | undefined): Person | undefined {
    return id ? this.directory.getPerson(id) : undefined;
  }

  /** People acting (Plt/Plh) for `supervisorId` on `date` (WIB), excluding the supervisor themself. */
  async actingFor(supervisorId: string, date: string): Promise<Person[]> {
    const assignments = await this.acting.listForSupervisor(supervisorId);
    return assignments
      .filter((a) => a.from <= date && date <= a.to && a.actingId !== supervisorId)
      .map((a) => this.directory.getPerson(a.actingId))
      .filter((p): p is Person => p !== undefined);
  }

  /**
   * The person who should receive what is meant for the employee's supervisor today: an acting official when
   * one is recorded for the date, else the direct supervisor.
   */
  async supervisorRecipient(employeeId: string, date: string): Promise<Person | undefined> {
    const manager = this.directory.getManager(employeeId);
    if (!manager) return undefined;
    const acting = await this.actingFor(manager.id, date);
    return acting.find((p) => p.id !== employeeId) ?? manager;
  }

  /** True when `actorId` is the employee's direct supervisor or acts for them on `date`; never oneself. */
  async actsAsSupervisorOf(actorId: string, employeeId: string, date: string): Promise<boolean> {
    if (actorId === employeeId) return false;
    const manager = this.directory.getManager(employeeId);
    if (!manager) return false;
    if (manager.id === actorId) return true;
    return (await this.actingFor(manager.id, date)).some((p) => p.id === actorId);
  }
}
