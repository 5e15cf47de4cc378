import type { Request, Response } from "express";
import type { Person } from "../domain/org";
import type { EvaluationActions } from "../services/evaluation-actions";
import type { StoredEvaluation } from "../services/evaluation-ports";
import type { EvaluationService } from "../services/evaluation-service";
import type { EvaluationOutcome, EvaluationSubject } from "../services/evaluation-types";
import { sendError, sendFailure } from "./errors";
import { subjectFromParam, type ApiRoute } from "./route-table";

const EVALUATION_SCHEMA = { type: "object", description: "The evaluation; the predikat is always computed by the server" };
const PATH = "/api/evaluations/:periodId/:employeeId";

/** Evaluation of one employee for one period (DOMAIN.md section 7); the policy guards each route. */
export function evaluationRoutes(core: EvaluationService, actions: EvaluationActions): ApiRoute[] {
  const employee = subjectFromParam.employee();
  const body = (req: Request) => (typeof req.body === "object" && req.body !== null && !Array.isArray(req.body) ? (req.body as Record<string, unknown>) : {});
  const ids = (req: Request) => [String(req.params.periodId), String(req.params.employeeId)] as const;
  return [
    {
      method: "get",
      path: PATH,
      access: { action: "evaluation.read", subject: employee },
      summary: "An evaluation with the RHKs it covers and the progress reported in the period (the self-assessment prefill)",
      authenticated: true,
      response: EVALUATION_SCHEMA,
      handler: async (req, res) => {
        const subject = await core.subject(...ids(req));
        if (!subject) return sendError(res, 404, "not_found", "error.notFound");
        res.json(publicSubject(subject, req.actor!));
      },
    },
    {
      method: "post",
      path: `${PATH}/self-assessment`,
      access: { action: "evaluation.selfAssess", subject: employee },
      summary: "Submit one's self-assessment: realisasi per RHK with bukti dukung, a note per BerAKHLAK value (idempotent per formId)",
      authenticated: true,
      requestBody: { type: "object", required: ["formId"], properties: { formId: { type: "string" }, realisasi: { type: "array" }, perilakuNotes: { type: "array" } } },
      response: EVALUATION_SCHEMA,
      handler: async (req, res) => sendOutcome(res, req.actor!, await actions.selfAssess(req.actor!, ids(req)[0], body(req))),
    },
    {
      method: "post",
      path: `${PATH}/rating`,
      access: { action: "evaluation.rate", subject: employee },
      summary: "Rate an employee: judgement and umpan balik per RHK, feedback per value, both ratings (idempotent per formId)",
      authenticated: true,
      requestBody: {
        type: "object",
        required: ["formId", "hasilKerja", "perilakuKerja"],
        properties: {
          formId: { type: "string" },
          rhkAssessments: { type: "array" },
          hasilKerja: { type: "string", enum: ["DI_ATAS", "SESUAI", "DI_BAWAH"] },
          hasilKerjaReason: { type: "string" },
          perilakuKerja: { type: "string", enum: ["DI_ATAS", "SESUAI", "DI_BAWAH"] },
          perilakuFeedback: { type: "array" },
        },
      },
      response: EVALUATION_SCHEMA,
      handler: async (req, res) => sendOutcome(res, req.actor!, await actions.rate(req.actor!, ...ids(req), body(req))),
    },
    {
      method: "post",
      path: `${PATH}/acknowledge`,
      access: { action: "evaluation.acknowledge", subject: employee },
      summary: "Accept (Terima) one's evaluation result after it was set; repeating it changes nothing",
      authenticated: true,
      response: EVALUATION_SCHEMA,
      handler: async (req, res) => sendOutcome(res, req.actor!, await actions.acknowledge(req.actor!, ids(req)[0])),
    },
  ];
}

export function sendOutcome(res: Response, actor: Person, outcome: EvaluationOutcome) {
  if (outcome.kind === "periodClosed") return sendError(res, 409, "period_closed", "evaluation.periodClosed", { period: outcome.period.id });
  if (outcome.kind !== "done") return sendFailure(res, outcome);
  res.status(200).json({ ...publicEvaluation(outcome.evaluation, actor), repeated: outcome.repeated });
}

/** Storage details stay inside; the employee sees the supervisor's rating only once it is set (ditetapkan). */
export function publicEvaluation(ev: StoredEvaluation, actor: Person) {
  const { etag: _etag, appliedForms: _forms, resultCard: _card, ...rest } = ev;
  const proposedOnly = ev.state === "rated" && actor.id === ev.employeeId;
  if (proposedOnly) delete rest.rating;
  return rest;
}

function publicSubject(s: EvaluationSubject, actor: Person) {
  return {
    period: s.period,
    employee: { id: s.employee.id, displayName: s.employee.displayName, jobTitle: s.employee.jobTitle },
    state: s.evaluation?.state ?? "draft",
    evaluation: s.evaluation ? publicEvaluation(s.evaluation, actor) : null,
    rhks: s.rhks.map((r) => ({ id: r.id, group: r.group, text: r.text })),
    progress: s.progress,
    ...(s.headOfUnitRating ? { headOfUnitRating: s.headOfUnitRating } : {}),
  };
}
