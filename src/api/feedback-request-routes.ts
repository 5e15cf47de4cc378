import type { Request, Response } from "express";
import type { FeedbackOutcome, FeedbackRequestService, StoredFeedbackRequest } from "../services/feedback-request-service";
import { sendFailure } from "./errors";
import { subjectFromParam, type ApiRoute } from "./route-table";

const PATH = "/api/feedback-requests/:employeeId";
const REQUEST_SCHEMA = { type: "object", description: "The feedback request: about, named colleagues, answers given so far" };

/** Feedback requests (DOMAIN.md section 5); advisory, they never change an evaluation. */
export function feedbackRequestRoutes(service: FeedbackRequestService): ApiRoute[] {
  const body = (req: Request) => (typeof req.body === "object" && req.body !== null && !Array.isArray(req.body) ? (req.body as Record<string, unknown>) : {});
  return [
    {
      method: "post",
      path: PATH,
      access: { action: "feedback.request", subject: subjectFromParam.employee() },
      summary: "Ask up to 5 named colleagues for feedback about the employee on one RHK or one BerAKHLAK value (the employee or their supervisor)",
      authenticated: true,
      requestBody: {
        type: "object",
        required: ["about", "colleagueIds"],
        properties: {
          about: { type: "object", description: "{kind: 'RHK', rhkId} or {kind: 'BERAKHLAK', valueId}" },
          colleagueIds: { type: "array", items: { type: "string" }, maxItems: 5 },
          message: { type: "string", maxLength: 2000 },
          postInChannel: { type: "boolean", description: "Also post the request in the requester's unit channel (refused when the unit has none)" },
        },
      },
      response: REQUEST_SCHEMA,
      handler: async (req, res) => send(res, await service.create(req.actor!, String(req.params.employeeId), body(req)), 201),
    },
    {
      method: "post",
      path: `${PATH}/:requestId/answers`,
      access: { action: "feedback.answer" },
      summary: "Answer a feedback request one was named in (only its named colleagues; once each)",
      authenticated: true,
      requestBody: { type: "object", required: ["text"], properties: { text: { type: "string", maxLength: 2000 } } },
      response: REQUEST_SCHEMA,
      handler: async (req, res) => send(res, await service.answer(req.actor!, String(req.params.employeeId), String(req.params.requestId), body(req).text), 200),
    },
  ];
}

function send(res: Response, outcome: FeedbackOutcome, okStatus: number) {
  if (outcome.kind !== "done") return sendFailure(res, outcome);
  res.status(outcome.repeated ? 200 : okStatus).json({ ...publicRequest(outcome.request), repeated: outcome.repeated });
}

/** The answers travel by card to their readers; the API tells who answered, not what. */
function publicRequest(r: StoredFeedbackRequest) {
  const { etag: _etag, answers, ...rest } = r;
  return { ...rest, answeredBy: answers.map((a) => a.answererId) };
}
