import { renderCard } from "../cards/render";
import { bi, formatDateTime, line } from "../cards/text";
import type { DirectorySyncAlerts } from "../directory/directory-sync-service";
import type { Person } from "../domain/org";
import type { ProactiveNotifier } from "./proactive-notifier";

/** Longer reasons are cut: the card is a heads-up, the full text is on the status page. */
const MAX_REASON_CHARS = 300;

/** A failed directory sync, as a short bilingual card in each admin's personal chat with the bot. */
export class CardDirectorySyncAlerts implements DirectorySyncAlerts {
  constructor(private readonly notifier: ProactiveNotifier) {}

  async syncFailed(admins: Person[], failure: { at: string; reason: string; peopleInUse: number }): Promise<void> {
    const reason = failure.reason.length > MAX_REASON_CHARS ? `${failure.reason.slice(0, MAX_REASON_CHARS)}…` : failure.reason;
    const card = renderCard("admin-notice", {
      title: bi("directory.syncFailed.title"),
      body: bi("directory.syncFailed.body", { at: formatDateTime(failure.at), people: failure.peopleInUse }),
      detail: `${line("directory.syncFailed.reason")}: ${reason}`,
    });
    // One delivery per admin; failures are recorded by the notifier and must not stop the others.
    await Promise.all(admins.map((admin) => this.notifier.sendToPerson(admin.id, `directory-sync-failed:${failure.at}`, card)));
  }
}
