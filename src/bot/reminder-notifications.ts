import { reminderCard } from "../cards/reminder-cards";
import type { ReminderDue, ReminderNotifications } from "../services/evaluation-reminders";
import type { ProactiveNotifier } from "./proactive-notifier";

/** The daily evaluation reminder, in personal chat. */
export class CardReminderNotifications implements ReminderNotifications {
  constructor(
    private readonly notifier: ProactiveNotifier,
    private readonly today: () => string,
  ) {}

  async remind(due: ReminderDue): Promise<void> {
    await this.notifier.sendToPerson(due.person.id, `eval-reminder:${this.today()}`, reminderCard(due));
  }
}
