import { coachingFollowUpCard, coachingRatingCard } from "../../cards/coaching-cards";
import type { OrgDirectory } from "../../domain/org";
import type { CoachingNotifications, CoachingSession } from "../../services/coaching-ports";
import type { ProactiveNotifier } from "../proactive-notifier";

/** The coaching flow's proactive cards, in personal chat. */
export class CardCoachingNotifications implements CoachingNotifications {
  constructor(
    private readonly notifier: ProactiveNotifier,
    private readonly directory: OrgDirectory,
  ) {}

  async askEmployeeToRate(s: CoachingSession): Promise<void> {
    await this.notifier.sendToPerson(s.employeeId, `coaching-rate:${s.employeeId}:${s.id}`, coachingRatingCard(s, this.name(s.coachId)));
  }

  async remindFollowUp(s: CoachingSession, recipientId: string): Promise<boolean> {
    const card = coachingFollowUpCard(s, this.name(s.coachId), this.name(s.employeeId));
    const result = await this.notifier.sendToPerson(recipientId, `coaching-follow-up:${s.id}:${recipientId}`, card);
    return result.status === "sent";
  }

  private name(id: string): string {
    return this.directory.getPerson(id)?.displayName ?? "-";
  }
}
