import type { Request } from "express";
import type { ObjectionService } from "../services/objection-service";
import { sendOutcome } from "./evaluation-routes";
import { subjectFromParam, type ApiRoute } from "./route-table";

const PATH = "/api/evaluations/:periodId/:employeeId/objection";
const EVALUATION_SCHEMA = { type: "object", description: "The evaluation with its keberatan; the predikat is always computed by the server" };

/** Keberatan (DOMAIN.md section 7): filed by the employee, decided by the atasan pejabat penilai. */
export function objectionRoutes(objections: ObjectionService): ApiRoute[] {
  const employee = subjectFromParam.employee();
  const body = (req: Request) => (typeof req.body === "object" && req.body !== null && !Array.isArray(req.body) ? (req.body as Record<string, unknown>) : {});
  return [
    {
      method: "post",
      path: PATH,
      access: { action: "evaluation.object", subject: employee },
      summary: "File a keberatan (objection) to one's own set evaluation, with a reason, within the window (OBJECTION_WINDOW_DAYS)",
      authenticated: true,
      requestBody: { type: "object", required: ["reason"], properties: { reason: { type: "string", maxLength: 2000 }, formId: { type: "string" } } },
      response: EVALUATION_SCHEMA,
      handler: async (req, res) => sendOutcome(res, req.actor!, await objections.file(req.actor!, String(req.params.periodId), body(req))),
    },
    {
      method: "post",
      path: `${PATH}/decision`,
      access: { action: "evaluation.decideObjection", subject: employee },
      summary: "Decide a keberatan: UPHELD with a changed predikat (or ratings; the matrix decides the predikat) or REJECTED, with a reason; a second decision changes nothing",
      authenticated: true,
      requestBody: {
        type: "object",
        required: ["outcome", "reason"],
        properties: {
          outcome: { type: "string", enum: ["UPHELD", "REJECTED"] },
          reason: { type: "string", maxLength: 2000 },
          predikat: { type: "string", enum: ["SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG_MISCONDUCT", "SANGAT_KURANG"] },
          hasilKerja: { type: "string", enum: ["DI_ATAS", "SESUAI", "DI_BAWAH"] },
          perilakuKerja: { type: "string", enum: ["DI_ATAS", "SESUAI", "DI_BAWAH"] },
        },
      },
      response: EVALUATION_SCHEMA,
      handler: async (req, res) => sendOutcome(res, req.actor!, await objections.decide(req.actor!, String(req.params.periodId), String(req.params.employeeId), body(req))),
    },
  ];
}
