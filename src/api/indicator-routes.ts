import express, { type Request, type RequestHandler, type Response } from "express";
import { z } from "zod";
import type { OrgDirectory } from "../domain/org";
import type { DomainError } from "../domain/result";
import { bilingual } from "../i18n";
import { MAX_IMPORT_BYTES, type ImportProblem } from "../import/indicator-sheet";
import { SHEET_TYPES, sheetTypeOf } from "../import/sheet-reader";
import type { IndicatorService } from "../services/indicator-service";
import { sendError } from "./errors";
import { INDICATOR_ID, opdOf, yearOf } from "./planning-params";
import { subjectFromParam, type ApiRoute } from "./route-table";

const TargetBody = z.discriminatedUnion("approach", [
  z.object({ approach: z.literal("KUANTITATIF"), value: z.number(), unit: z.string() }),
  z.object({ approach: z.literal("KUALITATIF"), narrative: z.string() }),
]);
const IndicatorBody = z.object({ sasaran: z.string(), indicator: z.string(), target: TargetBody });

const TARGET_SCHEMA = {
  type: "object",
  required: ["approach"],
  properties: {
    approach: { type: "string", enum: ["KUANTITATIF", "KUALITATIF"] },
    value: { type: "number", exclusiveMinimum: 0 },
    unit: { type: "string", maxLength: 50 },
    narrative: { type: "string", maxLength: 2000 },
  },
};
const INDICATOR_BODY_SCHEMA = {
  type: "object",
  required: ["sasaran", "indicator", "target"],
  properties: { sasaran: { type: "string", maxLength: 1000 }, indicator: { type: "string", maxLength: 1000 }, target: TARGET_SCHEMA },
};
export const INDICATOR_SCHEMA = {
  type: "object",
  properties: { id: { type: "string" }, opdId: { type: "string" }, year: { type: "integer" }, ...INDICATOR_BODY_SCHEMA.properties },
};
const IMPORT_RESULT_SCHEMA = {
  type: "object",
  properties: { created: { type: "integer" }, updated: { type: "integer" }, indicators: { type: "array", items: INDICATOR_SCHEMA } },
};

/** Organisation indicators of an OPD: read by its members and admins, written by its head and admins. */
export function indicatorRoutes(service: IndicatorService, directory: OrgDirectory): ApiRoute[] {
  const read = { action: "indicator.read" as const, subject: subjectFromParam.opd() };
  const write = { action: "indicator.write" as const, subject: subjectFromParam.opd() };
  /** The OPD and year of the request, or an answer already sent. */
  const scope = (req: Request, res: Response): { opdId: string; year: number } | undefined => {
    const year = yearOf(req);
    if (year === undefined) return void sendError(res, 400, "bad_year", "planning.yearRequired");
    const opdId = opdOf(req, directory);
    if (!opdId) return void sendError(res, 404, "opd_not_found", "planning.opdNotFound");
    return { opdId, year };
  };
  return [
    {
      method: "get",
      path: "/api/opds/:opdId/indicators",
      summary: "Organisation indicators (sasaran, indikator, target) of an OPD for ?year=YYYY",
      authenticated: true,
      access: read,
      response: { type: "array", items: INDICATOR_SCHEMA },
      handler: async (req, res) => {
        const s = scope(req, res);
        if (s) res.json(await service.list(s.year, s.opdId));
      },
    },
    {
      method: "post",
      path: "/api/opds/:opdId/indicators",
      summary: "Record one organisation indicator of an OPD for ?year=YYYY (head of the OPD or admin)",
      authenticated: true,
      access: write,
      requestBody: INDICATOR_BODY_SCHEMA,
      response: INDICATOR_SCHEMA,
      handler: async (req, res) => {
        const s = scope(req, res);
        const body = s && parseBody(req, res);
        if (s && body) answerWrite(res, await service.create(req.actor!, s.opdId, s.year, body), 201);
      },
    },
    {
      method: "put",
      path: "/api/opds/:opdId/indicators/:indicatorId",
      summary: "Change an organisation indicator (?year=YYYY)",
      authenticated: true,
      access: write,
      requestBody: INDICATOR_BODY_SCHEMA,
      response: INDICATOR_SCHEMA,
      handler: async (req, res) => {
        const s = scope(req, res);
        const id = s && indicatorIdOf(req, res);
        const body = id && parseBody(req, res);
        if (s && id && body) answerWrite(res, await service.update(req.actor!, s.opdId, s.year, id, body), 200);
      },
    },
    {
      method: "delete",
      path: "/api/opds/:opdId/indicators/:indicatorId",
      summary: "Delete an organisation indicator (?year=YYYY); refused while an SKP RHK points to it",
      authenticated: true,
      access: write,
      response: { type: "object" },
      handler: async (req, res) => {
        const s = scope(req, res);
        const id = s && indicatorIdOf(req, res);
        if (!s || !id) return;
        const outcome = await service.remove(req.actor!, s.opdId, s.year, id);
        if (outcome.kind === "notFound") return sendError(res, 404, "indicator_not_found", "planning.indicatorNotFound");
        if (outcome.kind === "inUse") return sendError(res, 409, "indicator_in_use", "planning.indicatorInUse", { count: outcome.rhkCount, employees: outcome.employeeCount });
        res.status(204).end();
      },
    },
    {
      method: "post",
      path: "/api/opds/:opdId/indicators/import",
      summary: "Import organisation indicators from an .xlsx or .csv file (the raw file as body, ?year=YYYY); all rows or none",
      authenticated: true,
      access: write,
      requestContentTypes: [SHEET_TYPES.xlsx, SHEET_TYPES.csv],
      requestBody: { type: "string", format: "binary", description: `At most ${MAX_IMPORT_BYTES} bytes and 100 rows; columns in docs/planning.md` },
      bodyParser: rawSheetBody(),
      response: IMPORT_RESULT_SCHEMA,
      handler: async (req, res) => {
        const s = scope(req, res);
        if (!s) return;
        const type = sheetTypeOf(req.headers["content-type"]);
        if (!type || !Buffer.isBuffer(req.body)) return sendError(res, 415, "unsupported_type", "import.unsupportedType");
        const outcome = await service.import(req.actor!, s.opdId, s.year, type, req.body);
        if (outcome.kind === "invalid") return sendImportProblems(res, outcome.problems);
        res.json({ created: outcome.created, updated: outcome.updated, indicators: outcome.indicators });
      },
    },
  ];
}

