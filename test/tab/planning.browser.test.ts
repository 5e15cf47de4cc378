import fs from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { PLANNING_STRINGS } from "../../src/tab/app/screens/staff/skp/planning-strings";
import { api, IDS, INDICATORS, jptContent, nonJptContent } from "../planning/skp-support";
import { startApp, type AppHarness } from "../support/app-harness";
import * as browser from "./support/browser";

// The plan year the tab shows: this year in WIB (the server and the browser read the real clock here).
const YEAR = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric" }).format(new Date()));
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the planning screens' dictionary", () => {
  test("Bahasa Indonesia and English have the same keys, no empty text and the same {placeholders}", () => {
    expect(Object.keys(PLANNING_STRINGS.en).sort()).toEqual(Object.keys(PLANNING_STRINGS.id).sort());
    for (const key of Object.keys(PLANNING_STRINGS.id) as (keyof typeof PLANNING_STRINGS.id)[]) {
      expect({ key, empty: PLANNING_STRINGS.id[key].trim() === "" || PLANNING_STRINGS.en[key].trim() === "" }).toEqual({ key, empty: false });
      expect({ key, en: placeholders(PLANNING_STRINGS.en[key]) }).toEqual({ key, en: placeholders(PLANNING_STRINGS.id[key]) });
    }
  });
});

const describeInBrowser = browser.browserTestsEnabled() ? describe : describe.skip;
jest.setTimeout(60_000);

