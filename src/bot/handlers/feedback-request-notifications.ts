import { feedbackAnswerCard, feedbackReceivedCard } from "../../cards/feedback-request-cards";
import type { OrgDirectory, Person } from "../../domain/org";
import type { Rhk } from "../../domain/skp";
import type { FeedbackAnswer, FeedbackNotifications, StoredFeedbackRequest } from "../../services/feedback-request-service";
import type { ProactiveNotifier } from "../proactive-notifier";

/** Feedback requests' proactive cards, in personal chat: the answer form to each colleague, answers to readers. */
export class CardFeedbackNotifications implements FeedbackNotifications {
  constructor(
    private readonly notifier: ProactiveNotifier,
    private readonly directory: OrgDirectory,
    private readonly rhksOf: (employee: Person) => Promise<Rhk[]>,
  ) {}

  async askColleague(request: StoredFeedbackRequest, colleague: Person): Promise<void> {
    const requester = this.directory.getPerson(request.requesterId);
    const employee = this.directory.getPerson(request.employeeId);
    if (!requester || !employee) return;
    const card = feedbackAnswerCard({ request, requester, employee, rhks: await this.rhksOf(employee) });
    await this.notifier.sendToPerson(colleague.id, `feedback-ask:${request.id}`, card);
  }

  async deliverAnswer(request: StoredFeedbackRequest, answer: FeedbackAnswer, reader: Person): Promise<void> {
    const answerer = this.directory.getPerson(answer.answererId);
    const employee = this.directory.getPerson(request.employeeId);
    if (!answerer || !employee) return;
    const card = feedbackReceivedCard({ request, answer, answerer, employee, rhks: await this.rhksOf(employee) });
    await this.notifier.sendToPerson(reader.id, `feedback-answer:${request.id}:${answer.answererId}`, card);
  }
}
