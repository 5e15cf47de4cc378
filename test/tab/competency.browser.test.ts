import fs from "node:fs";
import type { Page } from "playwright-core";
import { toWibDate } from "../../src/domain/time";
import { COMPETENCY_STRINGS } from "../../src/tab/app/screens/competency/competency-strings";
import { asUser } from "../support/teams-client";
import * as browser from "./support/browser";
import { expectDictionaryParity, tabSession } from "./support/tab-session";

const PUTRI = "37ef1c35-9b20-431f-8e78-e7aa3569ad45"; // Putri Permata, Pengelola Kompetensi (role "kompetensi")
const UTIN = "694472d1-a7d3-4946-a081-37f33a087ec9"; // Utin Wijaya, Admin Kinerja, Eko Kusuma's supervisor
const EKO = "449ab166-8186-4856-8c52-9b4839c340b3"; // Eko Kusuma (bkpsdm-pk)
const AGUS = "878c176b-5590-455c-af46-f7f0139c9320"; // Agus Maulana, head of disdukcapil-pi
const NUR = "87e9d220-cfd5-4872-bb95-c97fae96da58"; // Nur Anggraini (Fungsional), reports to Agus
const PUTRI_LIM = "c83d7424-2306-4ac7-b60f-1b1d27bacbd6"; // Putri Lim (Pelaksana), reports to Agus
const TAUFIK = "da8e4e5f-b2ec-487f-bfea-f6249873d589"; // Taufik Kusuma (Pelaksana), reports to Agus
const GUSTI_H = "82258bfa-ce68-47ae-ae90-70bf4eda2645"; // Gusti Hidayat, head of dinkes-yankes
const LINA = "16351974-c9d0-4dce-a85d-0893719436f0"; // Lina Permata (Fungsional), reports to Gusti Hidayat
const GUSTI_R = "ae433d84-9950-4030-ae27-6d6c733171b5"; // Gusti Rahman, head of the OPD disdukcapil (JPT)
const TARGET_UNIT = "disdukcapil-pi";
const WORKSHOP = "Workshop pelayanan publik prima";
const idNumber = (n: number) => new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 }).format(n);

describe("the competency screens' dictionary", () => {
  test("same keys in both languages, no empty text, the same {placeholders}", () => {
    expectDictionaryParity(COMPETENCY_STRINGS);
  });
});

const describeInBrowser = browser.browserTestsEnabled() ? describe : describe.skip;
jest.setTimeout(120_000);

