import type { OrgDirectory, Person } from "../domain/org";
import { toWibDate } from "../domain/time";
import { renderSkpPdf, type SkpPdfPerson } from "../export/skp-pdf";
import type { IndicatorRepository, StoredSkp } from "../services/planning-ports";
import type { Clock } from "../services/ports";
import type { SkpLookup } from "../services/skp-lookup";
import { latestOf } from "../services/skp-lookup";
import { sendError } from "./errors";
import { subjectFromParam, type ApiRoute } from "./route-table";
import { planYear, YEAR_LIMITS } from "./skp-schemas";

const PLACE = "Pontianak";

/** GET the SKP in force (or, before the first approval, the one being worked on) as the official form, in PDF. */
export function skpPdfRoute(lookup: SkpLookup, indicators: IndicatorRepository, directory: OrgDirectory, clock: Clock): ApiRoute {
  return {
    method: "get",
    path: "/api/skp/:employeeId/pdf",
    access: { action: "skp.read", subject: subjectFromParam.employee() },
    summary: "The SKP of ?year= as a PDF in the layout of the official form",
    authenticated: true,
    response: { type: "string", format: "binary", description: "application/pdf" },
    handler: async (req, res) => {
      const year = planYear(req, clock.now());
      if (year === undefined) return sendError(res, 400, "bad_year", "error.invalidYear", YEAR_LIMITS);
      const employee = directory.getPerson(String(req.params.employeeId));
      if (!employee) return sendError(res, 404, "not_found", "error.personNotFound");
      const revisions = await lookup.revisions(employee, year);
      const skp = revisions.filter((s) => s.state === "disetujui").pop() ?? latestOf(revisions);
      if (!skp) return sendError(res, 404, "not_found", "error.skpNotFound");
      const penilai = (skp.decidedById && skp.state === "disetujui" ? directory.getPerson(skp.decidedById) : undefined) ?? directory.getManager(employee.id);
      const pdf = await renderSkpPdf({
        skp,
        pegawai: pdfPerson(employee, directory),
        pejabatPenilai: penilai ? pdfPerson(penilai, directory) : null,
        opdName: directory.getOpdOf(employee.unitId)?.name ?? "",
        parentTexts: await parentTexts(skp, employee, lookup, indicators),
        period: { year, from: `${year}-01-01`, to: `${year}-12-31` },
        place: PLACE,
        signedOn: skp.decidedAt && skp.state === "disetujui" ? toWibDate(new Date(skp.decidedAt)) : toWibDate(clock.now()),
      });
      res.type("application/pdf").setHeader("Content-Disposition", `inline; filename="SKP-${year}-${employee.nip || employee.id}.pdf"`);
      res.send(pdf);
    },
  };
}

function pdfPerson(p: Person, directory: OrgDirectory): SkpPdfPerson {
  return { displayName: p.displayName, nip: p.nip, jobTitle: p.jobTitle, unitName: directory.getUnit(p.unitId)?.name ?? "" };
}

/** What each RHK points to, in words: the supervisor's RHK (any revision keeps the ids) or the OPD's indicator. */
async function parentTexts(skp: StoredSkp, employee: Person, lookup: SkpLookup, indicators: IndicatorRepository): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  if (skp.form === "JPT") {
    for (const i of await indicators.listByOpd(skp.year, lookup.opdIdOf(employee))) out[i.id] = i.indicator;
    return out;
  }
  const manager = employee.managerId ? lookup.person(employee.managerId) : undefined;
  for (const s of manager ? await lookup.revisions(manager, skp.year) : []) for (const r of s.rhks) out[r.id] = r.text;
  return out;
}
