import type { Request, Response } from "express";
import { PREDIKAT_LABELS } from "../domain/predikat";
import { bilingual } from "../i18n";
import type { CalibrationOutcome, CalibrationService, CalibrationView } from "../services/calibration-service";
import type { Subject } from "../services/policy";
import { sendError, sendValidationError, sendRefusal } from "./errors";
import type { ApiRoute } from "./route-table";

const PATH = "/api/calibration/:periodId/:unitId";
const VIEW_SCHEMA = { type: "object", description: "Proposed predikat of the unit against what its Predikat Kinerja Organisasi allows" };

const unitSubject = (req: Request): Subject | undefined => {
  const id = req.params.unitId;
  return typeof id === "string" && id !== "" ? { kind: "unit", id } : undefined;
};

/** Calibration of a unit (DOMAIN.md section 8): org predikat, the curve check, override and penetapan. */
export function calibrationRoutes(calibration: CalibrationService): ApiRoute[] {
  const ids = (req: Request) => [String(req.params.periodId), String(req.params.unitId)] as const;
  const text = (req: Request, field: string) => (typeof req.body === "object" && req.body !== null ? (req.body as Record<string, unknown>)[field] : undefined);
  return [
    {
      method: "get",
      path: PATH,
      access: { action: "calibration.read", subject: unitSubject },
      summary: "The calibration view: distribution of proposed predikat against the allowed one, naming what breaks it",
      authenticated: true,
      response: VIEW_SCHEMA,
      handler: async (req, res) => {
        const view = await calibration.overview(...ids(req));
        if (!view) return sendError(res, 404, "not_found", "error.notFound");
        res.json(publicView(view));
      },
    },
    {
      method: "put",
      path: `${PATH}/org-predikat`,
      access: { action: "orgPredikat.set", subject: unitSubject },
      summary: "Set the unit's Predikat Kinerja Organisasi (leader one level up)",
      authenticated: true,
      requestBody: { type: "object", required: ["orgPredikat"], properties: { orgPredikat: { type: "string", enum: ["ISTIMEWA", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"] } } },
      response: VIEW_SCHEMA,
      handler: async (req, res) => sendCalibration(res, await calibration.setOrgPredikat(req.actor!, ...ids(req), text(req, "orgPredikat"))),
    },
    {
      method: "post",
      path: `${PATH}/override`,
      access: { action: "calibration.override", subject: unitSubject },
      summary: "Record an Admin Kinerja's override of a broken curve, with a reason",
      authenticated: true,
      requestBody: { type: "object", required: ["reason"], properties: { reason: { type: "string", maxLength: 2000 } } },
      response: VIEW_SCHEMA,
      handler: async (req, res) => sendCalibration(res, await calibration.recordOverride(req.actor!, ...ids(req), text(req, "reason"))),
    },
    {
      method: "post",
      path: `${PATH}/tetapkan`,
      access: { action: "evaluation.tetapkan", subject: unitSubject },
      summary: "Set (tetapkan) the predikat of the unit: blocked until all are rated and the curve holds or is overridden",
      authenticated: true,
      response: VIEW_SCHEMA,
      handler: async (req, res) => sendCalibration(res, await calibration.tetapkan(req.actor!, ...ids(req))),
    },
  ];
}

function sendCalibration(res: Response, outcome: CalibrationOutcome) {
  switch (outcome.kind) {
    case "notFound":
      return sendError(res, 404, "not_found", "error.notFound");
    case "invalid":
      return sendValidationError(res, outcome.errors);
    case "refused":
      return sendRefusal(res, outcome.status, outcome.errors);
    case "done":
      res.json({ ...publicView(outcome.view), repeated: outcome.repeated });
  }
}

export function publicView(v: CalibrationView) {
  const person = (p?: { id: string; displayName: string; jobTitle: string }) => (p ? { id: p.id, displayName: p.displayName, jobTitle: p.jobTitle } : null);
  const c = v.calibration;
  return {
    periodId: v.period.id,
    unitId: v.unitId,
    head: person(v.head),
    leaderAbove: person(v.leaderAbove),
    orgPredikat: c?.orgPredikat ?? null,
    override: c?.override ?? null,
    rows: v.rows.map((r) => ({ employee: person(r.employee), state: r.state, predikat: r.predikat ?? null, predikatLabel: r.predikat ? PREDIKAT_LABELS[r.predikat] : null })),
    counts: v.counts,
    n: v.check?.N ?? Object.values(v.counts).reduce((a, b) => a + b, 0),
    rules: (v.check?.rules ?? []).map((r) => ({ ok: r.ok, actual: r.actual, limit: r.limitCount, kind: r.kind, message: bilingual(r.code, r.params) })),
    violations: (v.check?.violations ?? []).map((x) => ({ code: x.code, message: bilingual(x.code, x.params) })),
    distributionOk: v.check?.ok ?? null,
    notRated: v.notRated.map((p) => person(p)),
    canTetapkan: !!v.check && v.notRated.length === 0 && (v.check.ok || !!c?.override) && v.states.some((e) => e.state === "rated"),
  };
}
