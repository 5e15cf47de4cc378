import path from "node:path";
import { randomUUID } from "node:crypto";
import { createFileDirectory } from "../../src/directory";
import { BERAKHLAK_IDS } from "../../src/domain/berakhlak";
import type { Person } from "../../src/domain/org";
import type { Rating } from "../../src/domain/rating";
import { emptySkpContent } from "../../src/domain/skp";
import { startApp, type AppHarness } from "../support/app-harness";

export const EVAL_ORG = path.resolve(__dirname, "..", "fixtures", "org-evaluation.json");
/** Tuesday 31 March 2026, 10:00 WIB: the last day of the March period (its deadline is 7 April). */
export const NOW = new Date("2026-03-31T03:00:00Z");
export const PERIOD = "2026-bulanan-03";
export const UNIT = "dpmptsp-pl";

export async function startEvaluationApp(now: () => Date = () => NOW): Promise<AppHarness> {
  return startApp({ clock: { now }, directory: await createFileDirectory(EVAL_ORG) });
}

export function cast(app: AppHarness) {
  const byName = (name: string): Person => {
    const p = app.directory.listPeople().find((x) => x.displayName === name);
    if (!p) throw new Error(`${name} is not in the evaluation org`);
    return p;
  };
  const head = byName("Dewi Anggraini");
  return { admin: byName("Wulan Sari"), kadis: byName("Rudi Hartono"), head, staff: app.directory.getDirectReports(head.id) };
}

export async function api(app: AppHarness, actor: Person | string, method: string, urlPath: string, body?: unknown) {
  const res = await fetch(app.server.url + urlPath, {
    method,
    headers: { "Content-Type": "application/json", "X-Dev-User": typeof actor === "string" ? actor : actor.id },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

export const rhkIds = (p: Person) => [`rhk-${p.id.slice(-4)}-1`, `rhk-${p.id.slice(-4)}-2`];

/** An approved SKP (revision 1) with one Utama and one Tambahan RHK, as the planning flow would leave it. */
export async function approvedSkp(app: AppHarness, p: Person, opdId = "dpmptsp") {
  const [utama, tambahan] = rhkIds(p);
  const content = emptySkpContent();
  const iki = (id: string) => ({ id, text: "Jumlah berkas izin yang diverifikasi", aspek: "KUANTITAS" as const, target: { approach: "KUANTITATIF" as const, value: 100, unit: "berkas" } });
  content.rhks = [
    { id: utama!, group: "UTAMA", text: "Terverifikasinya berkas permohonan izin", parent: null, indicators: [iki(`${utama}-iki`)] },
    { id: tambahan!, group: "TAMBAHAN", text: "Tersusunnya laporan layanan bulanan", parent: null, indicators: [iki(`${tambahan}-iki`)] },
  ];
  await app.repositories.skps.create({
    ...content,
    id: randomUUID(),
    employeeId: p.id,
    year: 2026,
    form: "NON_JPT",
    revision: 1,
    state: "disetujui",
    createdAt: NOW.toISOString(),
    opdId,
  });
}

/** A rating body: every RHK judged `judgement`, the two ratings as given. */
export function ratingBody(p: Person, judgement: Rating, hasilKerja: Rating, perilakuKerja: Rating, extra: Record<string, unknown> = {}) {
  return {
    formId: randomUUID(),
    rhkAssessments: rhkIds(p).map((rhkId) => ({ rhkId, judgement, feedback: "Pertahankan ketelitian." })),
    hasilKerja,
    perilakuKerja,
    perilakuFeedback: [{ valueId: BERAKHLAK_IDS[3], text: "Menjaga suasana kerja yang kondusif." }],
    ...extra,
  };
}

export function selfBody(p: Person) {
  return {
    formId: randomUUID(),
    realisasi: rhkIds(p).map((rhkId) => ({ rhkId, text: "Sesuai laporan progres", evidenceUrls: ["https://pontianak.sharepoint.com/bukti/1"] })),
    perilakuNotes: [{ valueId: "harmonis", text: "Membantu rekan baru." }],
  };
}
