import { needsDecisionCard } from "../../cards/development-cards";
import { attendanceCard, externalTrainingCard, jpBehindCard, jpBehindTeamCard, promotedCard, reminderCard, trainingCard } from "../../cards/training-cards";
import type { OrgDirectory, Person } from "../../domain/org";
import type { CompetencyNotifications, JpCredit, Registration, StoredNeed, Training } from "../../services/competency-ports";
import type { ProactiveNotifier } from "../proactive-notifier";

/**
 * Competency development's proactive cards, sent directly with the ProactiveNotifier (as the report flow does).
 * It is the one place to change when these move to the durable outbox (src/services/outbox): the use cases only
 * see the CompetencyNotifications port. Failures are recorded by the notifier (Deliveries table).
 */
export class CardCompetencyNotifications implements CompetencyNotifications {
  constructor(
    private readonly notifier: ProactiveNotifier,
    private readonly directory: OrgDirectory,
  ) {}

  private readonly names = (id: string) => this.directory.getPerson(id)?.displayName ?? id;

  private async send(person: Person, key: string, card: ReturnType<typeof trainingCard>) {
    await this.notifier.sendToPerson(person.id, key, card);
  }

  needsToSupervisor(supervisor: Person, employee: Person, year: number, needs: StoredNeed[]) {
    return this.send(supervisor, `development:${year}:${employee.id}`, needsDecisionCard(employee, year, needs));
  }
  announce(person: Person, t: Training) {
    return this.send(person, `training-announce:${t.id}`, trainingCard(t));
  }
  promoted(person: Person, t: Training) {
    return this.send(person, `training-promoted:${t.id}`, promotedCard(t));
  }
  reminder(person: Person, t: Training) {
    return this.send(person, `training-reminder:${t.id}`, reminderCard(t));
  }
  attendanceToOrganiser(organiser: Person, t: Training, registrations: Registration[]) {
    return this.send(organiser, `training-attendance:${t.id}`, attendanceCard(t, registrations, this.names));
  }
  externalToSupervisor(supervisor: Person, employee: Person, c: JpCredit) {
    return this.send(supervisor, `jp-external:${c.id}`, externalTrainingCard(employee, c));
  }
  jpBehind(person: Person, total: number, target: number) {
    return this.send(person, `jp-behind:${person.id}`, jpBehindCard(total, target));
  }
  jpBehindTeam(supervisor: Person, behind: { person: Person; total: number }[], target: number) {
    return this.send(supervisor, `jp-behind-team:${supervisor.id}`, jpBehindTeamCard(behind, target));
  }
}
