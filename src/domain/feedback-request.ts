/**
 * Feedback requests (DOMAIN.md section 5): an employee, or their supervisor, asks named colleagues for feedback on
 * an RHK or a BerAKHLAK value. Answers go to the requester and the supervisor of the employee concerned; peer
 * feedback is advisory, the behaviour rating stays the supervisor's.
 */
import { isBerakhlakId, type BerakhlakId } from "./berakhlak";
import { MAX_TEXT_LENGTH, readRequiredText, readText, type FieldErrorCode } from "./input";
import { error, fail, ok, type DomainError, type Result } from "./result";

export const MAX_FEEDBACK_COLLEAGUES = 10;

export type FeedbackSubject = { kind: "RHK"; rhkId: string } | { kind: "BERAKHLAK"; valueId: BerakhlakId };

export interface FeedbackRequest {
  id: string;
  requesterId: string;
  /** The employee the feedback is about. */
  employeeId: string;
  about: FeedbackSubject;
  colleagueIds: string[];
  message?: string;
  createdAt: string;
}

export const FEEDBACK_REQUEST_ERROR_CODES = [
  "feedback_request_not_allowed",
  "feedback_request_no_colleagues",
  "feedback_request_too_many_colleagues",
  "feedback_request_colleague_is_subject",
  "feedback_answer_not_invited",
  "feedback_answer_already_given",
] as const;
export type FeedbackRequestErrorCode = (typeof FEEDBACK_REQUEST_ERROR_CODES)[number] | FieldErrorCode;

/**
 * Checks a new request. `requesterIsSupervisor`: the caller found in the directory that the requester is the
 * employee's direct supervisor (or Plt/Plh). Duplicate colleagues are merged; the employee cannot be asked
 * about themself.
 */
export function validateFeedbackRequest(
  input: { requesterId: string; employeeId: string; about: FeedbackSubject; colleagueIds: readonly string[]; message?: unknown },
  ctx: { requesterIsSupervisor: boolean },
): Result<Omit<FeedbackRequest, "id" | "createdAt">, FeedbackRequestErrorCode> {
  if (input.requesterId !== input.employeeId && !ctx.requesterIsSupervisor) return fail("feedback_request_not_allowed");
  const errors: DomainError<FeedbackRequestErrorCode>[] = [];
  if (input.about.kind === "BERAKHLAK" && !isBerakhlakId(input.about.valueId)) errors.push(error("field_not_allowed", "about"));
  if (input.about.kind === "RHK" && input.about.rhkId.trim() === "") errors.push(error("field_required", "about"));
  const colleagueIds = [...new Set(input.colleagueIds)];
  if (colleagueIds.length === 0) errors.push(error("feedback_request_no_colleagues", "colleagueIds"));
  if (colleagueIds.length > MAX_FEEDBACK_COLLEAGUES) {
    errors.push(error("feedback_request_too_many_colleagues", "colleagueIds", { max: MAX_FEEDBACK_COLLEAGUES }));
  }
  if (colleagueIds.includes(input.employeeId)) errors.push(error("feedback_request_colleague_is_subject", "colleagueIds"));
  const message = readText(input.message, "message", { required: false });
  if (message.error) errors.push(message.error);
  if (errors.length > 0) return { ok: false, errors };
  const request: Omit<FeedbackRequest, "id" | "createdAt"> = { requesterId: input.requesterId, employeeId: input.employeeId, about: input.about, colleagueIds };
  if (message.value !== undefined) request.message = message.value;
  return ok(request);
}

/** Checks an answer: only an invited colleague, once, with a text of at most 2000 characters. */
export function validateFeedbackAnswer(
  request: Pick<FeedbackRequest, "colleagueIds">,
  answer: { answererId: string; text: unknown },
  alreadyAnsweredIds: ReadonlySet<string>,
): Result<string, FeedbackRequestErrorCode> {
  if (!request.colleagueIds.includes(answer.answererId)) return fail("feedback_answer_not_invited");
  if (alreadyAnsweredIds.has(answer.answererId)) return fail("feedback_answer_already_given");
  const text = readRequiredText(answer.text, "text", MAX_TEXT_LENGTH);
  return text.error ? { ok: false, errors: [text.error] } : ok(text.value);
}

/**
 * Who reads the answers: the requester and the supervisor of the employee concerned (so an employee's own request
 * reaches their supervisor, and a supervisor's request stays with the supervisor). The employee's supervisor is
 * looked up by the caller; null when there is none (e.g. the Sekda).
 */
export function feedbackAnswerAudience(request: Pick<FeedbackRequest, "requesterId">, employeeSupervisorId: string | null): string[] {
  return [...new Set([request.requesterId, ...(employeeSupervisorId ? [employeeSupervisorId] : [])])];
}
