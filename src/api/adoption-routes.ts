import type { Response } from "express";
import { adoptionWorkbook } from "../export/adoption-xlsx";
import { SHEET_TYPES } from "../import/sheet-reader";
import type { AdoptionService } from "../services/adoption-service";
import type { ApiRoute } from "./route-table";

const ROW = {
  type: "object",
  properties: {
    opdId: { type: "string" },
    opdName: { type: "string" },
    staff: { type: "integer" },
    installed: { type: "integer" },
    installedPct: { type: ["number", "null"] },
    delivered: { type: "integer" },
    acknowledged: { type: "integer" },
    acknowledgedPct: { type: ["number", "null"] },
    activeReporters: { type: "integer" },
    activeReportersPct: { type: ["number", "null"] },
    approvedSkp: { type: "integer" },
    approvedSkpPct: { type: ["number", "null"] },
  },
};

/** The adoption view per OPD for BKPSDM (issue 7), as JSON and as an .xlsx workbook. */
export function adoptionRoutes(adoption: AdoptionService): ApiRoute[] {
  return [
    {
      method: "get",
      path: "/api/adoption",
      access: { action: "adoption.read" },
      summary: "Per OPD: installed the app, acknowledgement rate (recent announcements), active reporters in 7 days, approved SKP",
      authenticated: true,
      response: { type: "object", properties: { generatedAt: { type: "string" }, from: { type: "string" }, to: { type: "string" }, opds: { type: "array", items: ROW } } },
      handler: async (_req, res) => void res.json(await adoption.byOpd()),
    },
    {
      method: "get",
      path: "/api/adoption.xlsx",
      access: { action: "adoption.read" },
      summary: "The adoption view as an .xlsx workbook",
      authenticated: true,
      response: { type: "string", format: "binary" },
      responseContentType: SHEET_TYPES.xlsx,
      handler: async (_req, res) => {
        const view = await adoption.byOpd();
        sendXlsx(res, `adopsi-${view.to}.xlsx`, await adoptionWorkbook(view.opds, view));
      },
    },
  ];
}

function sendXlsx(res: Response, filename: string, bytes: Buffer) {
  res.setHeader("Content-Type", SHEET_TYPES.xlsx);
  res.setHeader("Content-Disposition", `attachment; filename="${filename}"`);
  res.setHeader("Cache-Control", "no-store");
  res.send(bytes);
}
