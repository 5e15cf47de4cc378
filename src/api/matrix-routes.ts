import type { OrgDirectory } from "../domain/org";
import type { Clock } from "../services/ports";
import type { MatrixService, MatrixView } from "../services/matrix-service";
import { sendError, sendValidationError } from "./errors";
import { subjectFromParam, type ApiRoute } from "./route-table";
import { MATRIX_BODY, planYear, YEAR_LIMITS, zodErrors } from "./skp-schemas";
import { personDto } from "./skp-routes";

const CELL = { type: "object", properties: { supervisorRhkId: { type: "string" }, subordinateId: { type: "string" }, text: { type: "string" } } };
const MATRIX_SCHEMA = {
  type: "object",
  properties: {
    supervisorId: { type: "string" },
    year: { type: "integer" },
    columns: { type: "array", items: { type: "object", properties: { rhkId: { type: "string" }, text: { type: "string" }, approved: { type: "boolean" } } } },
    rows: { type: "array", items: { type: "object" } },
    cells: { type: "array", items: CELL },
    etag: { type: "string" },
  },
};

/** Matriks Peran Hasil of a supervisor: read by whoever may read their SKP, filled only by themself. */
export function matrixRoutes(matrices: MatrixService, directory: OrgDirectory, clock: Clock): ApiRoute[] {
  const supervisor = subjectFromParam.employee("supervisorId");
  return [
    {
      method: "get",
      path: "/api/matrix/:supervisorId",
      access: { action: "skp.read", subject: supervisor },
      summary: "A supervisor's Matriks Peran Hasil for ?year=: columns = their RHKs, rows = direct reports, cells",
      authenticated: true,
      response: MATRIX_SCHEMA,
      handler: async (req, res) => {
        const year = planYear(req, clock.now());
        if (year === undefined) return sendError(res, 400, "bad_year", "error.invalidYear", YEAR_LIMITS);
        const person = directory.getPerson(String(req.params.supervisorId));
        if (!person) return sendError(res, 404, "not_found", "error.personNotFound");
        res.json(matrixDto(await matrices.get(person, year)));
      },
    },
    {
      method: "put",
      path: "/api/matrix/:supervisorId",
      access: { action: "matrix.edit", subject: supervisor },
      summary: "Save my Matriks Peran Hasil; each cell becomes a draft RHK of that direct report (submitted/approved SKPs are listed as needing a revision)",
      authenticated: true,
      requestBody: { type: "object", required: ["cells"], properties: { cells: { type: "array", items: CELL }, etag: { type: "string" } } },
      response: { type: "object", properties: { matrix: MATRIX_SCHEMA, applied: { type: "array" }, needsRevision: { type: "array" } } },
      handler: async (req, res) => {
        const year = planYear(req, clock.now());
        if (year === undefined) return sendError(res, 400, "bad_year", "error.invalidYear", YEAR_LIMITS);
        const parsed = MATRIX_BODY.safeParse(req.body);
        if (!parsed.success) return sendValidationError(res, zodErrors(parsed.error));
        const etag = req.get("if-match") ?? parsed.data.etag;
        const outcome = await matrices.save(req.actor!, year, parsed.data.cells, etag);
        if (outcome.kind === "invalid") return sendValidationError(res, outcome.errors);
        if (outcome.kind === "conflict") return sendError(res, 412, "stale", "error.staleVersion");
        res.json({ matrix: matrixDto(outcome.view), applied: outcome.applied, needsRevision: outcome.needsRevision });
      },
    },
  ];
}

function matrixDto(v: MatrixView) {
  return { ...v, rows: v.rows.map((r) => ({ subordinate: personDto(r.subordinate), skpState: r.skpState ?? null })) };
}
