import type { PeriodService } from "../services/period-service";
import { sendError, sendValidationError } from "./errors";
import type { ApiRoute } from "./route-table";

const PERIOD_SCHEMA = {
  type: "object",
  properties: {
    id: { type: "string" },
    year: { type: "integer" },
    type: { type: "string", enum: ["bulanan", "triwulanan", "semesteran"] },
    index: { type: "integer" },
    start: { type: "string", format: "date" },
    end: { type: "string", format: "date" },
    fillingDeadline: { type: "string", format: "date" },
  },
};
const DEADLINE_RULE_SCHEMA = {
  type: "object",
  properties: { kind: { type: "string", enum: ["working_days_after_end", "calendar_days_after_end"] }, days: { type: "integer", minimum: 0, maximum: 60 } },
};
const YEAR_SCHEMA = {
  type: "object",
  properties: {
    year: { type: "integer" },
    type: { type: "string" },
    deadlineRule: DEADLINE_RULE_SCHEMA,
    periods: { type: "array", items: PERIOD_SCHEMA },
    open: { type: "array", items: { type: "string" }, description: "ids of the periods open today (WIB)" },
  },
};

/** Evaluation periods (DOMAIN.md section 4): everyone reads them, the Admin Kinerja defines a year. */
export function periodRoutes(periods: PeriodService): ApiRoute[] {
  return [
    {
      method: "get",
      path: "/api/periods",
      access: { action: "period.read" },
      summary: "The evaluation periods of every defined year, with the ones open today",
      authenticated: true,
      response: { type: "array", items: YEAR_SCHEMA },
      handler: async (_req, res) => {
        const open = new Set((await periods.openToday()).map((p) => p.id));
        const years = await periods.years();
        res.json(years.map((y) => ({ year: y.config.year, type: y.config.type, deadlineRule: y.config.deadlineRule, periods: y.periods, open: y.periods.filter((p) => open.has(p.id)).map((p) => p.id) })));
      },
    },
    {
      method: "put",
      path: "/api/periods/:year",
      access: { action: "period.manage" },
      summary: "Define the periods of a year: type (bulanan by default, triwulanan, semesteran) and the deadline rule",
      authenticated: true,
      requestBody: { type: "object", properties: { type: { type: "string", enum: ["bulanan", "triwulanan", "semesteran"] }, deadlineRule: DEADLINE_RULE_SCHEMA } },
      response: YEAR_SCHEMA,
      handler: async (req, res) => {
        const year = Number(req.params.year);
        if (!/^\d{4}$/.test(String(req.params.year))) return sendError(res, 400, "bad_year", "error.badRequest");
        const body = typeof req.body === "object" && req.body !== null && !Array.isArray(req.body) ? (req.body as Record<string, unknown>) : {};
        const outcome = await periods.defineYear(req.actor!, year, body);
        if (outcome.kind === "invalid") return sendValidationError(res, outcome.errors);
        const { config, periods: list } = outcome.year;
        res.json({ year: config.year, type: config.type, deadlineRule: config.deadlineRule, periods: list });
      },
    },
  ];
}
