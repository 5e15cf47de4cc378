import fs from "node:fs";
import path from "node:path";
import type { BrowserContext } from "playwright-core";
import { createSkpDraft, type Rhk } from "../../src/domain/skp";
import { toWibDate } from "../../src/domain/time";
import { startApp, type AppHarness } from "../support/app-harness";
import * as browser from "./support/browser";

const HEAD = "e2e90528-a4e0-489e-9888-df205bd0f521"; // Eko Halim, Kepala BKPSDM (head of the OPD)
const UTIN = "694472d1-a7d3-4946-a081-37f33a087ec9"; // Utin Wijaya, Kepala Bidang PK, Admin Kinerja
const SRI = "0794a750-6cc3-4a50-b183-5d1d3933dffe"; // Sri Simanjuntak, Admin Kinerja, in Utin's team
const EKO = "449ab166-8186-4856-8c52-9b4839c340b3"; // Eko Kusuma, Utin's direct report
const TEAM = [SRI, EKO, "c54a55eb-1601-4892-921f-7305e164f982", "8e8afc84-9b31-46ab-a745-e5279afad5ab"];

const describeInBrowser = browser.browserTestsEnabled() ? describe : describe.skip;
jest.setTimeout(60_000);

describeInBrowser("evaluation and coverage screens in headless Chromium (real server, Azurite)", () => {
  let app: AppHarness;
  let chromium: BrowserContext;
  let work: string;
  const today = toWibDate(new Date());
  const year = Number(today.slice(0, 4));
  const periodId = `${year}-bulanan-${today.slice(5, 7)}`;
  const indicators: { id: string; indicator: string }[] = [];
  const ekoRhks = ["Rekap data kinerja pegawai tersusun", "Dasbor kinerja diperbarui"];

  const call = async (as: string, method: string, url: string, body?: unknown) => {
    const res = await fetch(app.server.url + url, {
      method,
      headers: { "Content-Type": "application/json", "X-Dev-User": as },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  };

  beforeAll(async () => {
    work = browser.tempDir("eval");
    browser.bundleTabInto(path.join(work, "assets"));
    app = await startApp({ tabAssetsDir: path.join(work, "assets") });
    chromium = await browser.launchChromium(path.join(work, "profile"));
    // Seeded through the API where one exists (periods, indicators, self-assessment), SKPs through the repository.
    await call(UTIN, "PUT", `/api/periods/${year}`, { type: "bulanan" });
    for (const indicator of ["Indeks profesionalitas ASN", "Persentase pegawai dengan SKP tepat waktu"]) {
      indicators.push(await call(UTIN, "POST", `/api/opds/bkpsdm/indicators?year=${year}`, { sasaran: "Meningkatnya kualitas ASN", indicator, target: { approach: "KUANTITATIF", value: 80, unit: "persen" } }));
    }
    const skp = async (employeeId: string, rhks: { id: string; text: string; parent: Rhk["parent"] }[]) => {
      const person = app.directory.getPerson(employeeId)!;
      const draft = createSkpDraft({ id: `skp-${employeeId}`, employeeId, jabatanType: person.jabatanType, year, now: new Date() });
      const full: Rhk[] = rhks.map((r) => ({ ...r, group: "UTAMA", indicators: [{ id: `${r.id}-iki`, text: "Jumlah dokumen", aspek: "KUANTITAS", target: { approach: "KUANTITATIF", value: 12, unit: "dokumen" } }] }));
      await app.repositories.skps.create({ ...draft, rhks: full, state: "disetujui", opdId: "bkpsdm" } as never);
    };
    await skp(HEAD, [{ id: "rhk-head", text: "Profesionalitas ASN meningkat", parent: { kind: "ORG_INDICATOR", indicatorId: indicators[0]!.id } }]);
    await skp(UTIN, [{ id: "rhk-utin", text: "Penilaian kinerja berjalan tepat waktu", parent: { kind: "SUPERVISOR_RHK", rhkId: "rhk-head" } }]);
    await skp(EKO, ekoRhks.map((text, i) => ({ id: `rhk-eko-${i}`, text, parent: { kind: "SUPERVISOR_RHK", rhkId: "rhk-utin" } as const })));
    await call(EKO, "POST", `/api/evaluations/${periodId}/${EKO}/self-assessment`, {
      formId: crypto.randomUUID(),
      realisasi: [{ rhkId: "rhk-eko-0", text: "Rekap 12 bulan selesai", evidenceUrls: [] }],
      perilakuNotes: [],
    });
  }, 60_000);

  afterAll(async () => {
    await chromium?.close();
    await app?.stop();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  test("an admin sees the coverage of an OPD, the indicator in use cannot be deleted, a bad csv shows every bad row", async () => {
    const page = await chromium.newPage();
    await browser.signInLocally(page, app.server.url, UTIN, "?view=opd-planning");
    await page.getByLabel("Perangkat daerah (OPD)").selectOption("bkpsdm");
    const summary = page.getByTestId("coverage-summary");
    await summary.getByText(/1 dari 2 indikator dikerjakan/).waitFor();
    await expect(page.getByTestId("uncovered").innerText()).resolves.toContain(indicators[1]!.indicator);
    await expect(page.getByTestId("coverage-chart").getByTestId("bar").count()).resolves.toBe(2);
    await expect(page.getByTestId("without-skp-row").filter({ hasText: "Sri Simanjuntak" }).count()).resolves.toBe(1);
    await expect(page.getByTestId("city-row").filter({ hasText: "Badan Kepegawaian" }).innerText()).resolves.toContain("1 dari 2");

    // The indicator Eko Halim's RHK points to: the server's 409 is shown as it is.
    const inUse = await fetch(`${app.server.url}/api/opds/bkpsdm/indicators/${indicators[0]!.id}?year=${year}`, { method: "DELETE", headers: { "X-Dev-User": UTIN } }).then((r) => r.json());
    await page.getByRole("button", { name: `Hapus indikator ${indicators[0]!.indicator}` }).click();
    await page.getByText(inUse.error.message.id).waitFor();

    const csv = "sasaran;indikator;target;satuan\n;Tanpa sasaran;10;persen\nSasaran ada;Target bukan angka;sepuluh;persen\n";
    await page.getByLabel("Berkas .xlsx atau .csv").setInputFiles({ name: "indikator.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Impor", exact: true }).click();
    const problems = page.getByTestId("import-problem");
    await problems.first().waitFor();
    const rows = await problems.evaluateAll((trs) => trs.map((tr) => tr.querySelector("td")?.textContent));
    expect(rows).toEqual(expect.arrayContaining(["2", "3"]));
    await page.getByText(/Tidak ada yang diimpor/).waitFor();
    await expect(page.getByTestId("indicator-row").count()).resolves.toBe(2); // nothing was imported
    expect(await browser.seriousA11yViolations(page)).toEqual([]);
    await browser.screenshot(page, "coverage-light");

    await page.goto(`${app.server.url}/index.html?theme=dark&view=opd-planning`);
    await page.getByLabel("Perangkat daerah (OPD)").selectOption("bkpsdm");
    await page.getByTestId("coverage-summary").getByText(/1 dari 2/).waitFor();
    expect(await browser.seriousA11yViolations(page)).toEqual([]);
    await browser.screenshot(page, "coverage-dark");
    await page.close();
  });

  test("a supervisor rates a direct report from the list and sees the predikat before sending", async () => {
    const page = await chromium.newPage();
    await browser.signInLocally(page, app.server.url, UTIN, "?view=team-eval");
    const ekoRow = page.getByTestId("eval-row").filter({ hasText: "Eko Kusuma" });
    await ekoRow.getByText("Penilaian diri terkirim").waitFor();
    await expect(ekoRow.innerText()).resolves.toContain("Disetujui"); // the SKP column
    await page.getByRole("button", { name: "Nilai Eko Kusuma" }).click();
    const form = page.getByTestId("rating-form");
    await form.getByText("Realisasi menurut pegawai: Rekap 12 bulan selesai").waitFor();
    for (const rhk of ekoRhks) await form.getByRole("radiogroup", { name: `Capaian “${rhk}”` }).getByLabel("Sesuai ekspektasi").check();
    await form.getByLabel(`Umpan balik untuk “${ekoRhks[0]}” (opsional)`).fill("Rekap rapi dan tepat waktu.");
    await form.getByText("Saran aplikasi: Sesuai ekspektasi").waitFor();
    await form.getByRole("radiogroup", { name: "Rating hasil kerja" }).getByLabel("Di atas ekspektasi").check();
    await form.getByRole("radiogroup", { name: "Rating perilaku kerja" }).getByLabel("Di atas ekspektasi").check();
    await page.getByTestId("predikat-preview").getByText("Predikat yang akan dihitung server: Sangat Baik").waitFor();

    // Above the suggestion without a reason: the server's message stands under the reason field.
    const reason = form.getByLabel("Alasan memilih rating yang berbeda dari saran");
    await form.getByRole("button", { name: "Kirim penilaian" }).click();
    await form.locator('textarea[aria-invalid="true"]').waitFor();
    expect(await browser.seriousA11yViolations(page)).toEqual([]);
    await browser.screenshot(page, "team-eval-light");
    await reason.fill("Dasbor selesai sebulan lebih cepat dari rencana.");
    await form.getByRole("button", { name: "Kirim penilaian" }).click();
    await page.getByText("Penilaian Eko Kusuma tersimpan.").waitFor();
    await ekoRow.getByText("Sudah dinilai atasan").waitFor();
    await expect(ekoRow.innerText()).resolves.toContain("Sangat Baik");
    const stored = await call(UTIN, "GET", `/api/evaluations/${periodId}/${EKO}`);
    expect(stored.evaluation.rating).toMatchObject({ hasilKerja: "DI_ATAS", perilakuKerja: "DI_ATAS", predikat: "SANGAT_BAIK" });
    expect(stored.evaluation.rating.rhkAssessments[0].feedback).toBe("Rekap rapi dan tepat waktu.");

    // The unit's calibration chart (Utin heads the unit): one proposed Sangat Baik, the others not rated yet.
    await page.getByTestId("calibration-chart").getByTestId("bar-row").filter({ hasText: "Sangat Baik" }).getByText("1", { exact: true }).waitFor();
    await page.getByText(/Belum dinilai: .*Eko Lestari/).waitFor();

    await page.goto(`${app.server.url}/index.html?theme=dark&view=team-eval`);
    await page.getByRole("button", { name: "Nilai Eko Kusuma" }).click();
    await page.getByTestId("rating-form").waitFor();
    expect(await browser.seriousA11yViolations(page)).toEqual([]);
    await browser.screenshot(page, "team-eval-dark");
    await page.close();
  });

  test("after penetapan the employee sees the predikat, both ratings and the feedback, and accepts", async () => {
    for (const id of TEAM.filter((x) => x !== EKO)) {
      await call(UTIN, "POST", `/api/evaluations/${periodId}/${id}/rating`, { formId: crypto.randomUUID(), rhkAssessments: [], hasilKerja: "SESUAI", perilakuKerja: "SESUAI" });
    }
    await call(HEAD, "PUT", `/api/calibration/${periodId}/bkpsdm-pk/org-predikat`, { orgPredikat: "ISTIMEWA" });
    const view = await call(UTIN, "GET", `/api/calibration/${periodId}/bkpsdm-pk`);
    if (!view.distributionOk) await call(SRI, "POST", `/api/calibration/${periodId}/bkpsdm-pk/override`, { reason: "Uji tampilan" });
    await call(UTIN, "POST", `/api/calibration/${periodId}/bkpsdm-pk/tetapkan`);

    const page = await chromium.newPage();
    await browser.signInLocally(page, app.server.url, EKO, "?view=my-eval");
    const mine = page.getByTestId("my-evaluation").first();
    await mine.getByText("Ditetapkan").waitFor();
    const text = await mine.innerText();
    expect(text).toContain("Sangat Baik");
    expect(text).toMatch(/Rating hasil kerja\s+Di atas ekspektasi/);
    expect(text).toContain("Rekap rapi dan tepat waktu.");
    expect(await browser.seriousA11yViolations(page)).toEqual([]);
    await browser.screenshot(page, "my-eval-light");
    await mine.getByRole("button", { name: "Terima" }).click();
    await mine.getByText(/Anda menerima hasil ini/).waitFor();
    expect((await call(EKO, "GET", `/api/evaluations/${periodId}/${EKO}`)).state).toBe("diterima");
    await page.goto(`${app.server.url}/index.html?theme=dark&view=my-eval`);
    await page.getByTestId("my-evaluation").first().getByText("Diterima").first().waitFor();
    await browser.screenshot(page, "my-eval-dark");
    await page.close();
  });
});
