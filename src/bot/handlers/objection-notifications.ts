import { objectionDecisionCard, objectionResultCard } from "../../cards/objection-cards";
import type { Person } from "../../domain/org";
import type { EvaluationSubject } from "../../services/evaluation-types";
import type { ObjectionNotifications } from "../../services/objection-service";
import type { ProactiveNotifier } from "../proactive-notifier";

/** The keberatan's proactive cards, in personal chat. */
export class CardObjectionNotifications implements ObjectionNotifications {
  constructor(private readonly notifier: ProactiveNotifier) {}

  async askDecider(subject: EvaluationSubject, decider: Person): Promise<void> {
    await this.notifier.sendToPerson(decider.id, `objection-decide:${subject.period.id}:${subject.employee.id}`, objectionDecisionCard(subject));
  }

  async tellEmployee(subject: EvaluationSubject): Promise<void> {
    await this.notifier.sendToPerson(subject.employee.id, `objection-result:${subject.period.id}:${subject.employee.id}`, objectionResultCard(subject));
  }
}