/** The raw file, with the import's own size limit (the API's JSON limit is 64 kb); too big is a 413 that says so. */
function rawSheetBody(): RequestHandler {
  const raw = express.raw({ type: () => true, limit: MAX_IMPORT_BYTES });
  return (req, res, next) =>
    raw(req, res, (err?: unknown) => {
      const status = typeof err === "object" && err !== null ? (err as { status?: number }).status : undefined;
      if (status === 413) return sendError(res, 413, "too_large", "import.fileTooLarge", { max: "2 MB" });
      next(err);
    });
}

function indicatorIdOf(req: Request, res: Response): string | undefined {
  const id = req.params.indicatorId;
  if (typeof id === "string" && INDICATOR_ID.test(id)) return id;
  sendError(res, 404, "indicator_not_found", "planning.indicatorNotFound");
  return undefined;
}

function parseBody(req: Request, res: Response): z.infer<typeof IndicatorBody> | undefined {
  const parsed = IndicatorBody.safeParse(req.body);
  if (parsed.success) return parsed.data;
  sendFieldErrors(res, parsed.error.issues.map((i) => ({ code: "planning.fieldInvalid", field: i.path.join(".") })));
  return undefined;
}

function answerWrite(res: Response, outcome: Awaited<ReturnType<IndicatorService["create"]>>, status: number) {
  switch (outcome.kind) {
    case "invalid":
      return sendFieldErrors(res, outcome.errors);
    case "duplicate":
      return sendError(res, 409, "indicator_duplicate", "planning.indicatorDuplicate", { id: outcome.existingId });
    case "notFound":
      return sendError(res, 404, "indicator_not_found", "planning.indicatorNotFound");
    case "saved":
      res.status(status).json(outcome.indicator);
  }
}

function sendFieldErrors(res: Response, errors: DomainError[]) {
  res.status(400).json({
    error: {
      code: "validation",
      message: bilingual("planning.indicatorInvalid"),
      fields: errors.map((e) => ({ field: e.field, code: e.code, message: bilingual(e.code, e.params) })),
    },
  });
}

function sendImportProblems(res: Response, problems: ImportProblem[]) {
  const rows = problems.filter((p) => p.row !== undefined).length;
  res.status(400).json({
    error: {
      code: "import_invalid",
      message: rows > 0 ? bilingual("import.invalidRows", { count: rows }) : bilingual(problems[0]!.code, problems[0]!.params),
      problems: problems.map((p) => ({ row: p.row, column: p.column, code: p.code, message: bilingual(p.code, p.params) })),
    },
  });
}
