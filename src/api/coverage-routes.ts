import type { Request, Response } from "express";
import type { OrgDirectory } from "../domain/org";
import { coverageWorkbook } from "../export/coverage-xlsx";
import { SHEET_TYPES } from "../import/sheet-reader";
import type { CoverageService } from "../services/coverage-service";
import { sendError } from "./errors";
import { opdOf, yearOf } from "./planning-params";
import { subjectFromParam, type ApiRoute } from "./route-table";

const SUMMARY_SCHEMA = {
  type: "object",
  properties: Object.fromEntries(
    ["indicators", "coveredIndicators", "approvedRhks", "orphanRhks", "employees", "employeesWithApprovedSkp"].map((k) => [k, { type: "integer" }]),
  ),
};
const OPD_COVERAGE_SCHEMA = {
  type: "object",
  description: "Per indicator the approved RHKs reaching it (parentRhkId/depth rebuild the chain) and the contributors; uncovered indicators; orphan RHKs; members without an approved SKP",
  properties: {
    year: { type: "integer" },
    opdId: { type: "string" },
    opdName: { type: "string" },
    summary: SUMMARY_SCHEMA,
    indicators: { type: "array", items: { type: "object" } },
    uncoveredIndicators: { type: "array", items: { type: "object" } },
    orphanRhks: { type: "array", items: { type: "object" } },
    employeesWithoutApprovedSkp: { type: "array", items: { type: "object" } },
  },
};
const XLSX_SCHEMA = { type: "string", format: "binary" };

/** Coverage of the plans: one OPD (its head, admins) and the whole city (admins). */
export function coverageRoutes(coverage: CoverageService, directory: OrgDirectory): ApiRoute[] {
  const opd = { action: "coverage.readOpd" as const, subject: subjectFromParam.opd() };
  const city = { action: "coverage.readCity" as const };
  const opdScope = (req: Request, res: Response) => {
    const year = yearOf(req);
    if (year === undefined) return void sendError(res, 400, "bad_year", "planning.yearRequired");
    const opdId = opdOf(req, directory);
    if (!opdId) return void sendError(res, 404, "opd_not_found", "planning.opdNotFound");
    return { year, opdId };
  };
  const cityYear = (req: Request, res: Response) => {
    const year = yearOf(req);
    if (year === undefined) sendError(res, 400, "bad_year", "planning.yearRequired");
    return year;
  };
  return [
    {
      method: "get",
      path: "/api/opds/:opdId/coverage",
      summary: "Coverage of an OPD's organisation indicators by approved SKPs (?year=YYYY)",
      authenticated: true,
      access: opd,
      response: OPD_COVERAGE_SCHEMA,
      handler: async (req, res) => {
        const s = opdScope(req, res);
        if (s) res.json(await coverage.forOpd(s.year, s.opdId));
      },
    },
    {
      method: "get",
      path: "/api/opds/:opdId/coverage.xlsx",
      summary: "The same coverage as an .xlsx workbook (?year=YYYY)",
      authenticated: true,
      access: opd,
      response: XLSX_SCHEMA,
      responseContentType: SHEET_TYPES.xlsx,
      handler: async (req, res) => {
        const s = opdScope(req, res);
        if (s) sendXlsx(res, `cakupan-${s.opdId}-${s.year}.xlsx`, await coverageWorkbook([await coverage.forOpd(s.year, s.opdId)], { withOpdColumn: false }));
      },
    },
    {
      method: "get",
      path: "/api/coverage",
      summary: "City-wide coverage: every OPD and a summary (?year=YYYY; Admin Kinerja)",
      authenticated: true,
      access: city,
      response: { type: "object", properties: { year: { type: "integer" }, summary: SUMMARY_SCHEMA, opds: { type: "array", items: OPD_COVERAGE_SCHEMA } } },
      handler: async (req, res) => {
        const year = cityYear(req, res);
        if (year !== undefined) res.json(await coverage.forCity(year));
      },
    },
    {
      method: "get",
      path: "/api/coverage.xlsx",
      summary: "City-wide coverage as an .xlsx workbook (?year=YYYY; Admin Kinerja)",
      authenticated: true,
      access: city,
      response: XLSX_SCHEMA,
      responseContentType: SHEET_TYPES.xlsx,
      handler: async (req, res) => {
        const year = cityYear(req, res);
        if (year !== undefined) sendXlsx(res, `cakupan-kota-${year}.xlsx`, await coverageWorkbook((await coverage.forCity(year)).opds, { withOpdColumn: true }));
      },
    },
  ];
}

function sendXlsx(res: Response, filename: string, bytes: Buffer) {
  res.setHeader("Content-Type", SHEET_TYPES.xlsx);
  res.setHeader("Content-Disposition", `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "-")}"`);
  res.setHeader("Cache-Control", "no-store");
  res.send(bytes);
}