describeInBrowser("Pelatihan and Kebutuhan pelatihan (TNA) in headless Chromium (real server, Azurite)", () => {
  const session = tabSession("competency", { ANNOUNCEMENT_TICK_MS: "200" });
  const call = session.call;
  const cells = (row: ReturnType<Page["getByTestId"]>) => row.locator("td").allInnerTexts();

  test("the Pengelola Kompetensi adds a workshop, announces it, sees the waiting list and confirms attendance; the JP are credited", async () => {
    const day = toWibDate(new Date(Date.now() + 2 * 24 * 3600_000));
    const members = session.app.directory.getUnitMembers(TARGET_UNIT, { recursive: true });
    const audience = members.length;
    // All but one installed the app: that one cannot be reached in personal chat and counts as failed.
    for (const p of members.slice(1)) await session.app.teams.install(asUser(p));
    const page = await session.chromium.newPage();
    await browser.signInLocally(page, session.app.server.url, PUTRI, "?view=trainings");
    await page.getByText("Belum ada pelatihan di katalog. Tambahkan yang pertama dengan formulir di bawah.").waitFor();

    // Only a title: every other mistake is the server's, in plain language under its field; nothing is created.
    await page.getByLabel("Judul").fill(WORKSHOP);
    await page.getByRole("button", { name: "Simpan pelatihan" }).click();
    await page.getByText("Ada isian yang perlu diperbaiki; lihat pesan di bawah setiap isian.").waitFor();
    await page.getByText("Isi tempat atau tautan daring.").waitFor();
    await expect(page.getByText("Wajib diisi.").count()).resolves.toBe(6); // type, JP, seats, start, end, what it develops
    await expect(page.locator('[aria-invalid="true"]').count()).resolves.toBeGreaterThanOrEqual(5);
    await expect(call(PUTRI, "GET", "/api/trainings")).resolves.toEqual([]);
    expect(await browser.seriousA11yViolations(page)).toEqual([]);
    await browser.screenshot(page, "trainings-form-errors-light");

    await page.getByLabel("Jenis").selectOption("seminar-workshop");
    await page.getByLabel("JP (1 JP = 45 menit)").fill("4");
    await page.getByLabel("Kuota peserta").fill("1");
    await page.getByLabel("Mulai (WIB)").fill(`${day}T09:00`);
    await page.getByLabel("Selesai (WIB)").fill(`${day}T12:00`);
    await page.getByLabel("Tempat").fill("Aula BKPSDM");
    await page.getByTestId("value-choices").getByLabel("Berorientasi Pelayanan").check();
    await page.getByLabel("Kompetensi lain yang dikembangkan (pisahkan dengan koma)").fill("Pelayanan publik, Komunikasi");
    await page.getByTestId("unit-choices").getByLabel(session.app.directory.getUnit(TARGET_UNIT)!.name).check();
    await page.getByRole("button", { name: "Simpan pelatihan" }).click();
    await page.getByText(`“${WORKSHOP}” ditambahkan ke katalog.`, { exact: false }).waitFor();
    const [stored] = await call(PUTRI, "GET", "/api/trainings");
    expect(stored).toMatchObject({ title: WORKSHOP, type: "seminar-workshop", jp: 4, capacity: 1, place: "Aula BKPSDM", addresses: ["berorientasi-pelayanan", "Pelayanan publik", "Komunikasi"], targetUnitIds: [TARGET_UNIT], start: `${day}T02:00:00.000Z` });

    const row = page.getByTestId("training-row").filter({ hasText: WORKSHOP });
    await row.waitFor();
    const when = await cells(row).then((c) => c[3]!);
    expect(when).toMatch(/09\.00–12\.00 WIB$/);
    await page.getByRole("button", { name: `Umumkan ${WORKSHOP}` }).click();
    const result = page.getByTestId("announce-result");
    await result.getByText(`“${WORKSHOP}”: kartu pendaftaran sedang dikirim ke ${audience} pegawai dari ${audience} pegawai sasaran.`).waitFor();
    await result.locator('[data-testid="announce-delivery"][data-settled="true"]').waitFor({ timeout: 30_000 });
    await expect(result.getByTestId("announce-delivery").innerText()).resolves.toBe(`Terkirim ${audience - 1}, gagal 1, belum diproses 0 dari ${audience} kartu.`);
    expect(await browser.seriousA11yViolations(page)).toEqual([]);
    await browser.screenshot(page, "trainings-announced-light");
    // Announcing again reaches nobody twice.
    await page.getByRole("button", { name: `Umumkan ${WORKSHOP}` }).click();
    await page.getByTestId("announce-result").getByText(`“${WORKSHOP}”: semua ${audience} pegawai sasaran sudah menerima kartunya; tidak ada yang dikirim ulang.`).waitFor();

    // Two register beyond the single seat: the second waits, and the list says so.
    const first = await call(PUTRI_LIM, "POST", `/api/trainings/${stored.id}/registration`);
    const second = await call(TAUFIK, "POST", `/api/trainings/${stored.id}/registration`);
    expect([first.registration.status, second.registration.status]).toEqual(["registered", "waitlisted"]);
    await page.reload();
    await page.getByTestId("training-row").first().waitFor();
    await expect(cells(page.getByTestId("training-row").filter({ hasText: WORKSHOP })).then((c) => c.slice(5, 8))).resolves.toEqual(["1", "1", "1"]);

    await page.getByRole("button", { name: `Peserta ${WORKSHOP}` }).click();
    const panel = page.getByTestId("participants");
    await panel.getByTestId("participant-row").nth(1).waitFor();
    await expect(cells(panel.getByTestId("participant-row").filter({ hasText: "Taufik Kusuma" }))).resolves.toEqual(["Taufik Kusuma", "Daftar tunggu", "—", "—"]);
    await expect(panel.getByRole("checkbox", { name: "Hadir: Taufik Kusuma" }).count()).resolves.toBe(0);
    await panel.getByRole("checkbox", { name: "Hadir: Putri Lim" }).check();
    expect(await browser.seriousA11yViolations(page)).toEqual([]);
    await browser.screenshot(page, "trainings-light");
    await panel.getByRole("button", { name: "Simpan kehadiran" }).click();
    await panel.getByText("Kehadiran 1 peserta disimpan; JP-nya dihitung.").waitFor();
    const attended = panel.getByTestId("participant-row").filter({ hasText: "Putri Lim" });
    await attended.getByText("Hadir", { exact: true }).waitFor();
    await expect(attended.getByTestId("credited-jp").innerText()).resolves.toBe("4 JP");
    await expect(panel.getByRole("checkbox", { name: "Hadir: Putri Lim" }).isDisabled()).resolves.toBe(true);
    const plan = await call(PUTRI_LIM, "GET", `/api/competency/plan/${PUTRI_LIM}?year=${day.slice(0, 4)}`);
    expect(plan.jp).toMatchObject({ total: 4, reached: false, remaining: 16 });
    expect(plan.jp.credits).toEqual([expect.objectContaining({ title: WORKSHOP, jp: 4, status: "credited" })]);
    expect(await browser.seriousA11yViolations(page)).toEqual([]);

    await page.goto(`${session.app.server.url}/index.html?theme=dark&view=trainings`);
    await page.getByRole("button", { name: `Peserta ${WORKSHOP}` }).click();
    await page.getByTestId("credited-jp").getByText("4 JP").waitFor();
    expect(await browser.seriousA11yViolations(page)).toEqual([]);
    await browser.screenshot(page, "trainings-dark");
    await page.close();
  });

  test("the admin sees the training needs with exact counts, the people behind them, the 20 JP share, and exports .xlsx", async () => {
    const year = toWibDate(new Date()).slice(0, 4);
    for (const [supervisor, employee, needs] of [
      [AGUS, NUR, ["Pelayanan publik", "Analisis data"]],
      [AGUS, PUTRI_LIM, ["Pelayanan publik"]],
      [GUSTI_H, LINA, ["Pelayanan publik"]],
    ] as const) {
      await call(supervisor, "POST", `/api/competency/needs/${employee}`, { add: needs });
    }
    const external = await call(EKO, "POST", "/api/competency/external", { title: "Diklat kepemimpinan", jp: 20, date: toWibDate(new Date()), evidenceUrl: "https://example.org/sertifikat.pdf" });
    await call(UTIN, "POST", `/api/competency/external/${EKO}/${external.id}/decision`, { year: Number(year), decision: "verify" });
    const staff = session.app.directory.listPeople().length;
    const pi = session.app.directory.getUnit("disdukcapil-pi")!.name;
    const yankes = session.app.directory.getUnit("dinkes-yankes")!.name;

    const page = await session.chromium.newPage();
    await browser.signInLocally(page, session.app.server.url, UTIN, "?view=tna");
    const service = page.getByTestId("tna-row").filter({ hasText: "Pelayanan publik" });
    await service.waitFor();
    await expect(cells(service).then((c) => c.slice(0, 3))).resolves.toEqual(["Pelayanan publik", "Rekomendasi atasan", "3"]);
    await expect(service.getByTestId("tna-by-unit").innerText()).resolves.toBe(`${pi}: 2\n${yankes}: 1`);
    await expect(service.getByTestId("tna-by-jabatan").innerText()).resolves.toBe("Fungsional: 2\nPelaksana: 1");
    await expect(page.getByTestId("tna-row").filter({ hasText: "Analisis data" }).getByTestId("tna-count").innerText()).resolves.toBe("1");
    await page.getByTestId("tna-chart").getByTestId("bar-row").filter({ hasText: "Pelayanan publik" }).getByText("3", { exact: true }).waitFor();
    await page.getByRole("button", { name: "Lihat pegawai dengan kebutuhan Pelayanan publik" }).click();
    await expect(page.getByTestId("tna-people").getByTestId("tna-person").locator("td:first-child").allInnerTexts()).resolves.toEqual(["Lina Permata", "Nur Anggraini", "Putri Lim"]);
    const share = `${idNumber(Math.round(1000 / staff) / 10)}%`;
    await expect(page.getByTestId("jp-total").innerText()).resolves.toBe(`1 dari ${staff} pegawai (${share}) sudah mencapai 20 JP tahun ${year}.`);
    const bkpsdm = page.getByTestId("jp-opds").getByTestId("jp-row").filter({ hasText: session.app.directory.getUnit("bkpsdm")!.name });
    const bkpsdmStaff = session.app.directory.getUnitMembers("bkpsdm", { recursive: true }).length;
    await expect(cells(bkpsdm).then((c) => c.slice(1))).resolves.toEqual([String(bkpsdmStaff), "1", `${idNumber(Math.round(1000 / bkpsdmStaff) / 10)}%`]);
    expect(await browser.seriousA11yViolations(page)).toEqual([]);
    await browser.screenshot(page, "tna-light");

    // One OPD: only its needs count.
    await page.getByLabel("Cakupan").selectOption("disdukcapil");
    const opdStaff = session.app.directory.getUnitMembers("disdukcapil", { recursive: true }).length;
    await page.getByTestId("jp-total").getByText(`0 dari ${opdStaff} pegawai (0%) sudah mencapai 20 JP tahun ${year}.`).waitFor();
    await expect(page.getByTestId("tna-row").filter({ hasText: "Pelayanan publik" }).getByTestId("tna-count").innerText()).resolves.toBe("2");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Unduh .xlsx" }).click()]);
    expect(download.suggestedFilename()).toBe(`analisis-kebutuhan-pelatihan-disdukcapil-${year}.xlsx`);
    expect(fs.statSync((await download.path())!).size).toBeGreaterThan(1000);

    // English through the locale switch, same numbers.
    await page.goto(`${session.app.server.url}/index.html?theme=dark&view=tna`);
    await page.getByTestId("tna-row").filter({ hasText: "Pelayanan publik" }).getByTestId("tna-count").getByText("3").waitFor();
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "Training needs (TNA)" }).waitFor();
    await expect(cells(page.getByTestId("tna-row").filter({ hasText: "Pelayanan publik" })).then((c) => c.slice(1, 3))).resolves.toEqual(["Supervisor's recommendation", "3"]);
    await expect(page.getByTestId("jp-total").innerText()).resolves.toBe(`1 of ${staff} staff (${share.replace(",", ".")}) have reached 20 JP in ${year}.`);
    expect(await browser.seriousA11yViolations(page)).toEqual([]);
    await browser.screenshot(page, "tna-dark");
    await page.close();

    // The head of an OPD sees their own OPD only (no city, no export).
    const head = await session.chromium.newPage();
    await browser.signInLocally(head, session.app.server.url, GUSTI_R, "?view=tna");
    await expect(head.getByTestId("tna-row").filter({ hasText: "Pelayanan publik" }).getByTestId("tna-count").innerText()).resolves.toBe("2");
    await expect(head.getByLabel("Cakupan").count()).resolves.toBe(0);
    await expect(head.getByRole("button", { name: "Unduh .xlsx" }).count()).resolves.toBe(0);
    await head.close();
  });
});