describeInBrowser("planning in the tab: SKP saya, SKP tim, Matriks Peran Hasil (headless Chromium)", () => {
  let app: AppHarness;
  let chromium: BrowserContext;
  let work: string;
  let staff: Page;
  let boss: Page;
  let utinRhk: string;
  const call = (as: string, method: string, p: string, body?: unknown) => api(app, as, method, p, body);

  /** Through the API as the people themselves: the head's plan (approved by the Sekda), then Utin's under it. */
  async function seedApprovedChain() {
    await app.repositories.indicators.upsertAll(YEAR, "bkpsdm", INDICATORS.map((i) => ({ ...i, year: YEAR })));
    expect((await call(IDS.head, "PUT", `/api/skp/${IDS.head}/draft`, { ...jptContent("ind-bkpsdm-1"), year: YEAR })).body.problems).toEqual([]);
    expect((await call(IDS.head, "POST", `/api/skp/${IDS.head}/submit`, { year: YEAR })).status).toBe(200);
    expect((await call(IDS.sekda, "POST", `/api/skp/${IDS.head}/approve`, { year: YEAR })).status).toBe(200);
    const headRhk = (await call(IDS.head, "GET", `/api/skp/${IDS.head}?year=${YEAR}`)).body.effective.rhks[0].id;
    const utin = { ...nonJptContent([headRhk], "Terlaksananya penilaian kinerja ASN BKPSDM"), year: YEAR };
    expect((await call(IDS.utin, "PUT", `/api/skp/${IDS.utin}/draft`, utin)).body.problems).toEqual([]);
    expect((await call(IDS.utin, "POST", `/api/skp/${IDS.utin}/submit`, { year: YEAR })).status).toBe(200);
    expect((await call(IDS.head, "POST", `/api/skp/${IDS.utin}/approve`, { year: YEAR })).status).toBe(200);
    utinRhk = (await call(IDS.utin, "GET", `/api/skp/${IDS.utin}?year=${YEAR}`)).body.effective.rhks[0].text;
    // The one request the SKP screen makes carries the approved RHKs up the chain (nearest supervisor first).
    const eko = (await call(IDS.eko, "GET", `/api/skp/${IDS.eko}?year=${YEAR}`)).body;
    expect(eko.opdId).toBe("bkpsdm");
    expect(eko.upline.map((l: { person: { id: string } }) => l.person.id)).toEqual([IDS.utin, IDS.head, IDS.sekda]);
    expect(eko.upline[0].rhks).toEqual([{ id: expect.any(String), text: utinRhk, parent: { kind: "SUPERVISOR_RHK", rhkId: headRhk } }]);
    expect(eko.upline[2].rhks).toEqual([]); // the Sekda has no approved plan: nothing to show, nothing invented
  }

  beforeAll(async () => {
    work = browser.tempDir("planning");
    browser.bundleTabInto(path.join(work, "assets"));
    app = await startApp({ tabAssetsDir: path.join(work, "assets") });
    await seedApprovedChain();
    chromium = await browser.launchChromium(path.join(work, "profile"));
    staff = await chromium.newPage();
    boss = await chromium.newPage();
  }, 60_000);

  afterAll(async () => {
    await chromium?.close();
    await app?.stop();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  /** The state badge shows `text` (it follows the reload after each action). */
  const badge = (page: Page, text: string) => page.getByTestId("skp-state").first().filter({ hasText: text }).waitFor();

  test("the staff member drafts an SKP (server messages next to the fields), sees what it serves and submits it", async () => {
    await browser.signInLocally(staff, app.server.url, IDS.eko, "?view=skp");
    await staff.getByRole("heading", { name: `SKP saya ${YEAR}` }).waitFor();
    await badge(staff, "Belum ada");
    await staff.getByLabel("Rencana hasil kerja (RHK)").fill("Terverifikasinya berkas penilaian kinerja pegawai");
    await staff.getByLabel("RHK atasan yang diintervensi").selectOption({ label: utinRhk });
    await staff.getByLabel("Indikator kinerja individu (IKI)").fill("Jumlah berkas yang diverifikasi tepat waktu");
    await staff.getByLabel("Aspek").selectOption({ label: "Kuantitas" });
    await staff.getByLabel("Target (angka)").fill("120");
    await staff.getByRole("button", { name: "Simpan draf" }).click();
    // Saved, but the unit is missing: the server's own message sits under the field.
    await staff.getByText(/Draf tersimpan, tetapi ada 1 hal/).waitFor();
    const unit = staff.getByLabel("Satuan");
    await expect(unit.getAttribute("aria-invalid")).resolves.toBe("true");
    await badge(staff, "Draf");
    await unit.fill("berkas");
    await staff.getByLabel("Dukungan sumber daya").fill("Aplikasi e-Kinerja\nAkses data kepegawaian\n");
    await staff.getByRole("button", { name: "Simpan draf" }).click();
    await staff.getByText("Draf tersimpan.", { exact: true }).waitFor();
    await expect(unit.getAttribute("aria-invalid")).resolves.not.toBe("true");

    // The chain "RHK saya melayani…" of what was saved: Utin's RHK, then the head's, then the indicator.
    const tree = staff.getByTestId("serves-tree");
    await tree.getByText(`RHK Utin Wijaya: ${utinRhk}`).waitFor();
    await tree.getByText(/RHK Eko Halim: /).waitFor();
    await tree.getByText(/Indikator organisasi: .*Indeks Sistem Merit/).waitFor();
    expect(await browser.seriousA11yViolations(staff)).toEqual([]);
    await browser.screenshot(staff, "skp-staff-draft-light");

    await staff.getByRole("button", { name: "Ajukan ke atasan" }).click();
    await staff.getByText("SKP diajukan ke Utin Wijaya.").waitFor();
    await badge(staff, "Diajukan");
    await staff.getByText(/menunggu persetujuan atasan/).waitFor();
  });

  test("the supervisor returns it with a required reason in the SKP tim table", async () => {
    await browser.signInLocally(boss, app.server.url, IDS.utin, "?view=team-skp");
    const row = boss.getByTestId("team-skp-row").filter({ hasText: "Eko Kusuma" });
    await row.getByText("Diajukan").waitFor();
    await expect(boss.getByTestId("team-skp-row").first().innerText()).resolves.toContain("Eko Kusuma"); // waiting ones first
    await boss.getByLabel("Hanya yang menunggu persetujuan").check();
    await expect(boss.getByTestId("team-skp-row").count()).resolves.toBe(1);
    await boss.getByRole("button", { name: "Buka SKP Eko Kusuma" }).click();
    await boss.getByRole("heading", { name: "SKP Eko Kusuma" }).waitFor();
    await boss.getByTestId("rhk").getByText("Terverifikasinya berkas penilaian kinerja pegawai").waitFor();

    await boss.getByRole("button", { name: "Kembalikan" }).click();
    await boss.getByText("Tulis alasan pengembalian").waitFor();
    expect(await browser.seriousA11yViolations(boss)).toEqual([]);
    await browser.screenshot(boss, "skp-team-light");
    await boss.getByLabel("Alasan pengembalian (wajib)").fill("Target 120 berkas terlalu rendah; sesuaikan dengan beban bidang (150).");
    await boss.getByRole("button", { name: "Kembalikan" }).click();
    await boss.getByText("SKP Eko Kusuma dikembalikan.").waitFor();
    await boss.getByText("Tidak ada pegawai yang cocok").waitFor(); // nobody else waits for approval
    await boss.getByLabel("Hanya yang menunggu persetujuan").uncheck();
    await row.getByText("Dikembalikan").waitFor();
  });

  test("the staff member sees the reason, revises and resubmits; the supervisor approves", async () => {
    await staff.reload();
    await staff.getByTestId("return-reason").getByText(/terlalu rendah/).waitFor();
    await badge(staff, "Dikembalikan");
    expect(await browser.seriousA11yViolations(staff)).toEqual([]);
    await browser.screenshot(staff, "skp-staff-returned-light");
    await staff.getByLabel("Target (angka)").fill("150");
    await staff.getByRole("button", { name: "Ajukan ke atasan" }).click();
    await staff.getByText("SKP diajukan ke Utin Wijaya.").waitFor();

    await boss.reload();
    await boss.getByRole("button", { name: "Buka SKP Eko Kusuma" }).click();
    await boss.getByTestId("rhk").getByText("150 berkas").waitFor();
    await boss.getByRole("button", { name: "Setujui" }).click();
    await boss.getByText("SKP Eko Kusuma disetujui.").waitFor();
    await boss.getByTestId("team-skp-row").filter({ hasText: "Eko Kusuma" }).getByText("Disetujui").waitFor();

    await staff.reload();
    await staff.getByRole("button", { name: "Mulai revisi" }).waitFor();
    await badge(staff, "Disetujui");
    await expect(staff.getByTestId("return-reason").count()).resolves.toBe(0);
    const download = staff.waitForEvent("download");
    await staff.getByRole("button", { name: "Unduh PDF" }).click();
    expect((await download).suggestedFilename()).toBe(`SKP-${YEAR}-Eko Kusuma.pdf`);
    await browser.screenshot(staff, "skp-staff-approved-light");
  });

  test("the supervisor fills the Matriks Peran Hasil; an approved SKP is listed as needing a revision", async () => {
    await boss.goto(`${app.server.url}/index.html?view=matrix`);
    const cell = boss.getByLabel(`Eko Kusuma untuk RHK “${utinRhk}”`);
    await cell.fill("Rekap capaian kinerja bidang tiap bulan");
    await boss.getByLabel(`Ahmad Susanto untuk RHK “${utinRhk}”`).fill("Verifikasi dokumen penilaian");
    await boss.getByRole("button", { name: "Simpan matriks" }).click();
    await boss.getByText("Matriks tersimpan.").waitFor();
    await boss.getByTestId("needs-revision").getByText("Eko Kusuma (Disetujui)").waitFor();
    await expect(boss.getByTestId("needs-revision").innerText()).resolves.not.toContain("Ahmad Susanto");
    const ahmad = (await call(IDS.ahmad, "GET", `/api/skp/${IDS.ahmad}?year=${YEAR}`)).body.current;
    expect(ahmad.rhks.map((r: { text: string }) => r.text)).toContain("Verifikasi dokumen penilaian");
    expect(await browser.seriousA11yViolations(boss)).toEqual([]);
    await browser.screenshot(boss, "matrix-light");
  });

  test("dark theme and English: the planning pages stay accessible", async () => {
    await staff.goto(`${app.server.url}/index.html?theme=dark&view=skp`);
    await staff.getByRole("button", { name: "Mulai revisi" }).waitFor();
    expect(await browser.seriousA11yViolations(staff)).toEqual([]);
    await browser.screenshot(staff, "skp-staff-dark");
    await boss.goto(`${app.server.url}/index.html?theme=dark&view=team-skp`);
    await boss.getByRole("button", { name: "Buka SKP Eko Kusuma" }).click();
    await boss.getByRole("heading", { name: "SKP Eko Kusuma" }).waitFor();
    expect(await browser.seriousA11yViolations(boss)).toEqual([]);
    await browser.screenshot(boss, "skp-team-dark");
    await boss.goto(`${app.server.url}/index.html?theme=dark&view=matrix`);
    await boss.getByRole("button", { name: "Simpan matriks" }).waitFor();
    expect(await browser.seriousA11yViolations(boss)).toEqual([]);
    await browser.screenshot(boss, "matrix-dark");
    await boss.getByRole("button", { name: "English" }).click();
    await boss.getByRole("button", { name: "Save matrix" }).waitFor();
  });
});
