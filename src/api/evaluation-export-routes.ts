import type { Request, Response } from "express";
import { ORG_PREDIKAT_LABELS } from "../domain/distribution";
import type { OrgDirectory, Person } from "../domain/org";
import { toWibDate } from "../domain/time";
import { renderEvaluationPdf, type EvaluationPdfInput } from "../export/evaluation-pdf";
import { periodLabel } from "../export/evaluation-pdf-rows";
import { evaluationRecapWorkbook } from "../export/evaluation-xlsx";
import { targetText } from "../export/skp-pdf-rows";
import type { SkpPdfPerson } from "../export/skp-pdf-input";
import { formatIndonesianNumber } from "../export/pdf-text";
import { SHEET_TYPES } from "../import/sheet-reader";
import type { CalibrationService } from "../services/calibration-service";
import type { EvaluationService } from "../services/evaluation-service";
import type { EvaluationSubject } from "../services/evaluation-types";
import type { Clock } from "../services/ports";
import { sendError } from "./errors";
import { subjectFromParam, type ApiRoute } from "./route-table";

const PLACE = "Pontianak";
const safeName = (s: string) => s.replace(/[^A-Za-z0-9._-]/g, "-");

/** The Dokumen Evaluasi Kinerja (PDF) of one employee and the .xlsx recap of a unit (DOMAIN.md section 7, issue 4 item 9). */
export function evaluationExportRoutes(core: EvaluationService, calibration: CalibrationService, directory: OrgDirectory, clock: Clock): ApiRoute[] {
  return [
    {
      method: "get",
      path: "/api/evaluations/:periodId/:employeeId/pdf",
      access: { action: "evaluation.read", subject: subjectFromParam.employee() },
      summary: "The Dokumen Evaluasi Kinerja of an employee for a period, as a PDF in the layout of the official form",
      authenticated: true,
      response: { type: "string", format: "binary", description: "application/pdf" },
      handler: async (req, res) => {
        const subject = await core.subject(String(req.params.periodId), String(req.params.employeeId));
        if (!subject) return sendError(res, 404, "not_found", "error.notFound");
        const pdf = await renderEvaluationPdf(pdfInput(subject, req.actor!, directory, toWibDate(clock.now())));
        res.type("application/pdf").setHeader("Content-Disposition", `inline; filename="${safeName(`Evaluasi-${subject.period.id}-${subject.employee.nip || subject.employee.id}.pdf`)}"`);
        res.setHeader("Cache-Control", "no-store");
        res.send(pdf);
      },
    },
    {
      method: "get",
      path: "/api/calibration/:periodId/:unitId/recap.xlsx",
      access: { action: "calibration.read", subject: (req: Request) => (req.params.unitId ? { kind: "unit", id: String(req.params.unitId) } : undefined) },
      summary: "The unit's evaluation recap for a period as an .xlsx workbook: employee, NIP, both ratings, predikat, status",
      authenticated: true,
      response: { type: "string", format: "binary" },
      responseContentType: SHEET_TYPES.xlsx,
      handler: async (req, res) => {
        const view = await calibration.view(String(req.params.periodId), String(req.params.unitId));
        if (!view) return sendError(res, 404, "not_found", "error.notFound");
        const byEmployee = new Map(view.evaluations.map((e) => [e.employeeId, e]));
        const bytes = await evaluationRecapWorkbook({
          unitName: directory.getUnit(view.unitId)?.name ?? view.unitId,
          periodLabel: periodLabel(view.period),
          ...(view.calibration?.orgPredikat ? { orgPredikatLabel: ORG_PREDIKAT_LABELS[view.calibration.orgPredikat] } : {}),
          rows: view.rows.map((r) => {
            const rating = byEmployee.get(r.employee.id)?.rating;
            return { displayName: r.employee.displayName, nip: r.employee.nip, jobTitle: r.employee.jobTitle, state: r.state, ...(rating ? { rating } : {}) };
          }),
        });
        sendXlsx(res, `rekap-evaluasi-${view.period.id}-${view.unitId}.xlsx`, bytes);
      },
    },
  ];
}

function sendXlsx(res: Response, filename: string, bytes: Buffer) {
  res.setHeader("Content-Type", SHEET_TYPES.xlsx);
  res.setHeader("Content-Disposition", `attachment; filename="${safeName(filename)}"`);
  res.setHeader("Cache-Control", "no-store");
  res.send(bytes);
}

function pdfPerson(p: Person, directory: OrgDirectory): SkpPdfPerson {
  return { displayName: p.displayName, nip: p.nip, jobTitle: p.jobTitle, unitName: directory.getUnit(p.unitId)?.name ?? "" };
}

/**
 * What the document shows to this reader: like the API, the employee sees the supervisor's rating only once it is
 * set (ditetapkan); before, the rating parts print as not yet rated.
 */
export function pdfInput(s: EvaluationSubject, actor: Person, directory: OrgDirectory, today: string): EvaluationPdfInput {
  const ev = s.evaluation;
  const hidden = ev?.state === "rated" && actor.id === s.employee.id;
  const rating = hidden ? undefined : ev?.rating;
  const penilai = (rating ? directory.getPerson(rating.ratedById) : undefined) ?? directory.getManager(s.employee.id);
  const self = ev?.selfAssessment;
  const perilaku: EvaluationPdfInput["perilaku"] = {};
  for (const n of self?.perilakuNotes ?? []) perilaku[n.valueId] = { ...perilaku[n.valueId], note: n.note };
  for (const f of rating?.perilakuFeedback ?? []) perilaku[f.valueId] = { ...perilaku[f.valueId], feedback: f.text };
  return {
    pegawai: pdfPerson(s.employee, directory),
    pejabatPenilai: penilai ? pdfPerson(penilai, directory) : null,
    opdName: directory.getOpdOf(s.employee.unitId)?.name ?? "",
    period: { label: periodLabel(s.period), start: s.period.start, end: s.period.end },
    state: ev?.state ?? "draft",
    rhks: s.rhks.map((rhk) => {
      const own = self?.realisasi.find((r) => r.rhkId === rhk.id);
      const progress = s.progress.find((p) => p.rhkId === rhk.id);
      const summed = progress?.quantity !== undefined ? `${`${formatIndonesianNumber(progress.quantity)} ${progress.unit ?? ""}`.trim()} (${progress.reportCount} laporan)` : undefined;
      const assessed = rating?.rhkAssessments.find((a) => a.rhkId === rhk.id);
      return {
        group: rhk.group,
        text: rhk.text,
        indicators: rhk.indicators.map((i) => `${i.text}: ${targetText(i.target)}`),
        ...(own?.text || summed ? { realisasi: own?.text || summed } : {}),
        evidenceUrls: own?.evidenceUrls.length ? own.evidenceUrls : (progress?.evidenceUrls ?? []),
        ...(assessed ? { judgement: assessed.judgement, ...(assessed.feedback ? { feedback: assessed.feedback } : {}) } : {}),
      };
    }),
    perilaku,
    ...(rating ? { rating: { hasilKerja: rating.hasilKerja, perilakuKerja: rating.perilakuKerja, predikat: rating.predikat, ...(rating.hasilKerjaReason ? { hasilKerjaReason: rating.hasilKerjaReason } : {}) } } : {}),
    place: PLACE,
    signedOn: ev?.penetapan ? toWibDate(new Date(ev.penetapan.at)) : today,
  };
}
