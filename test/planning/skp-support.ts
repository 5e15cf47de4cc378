import type { OrgIndicator } from "../../src/domain/cascading";
import type { Person } from "../../src/domain/org";
import type { AppHarness } from "../support/app-harness";
import { cardOf } from "../support/connector";
import { asUser, personalConversationId, type TeamsUser } from "../support/teams-client";

/** Shared cast and helpers of the SKP tests: BKPSDM of data/org-demo.json, plan year 2026. */
export const YEAR = 2026;
// Friday 27 November 2026, 10:00 WIB.
export const NOW = new Date("2026-11-27T03:00:00Z");
export const TODAY = "2026-11-27";

/** Starts at NOW and moves one second per reading, so two submissions never share an instant (same WIB day). */
export function tickingClock() {
  let tick = 0;
  return { now: () => new Date(NOW.getTime() + 1000 * tick++) };
}

export const IDS = {
  sekda: "186c39e8-c7bb-49f6-a2a2-14e8bbe9c675", // Felicia Wijaya, JPT, supervisor of the heads of OPD
  head: "e2e90528-a4e0-489e-9888-df205bd0f521", // Eko Halim, JPT, head of BKPSDM
  utin: "694472d1-a7d3-4946-a081-37f33a087ec9", // Utin Wijaya, Administrator, Bidang PK
  putri: "37ef1c35-9b20-431f-8e78-e7aa3569ad45", // Putri Permata, Administrator, Utin's peer
  eko: "449ab166-8186-4856-8c52-9b4839c340b3", // Eko Kusuma, Pelaksana under Utin
  lestari: "c54a55eb-1601-4892-921f-7305e164f982", // Eko Lestari, Pelaksana under Utin
  ahmad: "8e8afc84-9b31-46ab-a745-e5279afad5ab", // Ahmad Susanto, Pelaksana under Utin (Eko's peer)
  sri: "0794a750-6cc3-4a50-b183-5d1d3933dffe", // Sri Simanjuntak, Fungsional under Utin, Admin Kinerja
  hendra: "945434d8-44a5-45c1-a151-292e51d19f7d", // Hendra Kurniawan, Dinkes (another OPD)
} as const;

export const INDICATORS: OrgIndicator[] = [
  { id: "ind-bkpsdm-1", opdId: "bkpsdm", year: YEAR, sasaran: "Meningkatnya kualitas manajemen ASN", indicator: "Indeks Sistem Merit", target: { approach: "KUANTITATIF", value: 0.8, unit: "indeks" } },
  { id: "ind-bkpsdm-2", opdId: "bkpsdm", year: YEAR, sasaran: "Meningkatnya kompetensi ASN", indicator: "Persentase ASN memenuhi 20 JP", target: { approach: "KUANTITATIF", value: 90, unit: "persen" } },
];

export function user(app: AppHarness, id: string): TeamsUser {
  return asUser(app.directory.getPerson(id) as Person);
}

export interface ApiAnswer {
  status: number;
  body: any;
}

/** Calls the tab's API as `as` (local mode: X-Dev-User stands in for the Teams SSO token). */
export async function api(app: AppHarness, as: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiAnswer> {
  const res = await fetch(`${app.server.url}${path}`, {
    method,
    headers: { "Content-Type": "application/json", "X-Dev-User": as, ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

const PERILAKU = ["berorientasi-pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"].map((valueId) => ({ valueId }));
const LAMPIRAN = { dukunganSumberDaya: ["Anggaran kegiatan"], skemaPertanggungjawaban: ["Laporan bulanan"], konsekuensi: ["Sesuai ketentuan"] };

/** A complete JPT SKP whose RHK points to an organisation indicator. */
export function jptContent(indicatorId: string, text = "Terwujudnya sistem merit di lingkungan Pemerintah Kota Pontianak") {
  return {
    year: YEAR,
    rhks: [{ group: "UTAMA", text, parent: { kind: "ORG_INDICATOR", indicatorId }, indicators: [{ text: "Indeks sistem merit", perspektif: "PROSES_BISNIS", target: { approach: "KUANTITATIF", value: 0.8, unit: "indeks" } }] }],
    perilaku: PERILAKU,
    lampiran: LAMPIRAN,
  };
}

/** A complete non-JPT SKP with one RHK per given supervisor RHK id. */
export function nonJptContent(parentRhkIds: string[], text = "Terlaksananya penilaian kinerja pegawai") {
  return {
    year: YEAR,
    rhks: parentRhkIds.map((rhkId, i) => ({ group: "UTAMA", text: `${text} ${i + 1}`, parent: { kind: "SUPERVISOR_RHK", rhkId }, indicators: [ikiOf("berkas")] })),
    perilaku: PERILAKU,
    lampiran: LAMPIRAN,
  };
}

export function ikiOf(unit: string) {
  return { text: "Jumlah berkas penilaian yang diverifikasi", aspek: "KUANTITAS", target: { approach: "KUANTITATIF", value: 120, unit } };
}

/** Writes a draft, submits it and has the supervisor approve it, all over the API; the approved SKP. */
export async function approvedSkp(app: AppHarness, employeeId: string, approverId: string, content: unknown): Promise<any> {
  const saved = await api(app, employeeId, "PUT", `/api/skp/${employeeId}/draft?year=${YEAR}`, content);
  if (saved.status >= 300 || saved.body.problems.length > 0) throw new Error(`draft of ${employeeId}: ${JSON.stringify(saved.body)}`);
  const submitted = await api(app, employeeId, "POST", `/api/skp/${employeeId}/submit`, { year: YEAR });
  if (submitted.status !== 200) throw new Error(`submit of ${employeeId}: ${JSON.stringify(submitted.body)}`);
  const approved = await api(app, approverId, "POST", `/api/skp/${employeeId}/approve`, { year: YEAR });
  if (approved.status !== 200) throw new Error(`approve of ${employeeId}: ${JSON.stringify(approved.body)}`);
  await app.background.drain();
  return approved.body;
}

/** The cards posted (not updated) to a person's personal chat, oldest first. */
export function cardsTo(app: AppHarness, u: TeamsUser): Record<string, unknown>[] {
  return app.connector
    .to(personalConversationId(u))
    .filter((c) => c.method === "POST")
    .map((c) => cardOf(c.activity))
    .filter((c): c is Record<string, unknown> => c !== undefined);
}
