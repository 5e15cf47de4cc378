import type { Request, Response } from "express";
import type { OrgDirectory } from "../domain/org";
import { tnaWorkbook } from "../export/tna-xlsx";
import { SHEET_TYPES } from "../import/sheet-reader";
import type { StoredNeed } from "../services/competency-ports";
import { competencyDailyTick, type CompetencyServices } from "../services/competency-services";
import { sendError, sendValidationError, sendRefusal } from "./errors";
import { opdOf } from "./planning-params";
import { subjectFromParam, type ApiRoute } from "./route-table";

const OBJECT = { type: "object" };
const YEAR = /^\d{4}$/;

/** `?year=YYYY` (default: this WIB year); undefined when malformed. */
export function competencyYear(req: Request, thisYear: number): number | undefined {
  const y = req.query.year;
  if (y === undefined) return thisYear;
  return typeof y === "string" && YEAR.test(y) && Number(y) >= 2000 && Number(y) <= 2100 ? Number(y) : undefined;
}

const publicNeed = ({ updatedById: _u, ...n }: StoredNeed & { etag?: string }) => {
  const { etag: _e, ...rest } = n;
  return rest;
};
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
const bodyOf = (req: Request) => (typeof req.body === "object" && req.body !== null && !Array.isArray(req.body) ? (req.body as Record<string, unknown>) : {});

