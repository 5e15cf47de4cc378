import { toWibDate } from "../../src/domain/time";
import { SOCIAL_STRINGS } from "../../src/tab/app/screens/admin/announcements/social-strings";
import { JP_STRINGS } from "../../src/tab/app/screens/staff/jp/jp-strings";
import { asUser } from "../support/teams-client";
import * as browser from "./support/browser";
import { expectDictionaryParity, tabSession } from "./support/tab-session";

const UTIN = "694472d1-a7d3-4946-a081-37f33a087ec9"; // Utin Wijaya, Admin Kinerja, Eko Kusuma's supervisor
const EKO = "449ab166-8186-4856-8c52-9b4839c340b3"; // Eko Kusuma
const OPD = "disdukcapil";

describe("the socialization and JP screens' dictionaries", () => {
  test.each([
    ["announcements and adoption", SOCIAL_STRINGS],
    ["JP saya", JP_STRINGS],
  ] as const)("%s: same keys in both languages, no empty text, the same {placeholders}", (_name, dict) => {
    expectDictionaryParity(dict);
  });
});

const describeInBrowser = browser.browserTestsEnabled() ? describe : describe.skip;
jest.setTimeout(90_000);

describeInBrowser("announcements, adoption and JP saya in headless Chromium (real server, Azurite)", () => {
  const session = tabSession("social", { ANNOUNCEMENT_TICK_MS: "200" });
  const call = session.call;

  test("the admin previews and sends to an OPD, follows the sending to the end, and sees the OPD's installed share", async () => {
    const members = session.app.directory.getUnitMembers(OPD, { recursive: true });
    const opdName = session.app.directory.getUnit(OPD)!.name;
    expect(members.length).toBeGreaterThan(2);
    // All but one installed the app: that one cannot be reached in personal chat and is counted as failed.
    const installed = members.slice(1);
    for (const p of installed) await session.app.teams.install(asUser(p));

    const page = await session.chromium.newPage();
    await browser.signInLocally(page, session.app.server.url, UTIN, "?view=announcements");
    await page.getByLabel("Judul (Bahasa Indonesia)").fill("Batas pengisian SKP 2027");
    await page.getByLabel("Isi (Bahasa Indonesia)").fill("SKP tahun depan diajukan paling lambat 31 Januari.");
    await page.getByLabel("Judul (bahasa Inggris, opsional)").fill("SKP 2027 deadline");
    await page.getByLabel("Tautan (https, opsional)").fill("http://tidak-aman.example");
    await page.getByTestId("opd-choices").getByLabel(opdName).check();

    // An http link: the server's message stands under the field, nothing is sent.
    await page.getByRole("button", { name: "Pratinjau kartu" }).click();
    await page.locator('input[aria-invalid="true"]').waitFor();
    await page.getByLabel("Tautan (https, opsional)").fill("https://bkpsdm.pontianak.go.id/skp");
    await page.getByRole("button", { name: "Pratinjau kartu" }).click();
    const preview = page.getByTestId("card-preview");
    await preview.getByText("Batas pengisian SKP 2027").waitFor();
    await preview.getByText("SKP 2027 deadline").waitFor();
    await preview.getByRole("button", { name: "Tombol: Saya sudah membaca dan memahami" }).waitFor();
    await preview.getByText(/Ukuran kartu: [\d,]+ KB/).waitFor();
    expect(await browser.seriousA11yViolations(page)).toEqual([]);
    await browser.screenshot(page, "announcement-compose-light");

    await page.getByRole("button", { name: "Kirim pengumuman" }).click();
    const progress = page.getByTestId("announcement-progress");
    await progress.getByTestId("announcement-status").getByText("Selesai").waitFor({ timeout: 30_000 });
    await progress.getByText(`${members.length} dari ${members.length} penerima diproses`).waitFor();
    await expect(progress.getByTestId("totals").innerText()).resolves.toBe(`Terkirim ${installed.length}, gagal 1, sudah membaca 0 dari ${members.length} penerima.`);
    const row = page.getByTestId("announcement-opd-row").filter({ hasText: opdName });
    await expect(row.locator("td").allInnerTexts()).resolves.toEqual([opdName, String(members.length), String(installed.length), "1", "0", "0"]);
    await expect(page.getByRole("progressbar").getAttribute("aria-valuenow")).resolves.toBe("1");
    expect(await browser.seriousA11yViolations(page)).toEqual([]);
    await browser.screenshot(page, "announcement-progress-light");
    const stored = await call(UTIN, "GET", "/api/announcements");
    expect(stored.map((a: { content: { titleId: string } }) => a.content.titleId)).toEqual(["Batas pengisian SKP 2027"]);
    await progress.getByText("Sebab gagal: belum memasang aplikasi (1)").waitFor();
    // The list below follows: once the sending is done, so is its row.
    await page.getByTestId("announcement-row").filter({ hasText: "Batas pengisian SKP 2027" }).getByText("Selesai").waitFor();

    // A scheduled one (tomorrow 08:00 WIB) waits, and cancelling it means it is never sent.
    await page.getByRole("button", { name: "Tulis pengumuman baru" }).click();
    await page.getByLabel("Judul (Bahasa Indonesia)").fill("Sosialisasi aplikasi");
    await page.getByLabel("Isi (Bahasa Indonesia)").fill("Pasang Kinerja ASN di Teams.");
    await page.getByTestId("opd-choices").getByLabel(opdName).check();
    await page.getByRole("radiogroup", { name: "Waktu kirim" }).getByLabel("Jadwalkan").check();
    const tomorrow = toWibDate(new Date(Date.now() + 24 * 3600_000));
    await page.getByLabel("Tanggal dan jam kirim (WIB)").fill(`${tomorrow}T08:00`);
    await page.getByRole("button", { name: "Jadwalkan pengumuman" }).click();
    await page.getByTestId("announcement-status").getByText("Terjadwal").waitFor();
    await page.getByText(/Dijadwalkan pada .*08\.00 WIB/).waitFor();
    await page.getByRole("button", { name: "Batalkan pengiriman" }).click();
    await page.getByText("Pengiriman dibatalkan. Yang sudah terkirim tetap terkirim.").waitFor();
    await page.getByTestId("announcement-status").getByText("Dibatalkan").waitFor();
    await expect(page.getByRole("button", { name: "Batalkan pengiriman" }).count()).resolves.toBe(0);
    const all = await call(UTIN, "GET", "/api/announcements");
    expect(all.find((a: { content: { titleId: string } }) => a.content.titleId === "Sosialisasi aplikasi")).toMatchObject({ status: "cancelled" });

    await page.goto(`${session.app.server.url}/index.html?theme=dark&view=announcements`);
    await page.getByRole("button", { name: "Lihat pengiriman Batas pengisian SKP 2027" }).click();
    await page.getByTestId("announcement-status").getByText("Selesai").waitFor();
    expect(await browser.seriousA11yViolations(page)).toEqual([]);
    await browser.screenshot(page, "announcement-progress-dark");

    await page.goto(`${session.app.server.url}/index.html?view=adoption`);
    const adoption = page.getByTestId("adoption-row").filter({ hasText: opdName });
    const pct = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 }).format(Math.round((installed.length / members.length) * 1000) / 10);
    await expect(adoption.innerText()).resolves.toContain(`${pct}% (${installed.length} dari ${members.length})`);
    await page.getByTestId("adoption-chart").getByTestId("bar-row").filter({ hasText: opdName }).getByText(pct, { exact: true }).waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Unduh .xlsx" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^adopsi-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(await browser.seriousA11yViolations(page)).toEqual([]);
    await browser.screenshot(page, "adoption-light");
    await page.goto(`${session.app.server.url}/index.html?theme=dark&view=adoption`);
    await page.getByTestId("adoption-row").first().waitFor();
    expect(await browser.seriousA11yViolations(page)).toEqual([]);
    await browser.screenshot(page, "adoption-dark");
    await page.close();
  });

  test("a channel post goes only to the chosen team of those where the app is installed", async () => {
    const admin = session.app.directory.getPerson(UTIN)!;
    const team = (n: number) => ({ teamId: `19:team-${n}@thread.tacv2`, channelId: `19:general-${n}@thread.tacv2` });
    for (const n of [1, 2]) {
      const { teamId, channelId } = team(n);
      const activity = { ...session.app.teams.envelope(asUser(admin), "installationUpdate"), action: "add", conversation: { id: channelId, conversationType: "channel", isGroup: true, tenantId: "t" }, channelData: { team: { id: teamId }, channel: { id: channelId }, tenant: { id: "t" } } };
      expect((await session.app.teams.post(activity)).status).toBe(200);
    }
    const before = session.app.connector.calls.length;
    const page = await session.chromium.newPage();
    await browser.signInLocally(page, session.app.server.url, UTIN, "?view=announcements");
    await page.getByLabel("Judul (Bahasa Indonesia)").fill("Rapat koordinasi SKP");
    await page.getByLabel("Isi (Bahasa Indonesia)").fill("Rapat di aula BKPSDM pukul 09.00.");
    await page.getByLabel("Kanal tim tempat aplikasi terpasang").check();
    const choices = page.getByTestId("team-choices");
    await choices.getByText("Tidak ada yang dipilih: dikirim ke 2 tim").waitFor();
    await choices.getByLabel(team(2).teamId).check();
    await choices.getByText("Dikirim ke 1 tim terpilih").waitFor();
    expect(await browser.seriousA11yViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Kirim pengumuman" }).click();
    await page.getByTestId("announcement-status").getByText("Selesai").waitFor({ timeout: 30_000 });
    await expect(page.getByTestId("totals").innerText()).resolves.toBe("Terkirim 1, gagal 0, sudah membaca 0 dari 1 penerima.");
    const posted = session.app.connector.calls.slice(before).filter((c) => c.method === "POST").map((c) => c.conversationId);
    expect(posted).toEqual([expect.stringContaining(team(2).channelId)]);
    await page.close();
  });

  test("staff see their JP towards 20 with the training their supervisor verified", async () => {
    const today = toWibDate(new Date());
    const record = await call(EKO, "POST", "/api/competency/external", { title: "Webinar manajemen kinerja", jp: 3, date: today, evidenceUrl: "https://example.org/sertifikat.pdf" });
    await call(UTIN, "POST", `/api/competency/external/${EKO}/${record.id}/decision`, { year: Number(today.slice(0, 4)), decision: "verify" });

    const page = await session.chromium.newPage();
    await browser.signInLocally(page, session.app.server.url, EKO);
    const card = page.getByTestId("jp-card");
    await card.getByText("3 dari 20 JP").waitFor();
    await card.getByText(/Kurang 17 JP lagi/).waitFor();
    await expect(card.getByRole("progressbar").getAttribute("aria-valuenow")).resolves.toBe("0.15");
    await expect(card.getByTestId("jp-credit").innerText()).resolves.toMatch(/Webinar manajemen kinerja: 3 JP.*Diverifikasi/s);
    await card.getByText(/Belum ada kebutuhan pengembangan/).waitFor();
    expect(await browser.seriousA11yViolations(page)).toEqual([]);
    await browser.screenshot(page, "staff-jp-light");
    await page.goto(`${session.app.server.url}/index.html?theme=dark`);
    await page.getByTestId("jp-card").getByText("3 dari 20 JP").waitFor();
    expect(await browser.seriousA11yViolations(page)).toEqual([]);
    await browser.screenshot(page, "staff-jp-dark");
    await page.close();
  });
});
