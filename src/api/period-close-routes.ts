import type { Request, Response } from "express";
import { ORG_PREDIKAT_LABELS } from "../domain/distribution";
import type { DomainError } from "../domain/result";
import { bilingual } from "../i18n";
import type { PeriodClose, PeriodCloseOutcome, UnitCloseReport } from "../services/period-close";
import { sendError } from "./errors";
import type { ApiRoute } from "./route-table";

const PATH = "/api/periods/:periodId/close";
const REPORT_SCHEMA = {
  type: "object",
  description: "Per OPD and unit: evaluations rated, the organisation predikat, the curve check (rule messages or the override) and the unit's status",
  properties: {
    periodId: { type: "string" },
    dryRun: { type: "boolean" },
    message: { type: "object", properties: { id: { type: "string" }, en: { type: "string" } } },
    set: { type: "array", items: { type: "string" }, description: "units ditetapkan by this request (empty on the dry run)" },
    wouldSet: { type: "array", items: { type: "string" }, description: "units a close would set now (the dry run)" },
    blocked: { type: "array", items: { type: "object" } },
    opds: { type: "array", items: { type: "object" } },
  },
};

/** Closing a period city-wide (Admin Kinerja): the dry run and the close itself. */
export function periodCloseRoutes(periodClose: PeriodClose): ApiRoute[] {
  const periodId = (req: Request) => String(req.params.periodId);
  return [
    {
      method: "get",
      path: PATH,
      access: { action: "period.close" },
      summary: "Dry run of closing the period city-wide: per OPD and unit what is rated, the curve check and what a close would set",
      authenticated: true,
      response: REPORT_SCHEMA,
      handler: async (req, res) => send(res, await periodClose.dryRun(req.actor!, periodId(req))),
    },
    {
      method: "post",
      path: PATH,
      access: { action: "period.close" },
      summary: "Close the period city-wide: set (tetapkan) every ready unit, leave the others and say why (idempotent)",
      authenticated: true,
      response: REPORT_SCHEMA,
      handler: async (req, res) => send(res, await periodClose.close(req.actor!, periodId(req))),
    },
  ];
}

function send(res: Response, outcome: PeriodCloseOutcome) {
  if (outcome.kind === "notFound") return sendError(res, 404, "not_found", "error.notFound");
  const { periodId, dryRun, units } = outcome.report;
  const count = (status: UnitCloseReport["status"]) => units.filter((u) => u.status === status).length;
  const ids = (status: UnitCloseReport["status"]) => units.filter((u) => u.status === status).map((u) => u.unitId);
  const opds = new Map<string, UnitCloseReport[]>();
  for (const u of units) opds.set(u.opdId, [...(opds.get(u.opdId) ?? []), u]);
  res.json({
    periodId,
    dryRun,
    message: bilingual(dryRun ? "periodClose.dryRunSummary" : "periodClose.summary", {
      ready: count("ready"),
      set: count("set"),
      alreadySet: count("alreadySet"),
      blocked: count("blocked"),
    }),
    set: ids("set"),
    wouldSet: ids("ready"),
    blocked: units.filter((u) => u.status === "blocked").map((u) => ({ unitId: u.unitId, unitName: u.unitName, reasons: u.blockers.map(message) })),
    opds: [...opds].map(([opdId, list]) => ({ opdId, opdName: list[0]!.opdName, units: list.map(publicUnit) })),
  });
}

const message = (e: DomainError) => ({ code: e.code, message: bilingual(e.code, e.params) });

function publicUnit(u: UnitCloseReport) {
  return {
    unitId: u.unitId,
    unitName: u.unitName,
    status: u.status,
    members: u.members,
    rated: u.rated,
    toSet: u.toSet,
    orgPredikat: u.orgPredikat ?? null,
    orgPredikatLabel: u.orgPredikat ? ORG_PREDIKAT_LABELS[u.orgPredikat] : null,
    distributionOk: u.distributionOk ?? null,
    violations: u.violations.map(message),
    override: u.override ?? null,
    blockers: u.blockers.map(message),
  };
}
