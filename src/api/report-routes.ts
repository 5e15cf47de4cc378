import type { Request, Response } from "express";
import type { OrgDirectory, Person } from "../domain/org";
import { addDays, isIsoDate, toWibDate } from "../domain/time";
import type { ReportService } from "../services/report-service";
import type { Clock, StoredReport } from "../services/ports";
import { sendError, sendValidationError } from "./errors";
import { subjectFromParam, type ApiRoute } from "./route-table";
import { NEW_REPORT_SCHEMA, PERSON_SCHEMA, REPORT_SCHEMA } from "./schemas";

const TEAM_REPORT_DAYS = 31;

export function reportRoutes(reports: ReportService, directory: OrgDirectory, clock: Clock): ApiRoute[] {
  return [
    {
      method: "get",
      path: "/api/reports/mine",
      access: { action: "report.readOwn" },
      summary: "My progress reports (optionally ?from=YYYY-MM-DD&to=YYYY-MM-DD)",
      authenticated: true,
      response: { type: "array", items: REPORT_SCHEMA },
      handler: async (req, res) => {
        const range = dateRange(req);
        if (!range) return sendError(res, 400, "bad_range", "error.badRequest");
        res.json((await reports.listMine(req.actor!, range)).map(publicReport));
      },
    },
    {
      method: "post",
      path: "/api/reports",
      access: { action: "report.submit" },
      summary: "Submit a progress report (idempotent per formId)",
      authenticated: true,
      requestBody: NEW_REPORT_SCHEMA,
      response: REPORT_SCHEMA,
      handler: async (req, res) => {
        const body = isRecord(req.body) ? req.body : {};
        if (!reports.isValidFormId(body.formId)) return sendError(res, 400, "bad_form_id", "error.badRequest");
        const outcome = await reports.submit(req.actor!, body.formId, body);
        if (outcome.kind === "invalid") return sendValidationError(res, outcome.errors);
        res.status(outcome.created ? 201 : 200).json({ ...publicReport(outcome.report), delivery: outcome.delivery });
      },
    },
    {
      method: "get",
      path: "/api/team/reports",
      access: { action: "team.read" },
      summary: "Recent reports of my direct reports, with feedback status",
      authenticated: true,
      response: { type: "array", items: { type: "object", properties: { employee: PERSON_SCHEMA, reports: { type: "array", items: REPORT_SCHEMA } } } },
      handler: async (req, res) => {
        const team = directory.getDirectReports(req.actor!.id);
        const from = addDays(toWibDate(clock.now()), -TEAM_REPORT_DAYS);
        const rows = await Promise.all(
          team.map(async (employee: Person) => ({
            employee: { id: employee.id, displayName: employee.displayName, jobTitle: employee.jobTitle },
            reports: (await reports.listMine(employee, { from })).map(publicReport),
          })),
        );
        res.json(rows);
      },
    },
    {
      method: "post",
      path: "/api/reports/:employeeId/:reportId/feedback",
      access: { action: "report.feedback", subject: subjectFromParam.employee() },
      summary: "Give umpan balik on a report (direct or acting supervisor only)",
      authenticated: true,
      requestBody: { type: "object", required: ["feedback"], properties: { feedback: { type: "string", maxLength: 2000 } } },
      response: REPORT_SCHEMA,
      handler: (req, res) => answerFeedback(reports, req, res),
    },
  ];
}

async function answerFeedback(reports: ReportService, req: Request, res: Response) {
  const body = isRecord(req.body) ? req.body : {};
  const outcome = await reports.giveFeedback(req.actor!, String(req.params.employeeId), String(req.params.reportId), body.feedback);
  switch (outcome.kind) {
    case "notFound":
      return sendError(res, 404, "not_found", "error.reportNotFound");
    case "forbidden":
      return sendError(res, 403, "forbidden", "error.notSupervisor");
    case "invalid":
      return sendValidationError(res, outcome.errors);
    case "alreadyAnswered":
      return sendError(res, 409, "already_answered", "error.alreadyAnswered", { name: outcome.by?.displayName ?? "-" });
    case "answered":
      res.json(publicReport(outcome.report));
  }
}

export function publicReport(r: StoredReport) {
  const { etag: _etag, supervisorCard: _card, formId: _formId, ...rest } = r;
  return rest;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function dateRange(req: Request): { from?: string; to?: string } | undefined {
  const { from, to } = req.query;
  if (from !== undefined && !isIsoDate(from)) return undefined;
  if (to !== undefined && !isIsoDate(to)) return undefined;
  return { from: from as string | undefined, to: to as string | undefined };
}
