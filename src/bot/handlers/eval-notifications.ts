import { randomUUID } from "node:crypto";
import { ratingCard } from "../../cards/eval-rate-card";
import { resultCard } from "../../cards/eval-result-card";
import type { Person } from "../../domain/org";
import { personOfRecipient } from "../../services/announcement-model";
import type { EvaluationRepository } from "../../services/evaluation-ports";
import type { EvaluationNotifications, EvaluationSubject } from "../../services/evaluation-types";
import type { CardJobs } from "../../services/outbox/card-jobs";
import { ConflictError } from "../../services/planning-ports";
import type { OutboxCardRegistry } from "../outbox-cards";
import type { ProactiveNotifier } from "../proactive-notifier";

/** The outbox card kind of result cards; the payload names the period, the recipient the employee. */
export const EVAL_RESULT_KIND = "eval-result";

/** Result cards are in this state when they go out; any other (e.g. not found) means nothing to send. */
const RESULT_STATES = new Set(["ditetapkan", "diterima", "keberatan"]);

/**
 * The evaluation flow's proactive cards, in personal chat (lives beside the eval handlers it feeds). The rating
 * request goes to one person at once; result cards go to a whole unit after penetapan, so they go through the
 * durable outbox (rate-limited city-wide, crash-safe), rendered when sent.
 */
export class CardEvaluationNotifications implements EvaluationNotifications {
  constructor(
    private readonly notifier: ProactiveNotifier,
    private readonly cardJobs: CardJobs,
  ) {}

  async askRater(subject: EvaluationSubject, rater: Person): Promise<void> {
    const card = ratingCard(subject, { formId: randomUUID() });
    await this.notifier.sendToPerson(rater.id, `eval-rate:${subject.period.id}:${subject.employee.id}`, card);
  }

  async sendResults(periodId: string, employeeIds: readonly string[], jobKey: string): Promise<void> {
    await this.cardJobs.toPeople(jobKey, { kind: EVAL_RESULT_KIND, periodId }, employeeIds);
  }

  async markAcknowledged(subject: EvaluationSubject): Promise<void> {
    const sent = subject.evaluation?.resultCard;
    if (sent) await this.notifier.updateCard(sent, resultCard(subject));
  }
}

/**
 * The result card of the employee an outbox item is for, as it stands when sent; once delivered, where it landed
 * is kept on the evaluation so Terima can replace it on every device.
 */
export function registerResultCards(
  registry: OutboxCardRegistry,
  deps: { subject(periodId: string, employeeId: string): Promise<EvaluationSubject | undefined>; evaluations: EvaluationRepository },
): void {
  const periodOf = (payload: Record<string, unknown>) => (typeof payload.periodId === "string" ? payload.periodId : undefined);
  registry.register(
    EVAL_RESULT_KIND,
    async (item, payload) => {
      const employeeId = personOfRecipient(item.recipientId);
      const periodId = periodOf(payload);
      const subject = employeeId && periodId ? await deps.subject(periodId, employeeId) : undefined;
      return subject?.evaluation && RESULT_STATES.has(subject.evaluation.state) ? resultCard(subject) : undefined;
    },
    async (item, payload, activityId) => {
      const employeeId = personOfRecipient(item.recipientId);
      const periodId = periodOf(payload);
      if (!employeeId || !periodId) return;
      for (let attempt = 0; attempt < 3; attempt++) {
        const ev = await deps.evaluations.get(periodId, employeeId);
        if (!ev) return;
        try {
          await deps.evaluations.replace({ ...ev, resultCard: { conversationKey: item.recipientId, activityId } });
          return;
        } catch (err) {
          if (!(err instanceof ConflictError)) throw err;
        }
      }
    },
  );
}