/** Development plan, training needs analysis, JP compliance and the daily tick (DOMAIN.md section 9). */
export function competencyRoutes(s: CompetencyServices, directory: OrgDirectory): ApiRoute[] {
  const employee = subjectFromParam.employee();
  const year = (req: Request, res: Response) => {
    const y = competencyYear(req, s.jp.year());
    if (y === undefined) sendError(res, 400, "bad_request", "error.badRequest");
    return y;
  };
  return [
    {
      method: "get",
      path: "/api/competency/plan/:employeeId",
      access: { action: "development.read", subject: employee },
      summary: "An employee's development plan: needs, recommended trainings, JP this year towards 20 (?year=YYYY)",
      authenticated: true,
      response: OBJECT,
      handler: async (req, res) => {
        const y = year(req, res);
        const person = directory.getPerson(String(req.params.employeeId));
        if (y === undefined) return;
        if (!person) return sendError(res, 404, "not_found", "error.notFound");
        const needs = await s.development.needsOf(y, person.id);
        const recommendations = await s.catalogue.recommendationsFor(needs);
        res.json({ year: y, needs: needs.filter((n) => n.status !== "removed").map(publicNeed), recommendations: recommendations.map(({ etag: _e, ...t }) => t), jp: await s.jp.summary(person.id, y) });
      },
    },
    {
      method: "post",
      path: "/api/competency/needs/:employeeId",
      access: { action: "development.decide", subject: employee },
      summary: "The supervisor confirms, removes or adds development needs ({year?, confirm: [needId], remove: [needId], add: [text]}); repeating it changes nothing",
      authenticated: true,
      requestBody: { type: "object", properties: { year: { type: "integer" }, confirm: { type: "array" }, remove: { type: "array" }, add: { type: "array" } } },
      response: OBJECT,
      handler: async (req, res) => {
        const body = bodyOf(req);
        const y = body.year === undefined ? s.jp.year() : Number.isInteger(body.year) ? (body.year as number) : undefined;
        const person = directory.getPerson(String(req.params.employeeId));
        if (y === undefined) return sendError(res, 400, "bad_request", "error.badRequest");
        if (!person) return sendError(res, 404, "not_found", "error.notFound");
        const outcome = await s.development.decide(req.actor!, person, y, { confirm: strings(body.confirm), remove: strings(body.remove), add: Array.isArray(body.add) ? body.add : [] });
        if (outcome.kind === "invalid") return sendValidationError(res, outcome.errors);
        res.json({ year: y, changed: outcome.changed, needs: outcome.needs.map(publicNeed) });
      },
    },
    {
      method: "get",
      path: "/api/competency/opd/:opdId",
      access: { action: "competency.readOpd", subject: subjectFromParam.opd() },
      summary: "Training needs analysis and JP compliance of one OPD (?year=YYYY)",
      authenticated: true,
      response: OBJECT,
      handler: async (req, res) => {
        const y = year(req, res);
        const opdId = opdOf(req, directory);
        if (y === undefined) return;
        if (!opdId) return sendError(res, 404, "not_found", "error.notFound");
        res.json({ tna: await s.tna.analyse(y, opdId), jp: await s.jp.compliance(y, opdId) });
      },
    },
    {
      method: "get",
      path: "/api/competency/city",
      access: { action: "competency.readCity" },
      summary: "City-wide training needs analysis and JP compliance per OPD and unit (?year=YYYY)",
      authenticated: true,
      response: OBJECT,
      handler: async (req, res) => {
        const y = year(req, res);
        if (y !== undefined) res.json({ tna: await s.tna.analyse(y), jp: await s.jp.compliance(y) });
      },
    },
    {
      method: "get",
      path: "/api/competency/tna.xlsx",
      access: { action: "competency.readCity" },
      summary: "The training needs analysis as an .xlsx workbook (?year=YYYY, ?opdId= for one OPD)",
      authenticated: true,
      response: OBJECT,
      responseContentType: SHEET_TYPES.xlsx,
      handler: async (req, res) => {
        const y = year(req, res);
        if (y === undefined) return;
        const opdId = typeof req.query.opdId === "string" ? req.query.opdId : undefined;
        if (opdId !== undefined && directory.getOpdOf(opdId)?.id !== opdId) return sendError(res, 404, "not_found", "error.notFound");
        const bytes = await tnaWorkbook(await s.tna.analyse(y, opdId));
        res.setHeader("Content-Type", SHEET_TYPES.xlsx);
        res.setHeader("Content-Disposition", `attachment; filename="analisis-kebutuhan-pelatihan-${opdId ?? "kota"}-${y}.xlsx"`);
        res.setHeader("Cache-Control", "no-store");
        res.send(bytes);
      },
    },
    {
      method: "post",
      path: "/api/competency/external",
      access: { action: "jp.recordExternal" },
      summary: "Record one's training done elsewhere ({title, jp, date, evidenceUrl}); it counts once the direct supervisor verifies it",
      authenticated: true,
      requestBody: { type: "object", required: ["title", "jp", "date", "evidenceUrl"], properties: { title: { type: "string" }, jp: { type: "number" }, date: { type: "string" }, evidenceUrl: { type: "string" } } },
      response: OBJECT,
      handler: async (req, res) => {
        const outcome = await s.jp.recordExternal(req.actor!, bodyOf(req));
        if (outcome.kind === "invalid") return sendValidationError(res, outcome.errors);
        if (outcome.kind === "refused") return sendRefusal(res, outcome.status, outcome.errors);
        if (outcome.kind === "done") res.status(201).json(publicCredit(outcome.credit));
      },
    },
    {
      method: "post",
      path: "/api/competency/external/:employeeId/:recordId/decision",
      access: { action: "jp.verifyExternal", subject: employee },
      summary: "The direct supervisor verifies or rejects an external training record ({year, decision: verify|reject})",
      authenticated: true,
      requestBody: { type: "object", required: ["year", "decision"], properties: { year: { type: "integer" }, decision: { type: "string", enum: ["verify", "reject"] } } },
      response: OBJECT,
      handler: async (req, res) => {
        const body = bodyOf(req);
        if (!Number.isInteger(body.year)) return sendError(res, 400, "bad_request", "error.badRequest");
        const outcome = await s.jp.decideExternal(req.actor!, String(req.params.employeeId), body.year as number, String(req.params.recordId), body.decision);
        if (outcome.kind === "invalid") return sendValidationError(res, outcome.errors);
        if (outcome.kind === "refused") return sendRefusal(res, outcome.status, outcome.errors);
        if (outcome.kind === "notFound") return sendError(res, 404, "not_found", "error.notFound");
        res.json({ ...publicCredit(outcome.credit), repeated: outcome.repeated });
      },
    },
    {
      method: "post",
      path: "/api/competency/daily-tick",
      access: { action: "competency.tick" },
      summary: "Runs the daily tick now: day-before training reminders and, from July, monthly JP reminders (each sent at most once)",
      authenticated: true,
      response: OBJECT,
      handler: async (_req, res) => void res.json(await competencyDailyTick(s)),
    },
  ];
}

function publicCredit<T extends { etag?: string }>(c: T) {
  const { etag: _e, ...rest } = c;
  return rest;
}
