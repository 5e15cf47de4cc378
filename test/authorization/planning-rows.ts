import { randomUUID } from "node:crypto";
import type { ActorKind, MatrixContext, MatrixRow } from "./matrix";

/**
 * Rows of the organisation indicator and coverage routes, on the subject OPD (Disdukcapil). They work on a
 * year of their own (2090), so they never touch the indicators the SKP rows build their chain on.
 */
const YEAR = 2090;
const BASE = `/api/opds/disdukcapil/indicators`;
const OPD_MEMBERS_AND_ADMIN: ActorKind[] = ["self", "supervisor", "acting", "supervisorsSupervisor", "peer", "admin"];
const HEAD_AND_ADMIN: ActorKind[] = ["supervisorsSupervisor", "admin"];

/** A body whose text is new each time: the same sasaran and indikator twice is a 409 duplicate. */
const body = () => ({ sasaran: "Meningkatnya tertib administrasi", indicator: `Indikator ${randomUUID()}`, target: { approach: "KUANTITATIF", value: 90, unit: "persen" } });

/** A fresh indicator for one cell, written directly (the write routes are what the cell tests). */
async function freshIndicator(ctx: MatrixContext): Promise<string> {
  const id = `ind-authz-${randomUUID()}`;
  await ctx.app.repositories.indicators.upsertAll(YEAR, "disdukcapil", [{ id, opdId: "disdukcapil", year: YEAR, ...body() } as never]);
  return id;
}

export const PLANNING_ROWS: MatrixRow[] = [
  { kind: "route", route: "GET /api/opds/:opdId/indicators", action: "indicator.read", allow: OPD_MEMBERS_AND_ADMIN, call: async () => ({ method: "GET", path: `${BASE}?year=${YEAR}` }) },
  { kind: "route", route: "POST /api/opds/:opdId/indicators", action: "indicator.write", allow: HEAD_AND_ADMIN, call: async () => ({ method: "POST", path: `${BASE}?year=${YEAR}`, body: body() }) },
  {
    kind: "route",
    route: "PUT /api/opds/:opdId/indicators/:indicatorId",
    action: "indicator.write",
    allow: HEAD_AND_ADMIN,
    call: async (ctx) => ({ method: "PUT", path: `${BASE}/${await freshIndicator(ctx)}?year=${YEAR}`, body: body() }),
  },
  {
    kind: "route",
    route: "DELETE /api/opds/:opdId/indicators/:indicatorId",
    action: "indicator.write",
    allow: HEAD_AND_ADMIN,
    call: async (ctx) => ({ method: "DELETE", path: `${BASE}/${await freshIndicator(ctx)}?year=${YEAR}` }),
  },
  {
    kind: "route",
    route: "POST /api/opds/:opdId/indicators/import",
    action: "indicator.write",
    allow: HEAD_AND_ADMIN,
    // The matrix sends JSON; an allowed caller gets past authorization and is told to send a sheet (415).
    alsoAllowedStatus: [415],
    call: async () => ({ method: "POST", path: `${BASE}/import?year=${YEAR}`, body: {} }),
  },
  { kind: "route", route: "GET /api/opds/:opdId/coverage", action: "coverage.readOpd", allow: HEAD_AND_ADMIN, call: async () => ({ method: "GET", path: `/api/opds/disdukcapil/coverage?year=${YEAR}` }) },
  { kind: "route", route: "GET /api/opds/:opdId/coverage.xlsx", action: "coverage.readOpd", allow: HEAD_AND_ADMIN, call: async () => ({ method: "GET", path: `/api/opds/disdukcapil/coverage.xlsx?year=${YEAR}` }) },
  { kind: "route", route: "GET /api/coverage", action: "coverage.readCity", allow: ["admin"], call: async () => ({ method: "GET", path: `/api/coverage?year=${YEAR}` }) },
  { kind: "route", route: "GET /api/coverage.xlsx", action: "coverage.readCity", allow: ["admin"], call: async () => ({ method: "GET", path: `/api/coverage.xlsx?year=${YEAR}` }) },
];
