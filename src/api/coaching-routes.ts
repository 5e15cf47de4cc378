import type { Request, Response } from "express";
import type { OrgDirectory } from "../domain/org";
import type { CoachingOutcome, CoachingService } from "../services/coaching-service";
import type { CoachingSession } from "../services/coaching-ports";
import { sendError, sendFailure } from "./errors";
import { subjectFromParam, type ApiRoute } from "./route-table";

const SESSION_SCHEMA = { type: "object", description: "A coaching conversation: date, topics, agreed actions, follow-up date, the employee's B.1.8 answers, the B.1.9 scores" };
const PATH = "/api/coaching/:employeeId";

/** Dialog / bimbingan kinerja (DOMAIN.md section 5, issue 4 item 10). */
export function coachingRoutes(coaching: CoachingService, directory: OrgDirectory): ApiRoute[] {
  const employee = subjectFromParam.employee();
  const body = (req: Request) => (typeof req.body === "object" && req.body !== null && !Array.isArray(req.body) ? (req.body as Record<string, unknown>) : {});
  const ids = (req: Request) => [String(req.params.employeeId), String(req.params.sessionId)] as const;
  return [
    {
      method: "get",
      path: PATH,
      access: { action: "coaching.read", subject: employee },
      summary: "An employee's recorded coaching conversations, oldest first",
      authenticated: true,
      response: { type: "array", items: SESSION_SCHEMA },
      handler: async (req, res) => {
        if (!directory.getPerson(String(req.params.employeeId))) return sendError(res, 404, "not_found", "error.personNotFound");
        res.json((await coaching.list(String(req.params.employeeId))).map(publicSession));
      },
    },
    {
      method: "post",
      path: PATH,
      access: { action: "coaching.record", subject: employee },
      summary: "Record a coaching conversation (supervisor or Plt/Plh); the employee gets a card to rate it (idempotent per formId)",
      authenticated: true,
      requestBody: {
        type: "object",
        required: ["formId", "date", "topics", "agreedActions", "followUpDate"],
        properties: { formId: { type: "string" }, date: { type: "string", format: "date" }, topics: { type: "string" }, agreedActions: { type: "array", items: { type: "string" } }, followUpDate: { type: "string", format: "date" } },
      },
      response: SESSION_SCHEMA,
      handler: async (req, res) => {
        const employeeRecord = directory.getPerson(String(req.params.employeeId));
        if (!employeeRecord) return sendError(res, 404, "not_found", "error.personNotFound");
        send(res, await coaching.record(req.actor!, employeeRecord, body(req)), 201);
      },
    },
    {
      method: "post",
      path: `${PATH}/:sessionId/rating`,
      access: { action: "coaching.rate", subject: employee },
      summary: "The employee rates the conversation on the 9 statements of Format B.1.8 (1-5 each), once",
      authenticated: true,
      requestBody: { type: "object", required: ["answers"], properties: { answers: { type: "object" } } },
      response: SESSION_SCHEMA,
      handler: async (req, res) => send(res, await coaching.rate(req.actor!, ...ids(req), body(req).answers)),
    },
    {
      method: "put",
      path: `${PATH}/:sessionId/competencies`,
      access: { action: "coaching.score", subject: employee },
      summary: "The supervisor scores competencies 1-5 with a reason each (Format B.1.9); replaces earlier scores",
      authenticated: true,
      requestBody: { type: "object", required: ["scores"], properties: { scores: { type: "array", items: { type: "object" } } } },
      response: SESSION_SCHEMA,
      handler: async (req, res) => send(res, await coaching.scoreCompetencies(req.actor!, ...ids(req), body(req).scores)),
    },
    {
      method: "post",
      path: "/api/coaching-follow-ups/run",
      access: { action: "coaching.remind" },
      summary: "The daily tick: remind today's (WIB) follow-ups of agreed actions, each once (for a scheduler or an admin)",
      authenticated: true,
      response: { type: "object", properties: { reminded: { type: "integer" } } },
      handler: async (_req, res) => void res.json(await coaching.remindFollowUps()),
    },
  ];
}

function send(res: Response, outcome: CoachingOutcome, createdStatus = 200) {
  if (outcome.kind !== "done") return sendFailure(res, outcome);
  res.status(outcome.repeated ? 200 : createdStatus).json({ ...publicSession(outcome.session), repeated: outcome.repeated });
}

function publicSession(s: CoachingSession) {
  const { etag: _etag, ...rest } = s;
  return rest;
}
