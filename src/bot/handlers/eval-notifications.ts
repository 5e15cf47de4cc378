import { randomUUID } from "node:crypto";
import { ratingCard } from "../../cards/eval-rate-card";
import { resultCard } from "../../cards/eval-result-card";
import type { Person } from "../../domain/org";
import type { EvaluationNotifications, EvaluationSubject } from "../../services/evaluation-types";
import type { SentCard } from "../../services/ports";
import type { ProactiveNotifier } from "../proactive-notifier";

/** The evaluation flow's proactive cards, in personal chat (lives beside the eval handlers it feeds). */
export class CardEvaluationNotifications implements EvaluationNotifications {
  constructor(private readonly notifier: ProactiveNotifier) {}

  async askRater(subject: EvaluationSubject, rater: Person): Promise<void> {
    const card = ratingCard(subject, { formId: randomUUID() });
    await this.notifier.sendToPerson(rater.id, `eval-rate:${subject.period.id}:${subject.employee.id}`, card);
  }

  async sendResult(subject: EvaluationSubject): Promise<SentCard | undefined> {
    const result = await this.notifier.sendToPerson(subject.employee.id, `eval-result:${subject.period.id}:${subject.employee.id}`, resultCard(subject));
    return result.status === "sent" ? result.card : undefined;
  }

  async markAcknowledged(subject: EvaluationSubject): Promise<void> {
    const sent = subject.evaluation?.resultCard;
    if (sent) await this.notifier.updateCard(sent, resultCard(subject));
  }
}
