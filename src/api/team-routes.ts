import type { Request } from "express";
import { bilingual } from "../i18n";
import type { EvaluationActions } from "../services/evaluation-actions";
import type { TeamOverviewRow, TeamOverviewService } from "../services/team-overview";
import { sendError } from "./errors";
import { publicReport } from "./report-routes";
import { subjectFromParam, type ApiRoute } from "./route-table";
import { PERSON_SCHEMA, REPORT_SCHEMA } from "./schemas";

const RATING = { type: "string", enum: ["DI_ATAS", "SESUAI", "DI_BAWAH"] };
const OVERVIEW_ROW_SCHEMA = {
  type: "object",
  properties: {
    employee: PERSON_SCHEMA,
    skp: { type: ["object", "null"], properties: { state: { type: "string" }, revision: { type: "integer" }, approvedRevision: { type: ["integer", "null"] } } },
    reportsThisWeek: { type: "integer" },
    withoutFeedback: { type: "integer" },
    reports: { type: "array", items: REPORT_SCHEMA, description: "The last 31 days, to answer inline" },
    evaluation: { type: ["object", "null"], properties: { state: { type: "string" }, predikat: { type: "string" } } },
  },
};

/** The supervisor's home in one request, and the predikat preview of the rating form (nothing written). */
export function teamRoutes(overview: TeamOverviewService, actions: EvaluationActions): ApiRoute[] {
  const body = (req: Request) => (typeof req.body === "object" && req.body !== null && !Array.isArray(req.body) ? (req.body as Record<string, unknown>) : {});
  return [
    {
      method: "get",
      path: "/api/team/overview",
      access: { action: "team.read" },
      summary: "Per direct report: SKP state, reports this week, reports without feedback, evaluation status of the open period",
      authenticated: true,
      response: {
        type: "object",
        properties: { today: { type: "string" }, weekStart: { type: "string" }, periodId: { type: ["string", "null"] }, rows: { type: "array", items: OVERVIEW_ROW_SCHEMA } },
      },
      handler: async (req, res) => {
        const o = await overview.forSupervisor(req.actor!);
        res.json({ today: o.today, weekStart: o.weekStart, periodId: o.periodId, rows: o.rows.map(publicRow) });
      },
    },
    {
      method: "post",
      path: "/api/evaluations/:periodId/:employeeId/rating/preview",
      access: { action: "evaluation.rate", subject: subjectFromParam.employee() },
      summary: "The suggested rating hasil kerja, whether a reason is required, and the predikat the rating form would give; nothing is stored",
      authenticated: true,
      requestBody: { type: "object", properties: { rhkAssessments: { type: "array" }, hasilKerja: RATING, perilakuKerja: RATING } },
      response: {
        type: "object",
        properties: {
          suggestedHasilKerja: RATING,
          reasonRequired: { type: "boolean" },
          predikat: { type: "string" },
          errors: { type: "array", description: "What the form still lacks (same codes as the rating)" },
        },
      },
      handler: async (req, res) => {
        const outcome = await actions.preview(String(req.params.periodId), String(req.params.employeeId), body(req));
        if (outcome.kind === "notFound") return sendError(res, 404, "not_found", "error.notFound");
        if (outcome.kind === "periodClosed") return sendError(res, 409, "period_closed", "evaluation.periodClosed", { period: outcome.subject.period.id });
        res.json({ ...outcome.preview, errors: outcome.errors.map((e) => ({ field: e.field, code: e.code, message: bilingual(e.code, e.params) })) });
      },
    },
  ];
}

function publicRow(r: TeamOverviewRow) {
  return {
    employee: { id: r.employee.id, displayName: r.employee.displayName, jobTitle: r.employee.jobTitle },
    skp: r.latestSkp ? { state: r.latestSkp.state, revision: r.latestSkp.revision, approvedRevision: r.approvedSkp?.revision ?? null } : null,
    reportsThisWeek: r.reportsThisWeek,
    withoutFeedback: r.withoutFeedback,
    reports: r.reports.map(publicReport),
    evaluation: r.evaluation ? { state: r.evaluation.state, ...(r.evaluation.rating ? { predikat: r.evaluation.rating.predikat } : {}) } : null,
  };
}
