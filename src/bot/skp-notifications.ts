import { skpApprovalCard, skpOutcomeCard } from "../cards/skp-cards";
import type { OrgDirectory, Person } from "../domain/org";
import type { StoredSkp } from "../services/planning-ports";
import type { ConversationRepository, SentCard } from "../services/ports";
import type { SkpNotifications } from "../services/skp-types";
import type { ProactiveNotifier } from "./proactive-notifier";

/**
 * The SKP workflow's proactive messages, as cards in personal chat. The approval card everybody sees has no
 * buttons; its refresh lists the recipient, whose client then asks for their own view (kinerja.skp.refresh) and
 * gets the buttons (CONVENTIONS §2, user-specific views).
 */
export class CardSkpNotifications implements SkpNotifications {
  constructor(
    private readonly notifier: ProactiveNotifier,
    private readonly conversations: ConversationRepository,
    private readonly directory: OrgDirectory,
  ) {}

  async approvalRequest(skp: StoredSkp, employee: Person, recipient: Person): Promise<SentCard | undefined> {
    const card = skpApprovalCard({ skp, employee, actingFor: this.actingFor(employee, recipient), refreshUserIds: [await this.teamsUserId(recipient)] });
    const result = await this.notifier.sendToPerson(recipient.id, `skp-approval:${skp.id}:${skp.submittedAt ?? ""}`, card);
    return result.status === "sent" ? result.card : undefined;
  }

  async outcomeToEmployee(skp: StoredSkp, employee: Person, decider: Person): Promise<void> {
    await this.notifier.sendToPerson(employee.id, `skp-outcome:${skp.id}:${skp.decidedAt ?? ""}`, skpOutcomeCard(skp, decider));
  }

  async markApprovalCardDecided(skp: StoredSkp, employee: Person, decider: Person): Promise<void> {
    if (!skp.approvalCard) return;
    await this.notifier.updateCard(skp.approvalCard, skpApprovalCard({ skp, employee, decider }));
  }

  /** The supervisor the recipient stands in for, when the card goes to a Plt/Plh. */
  private actingFor(employee: Person, recipient: Person): Person | undefined {
    const manager = this.directory.getManager(employee.id);
    return manager && manager.id !== recipient.id ? manager : undefined;
  }

  /**
   * `refresh.userIds` takes Teams user ids (the `29:...` id of `from.id`), not directory ids: read it from the
   * recipient's stored conversation reference, which is where the card is being sent anyway.
   */
  private async teamsUserId(person: Person): Promise<string> {
    const conversation = await this.conversations.get("personal", person.id);
    const user = (conversation?.reference as { user?: { id?: unknown } } | undefined)?.user;
    return typeof user?.id === "string" && user.id !== "" ? user.id : person.id;
  }
}
