import { webDarkTheme } from "@fluentui/react-components";
import fs from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { startApp, type AppHarness } from "../support/app-harness";
import * as browser from "./support/browser";

const EMPLOYEE = "449ab166-8186-4856-8c52-9b4839c340b3"; // Eko Kusuma
const SUPERVISOR = "694472d1-a7d3-4946-a081-37f33a087ec9"; // Utin Wijaya, Eko's direct supervisor

const describeInBrowser = browser.browserTestsEnabled() ? describe : describe.skip;
// About 30 s on an idle 2-core machine; the margin is for a CI runner shared with other jobs.
jest.setTimeout(60_000);

describeInBrowser("the tab in headless Chromium (real server, Azurite, local mode)", () => {
  let app: AppHarness;
  let chromium: BrowserContext;
  let work: string;
  let staff: Page;
  const cspViolations: string[] = [];
  const activity = `Menyusun rekap absensi triwulan ${Date.now()}`;

  beforeAll(async () => {
    work = browser.tempDir("tab");
    browser.bundleTabInto(path.join(work, "assets"));
    app = await startApp({ tabAssetsDir: path.join(work, "assets") });
    chromium = await browser.launchChromium(path.join(work, "profile"));
    staff = await chromium.newPage();
    staff.on("console", (m) => {
      if (m.type() === "error" && /Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
  }, 60_000);

  afterAll(async () => {
    await chromium?.close();
    await app?.stop();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  test("the local sign-in is marked as local mode and is accessible", async () => {
    const page = await chromium.newPage();
    await page.goto(`${app.server.url}/index.html`);
    await page.getByRole("heading", { name: "Masuk lokal" }).waitFor();
    await expect(page.getByText("Mode lokal", { exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByText(/hanya untuk pengembangan/).isVisible()).resolves.toBe(true);
    expect(await browser.seriousA11yViolations(page)).toEqual([]);
    await browser.screenshot(page, "signin-light");
    await page.close();
  });

  test("staff submits a report; the supervisor sees it and answers inline; the staff member sees the answer", async () => {
    await browser.signInLocally(staff, app.server.url, EMPLOYEE);
    await staff.getByText("Belum ada laporan").waitFor(); // the empty state says what to do
    await staff.getByLabel("Apa yang dikerjakan").fill(activity);
    await staff.getByLabel("Jumlah (opsional)").fill("3");
    await staff.getByLabel("Satuan (wajib bila jumlah diisi)").fill("dokumen");
    await staff.getByRole("button", { name: "Kirim laporan" }).click();
    await staff.getByText("Laporan tersimpan").waitFor();
    const mine = staff.getByTestId("report").filter({ hasText: activity });
    await mine.getByText("Menunggu umpan balik").waitFor();
    await expect(mine.innerText()).resolves.toContain("Jumlah: 3 dokumen");
    await browser.screenshot(staff, "staff-home-light");

    const boss = await chromium.newPage();
    await browser.signInLocally(boss, app.server.url, SUPERVISOR);
    await boss.getByRole("tab", { name: "Tim saya" }).click();
    const ekoRow = boss.getByTestId("team-row").filter({ hasText: "Eko Kusuma" });
    await ekoRow.waitFor();
    await expect(ekoRow.locator("td").allInnerTexts()).resolves.toEqual([expect.stringContaining("Eko Kusuma"), "1", "1", "Lihat laporan"]);
    await boss.getByRole("button", { name: "Lihat laporan Eko Kusuma" }).click();
    const theirs = boss.getByTestId("report").filter({ hasText: activity });
    await theirs.getByRole("textbox").fill("Bagus, lanjutkan dengan rekap bulan depan.");
    expect(await browser.seriousA11yViolations(boss)).toEqual([]);
    await browser.screenshot(boss, "supervisor-light");
    await theirs.getByRole("button", { name: "Kirim umpan balik" }).click();
    await theirs.getByTestId("feedback").getByText("Bagus, lanjutkan dengan rekap bulan depan.").waitFor();
    await boss.getByText("Umpan balik terkirim ke Eko Kusuma.").waitFor();
    await expect(ekoRow.locator("td").nth(2).innerText()).resolves.toBe("0");

    // The filter "only people waiting for feedback" now leaves Eko out.
    await boss.getByLabel("Cari nama atau jabatan").fill("kusuma");
    await boss.getByTestId("team-row").filter({ hasText: "Ahmad Susanto" }).waitFor({ state: "detached" });
    await expect(boss.getByTestId("team-row").count()).resolves.toBe(1);
    await boss.getByLabel("Hanya yang menunggu umpan balik").check();
    await boss.getByText("Tidak ada pegawai yang cocok").waitFor();
    await boss.close();

    await staff.reload();
    await mine.getByTestId("feedback").getByText("Bagus, lanjutkan dengan rekap bulan depan.").waitFor();
    await expect(mine.getByText("Menunggu umpan balik").count()).resolves.toBe(0);
  });

  test("a form with bad input shows the server's message next to each field and keeps the values", async () => {
    const body = { formId: crypto.randomUUID(), date: "2026-11-27", activity: "Rapat koordinasi", quantity: "2", evidenceUrl: "ftp://x" };
    const answer = await fetch(`${app.server.url}/api/reports`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Dev-User": EMPLOYEE },
      body: JSON.stringify(body),
    }).then((r) => r.json());
    const serverMessage = (field: string) => answer.error.fields.find((f: any) => f.field === field).message.id as string;

    await staff.getByLabel("Apa yang dikerjakan").fill("Rapat koordinasi");
    await staff.getByLabel("Jumlah (opsional)").fill("2");
    await staff.getByLabel("Tautan bukti dukung (opsional)").fill("ftp://x");
    await staff.getByRole("button", { name: "Kirim laporan" }).click();
    const unit = staff.getByLabel("Satuan (wajib bila jumlah diisi)");
    const evidence = staff.getByLabel("Tautan bukti dukung (opsional)");
    await staff.locator('[aria-invalid="true"][name="unit"]').waitFor();
    await expect(describedBy(staff, unit)).resolves.toContain(serverMessage("unit"));
    await expect(describedBy(staff, evidence)).resolves.toContain(serverMessage("evidenceUrl"));
    await expect(unit.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(staff.getByLabel("Apa yang dikerjakan").inputValue()).resolves.toBe("Rapat koordinasi");
    await expect(staff.getByLabel("Jumlah (opsional)").inputValue()).resolves.toBe("2");
    await expect(evidence.inputValue()).resolves.toBe("ftp://x");
    expect(await browser.seriousA11yViolations(staff)).toEqual([]);
    await browser.screenshot(staff, "staff-form-errors-light");
  });

  test("the language switch changes the texts, the document language and the date format", async () => {
    await staff.reload();
    const reportDate = staff.getByTestId("report").first().locator("span").first();
    const isoDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date());
    const inLang = (tag: string) => new Intl.DateTimeFormat(tag, { dateStyle: "full", timeZone: "UTC" }).format(new Date(`${isoDate}T00:00:00Z`));
    await expect(reportDate.innerText()).resolves.toBe(inLang("id-ID"));

    await staff.getByRole("button", { name: "English" }).click();
    await staff.getByRole("heading", { name: "Today's progress report" }).waitFor();
    await expect(staff.getByRole("button", { name: "Send report" }).isVisible()).resolves.toBe(true);
    await expect(staff.evaluate(() => document.documentElement.lang)).resolves.toBe("en");
    await expect(reportDate.innerText()).resolves.toBe(inLang("en-GB"));
    await expect(staff.getByRole("button", { name: "English" }).getAttribute("aria-pressed")).resolves.toBe("true");

    await staff.getByRole("button", { name: "Bahasa Indonesia" }).click();
    await staff.getByRole("heading", { name: "Laporan progres hari ini" }).waitFor();
    await expect(staff.evaluate(() => document.documentElement.lang)).resolves.toBe("id");
  });

  test("an English Teams locale in the URL opens the tab in English", async () => {
    await staff.goto(`${app.server.url}/index.html?locale=en-us&theme=default`);
    await staff.getByRole("heading", { name: "My reports" }).waitFor();
  });

  test("the dark theme Teams asks for (theme=dark in contentUrl) is applied and stays accessible", async () => {
    await staff.goto(`${app.server.url}/index.html?locale=id-id&theme=dark`);
    await staff.getByRole("heading", { name: "Laporan saya" }).waitFor();
    const background = await staff.locator("[data-theme]").evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe(rgb(webDarkTheme.colorNeutralBackground1));
    expect(await browser.seriousA11yViolations(staff)).toEqual([]);
    await browser.screenshot(staff, "staff-home-dark");

    const boss = await chromium.newPage();
    await browser.signInLocally(boss, app.server.url, SUPERVISOR, "?theme=dark&view=team");
    await boss.getByRole("button", { name: "Lihat laporan Eko Kusuma" }).click();
    await boss.getByRole("heading", { name: "Laporan Eko Kusuma" }).waitFor();
    expect(await browser.seriousA11yViolations(boss)).toEqual([]);
    await browser.screenshot(boss, "supervisor-dark");
    await boss.close();
  });

  test("outside local mode the tab offers no sign-in and says to open it in Teams", async () => {
    const production = await startApp({
      env: { BOT_ID: "11111111-2222-3333-4444-555555555555", BOT_PASSWORD: "not-used" },
      tabAssetsDir: path.join(work, "assets"),
    });
    const page = await chromium.newPage();
    try {
      await page.goto(`http://127.0.0.1:${production.server.port}/index.html`);
      await page.getByText("Buka di Microsoft Teams").waitFor();
      await expect(page.getByLabel("Pilih pegawai dari organisasi demo").count()).resolves.toBe(0);
      await expect(page.getByText("Mode lokal", { exact: true }).count()).resolves.toBe(0);
    } finally {
      await page.close();
      await production.stop();
    }
  });

  test("the strict CSP (no inline script) holds: nothing the staff page did was refused", () => {
    expect(cspViolations).toEqual([]);
  });

  test("HTML shells are revalidated on every load; content-hashed bundles are cached for good", async () => {
    const shell = await fetch(`${app.server.url}/index.html`);
    const html = await shell.text();
    expect(shell.headers.get("cache-control")).toBe("no-cache");
    expect(shell.headers.get("content-security-policy")).toContain("script-src 'self';");
    const bundle = /src="(app\/main-[A-Z0-9]+\.js)"/.exec(html)?.[1];
    expect(bundle).toBeDefined();
    const asset = await fetch(`${app.server.url}/${bundle}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get("cache-control")).toContain("immutable");
  });

  test("the report form can be filled and submitted with the keyboard only", async () => {
    const page = await chromium.newPage();
    await browser.signInLocally(page, app.server.url, EMPLOYEE);
    const focusedLabel = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const label = el?.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : undefined;
        return (label ?? el?.textContent ?? "").replace("*", "").trim(); // required fields end with " *"
      });
    for (let i = 0; i < 40 && (await focusedLabel()) !== "Apa yang dikerjakan"; i++) await page.keyboard.press("Tab");
    expect(await focusedLabel()).toBe("Apa yang dikerjakan");
    await page.keyboard.type("Memperbarui data kepegawaian lewat keyboard");
    await page.keyboard.press("Tab");
    await page.keyboard.type("5");
    await page.keyboard.press("Tab");
    await page.keyboard.type("berkas");
    await page.keyboard.press("Tab"); // evidence link stays empty
    await page.keyboard.press("Tab");
    expect(await focusedLabel()).toBe("Kirim laporan");
    await page.keyboard.press("Enter");
    await page.getByText("Laporan tersimpan").waitFor();
    await page.getByTestId("report").filter({ hasText: "Memperbarui data kepegawaian lewat keyboard" }).getByText("Jumlah: 5 berkas").waitFor();
    await page.close();
  });

  test("the channel tab's configuration page offers the views and is accessible", async () => {
    const page = await chromium.newPage();
    await page.goto(`${app.server.url}/config.html`);
    await page.getByRole("heading", { name: "Atur tab Kinerja ASN" }).waitFor();
    await page.getByRole("radio", { name: "Tim saya" }).check();
    await expect(page.getByRole("radio", { name: "Beranda saya" }).isChecked()).resolves.toBe(false);
    await expect(page.getByText(/Buka dari Teams untuk menyimpan/).isVisible()).resolves.toBe(true);
    expect(await browser.seriousA11yViolations(page)).toEqual([]);
    await browser.screenshot(page, "config-light");
    await page.close();
  });

  // Last: defining this year's periods changes which report dates the server accepts.
  test("an admin sees the directory and the periods and defines a year; nobody else gets the admin entry", async () => {
    const eko = await chromium.newPage();
    await browser.signInLocally(eko, app.server.url, EMPLOYEE);
    await eko.getByRole("heading", { name: "Laporan saya" }).waitFor();
    await eko.getByRole("tab", { name: "SKP saya" }).waitFor(); // Eko has a navigation (planning), but no admin entry
    await expect(eko.getByRole("tab", { name: "Admin BKPSDM" }).count()).resolves.toBe(0);
    await eko.close();

    const admin = await chromium.newPage();
    await browser.signInLocally(admin, app.server.url, SUPERVISOR); // Utin Wijaya is also Admin Kinerja
    await admin.getByRole("tab", { name: "Admin BKPSDM" }).click();
    const status = admin.getByTestId("directory-status");
    await expect(status.innerText()).resolves.toContain(`Pegawai\n${app.directory.listPeople().length}`);
    await admin.getByText("Belum ada periode penilaian").waitFor();

    const refused = await fetch(`${app.server.url}/api/periods/1999`, {
      method: "PUT",
      headers: { "Content-Type": "application/json", "X-Dev-User": SUPERVISOR },
      body: JSON.stringify({ type: "bulanan" }),
    }).then((r) => r.json());
    const year = admin.getByRole("textbox", { name: "Tahun" });
    await year.fill("1999");
    await admin.getByRole("button", { name: "Tetapkan periode", exact: true }).click();
    await admin.locator('[aria-invalid="true"]').waitFor();
    await expect(describedBy(admin, year)).resolves.toContain(refused.error.fields[0].message.id);

    const thisYear = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric" }).format(new Date());
    const thisMonth = new Intl.DateTimeFormat("id-ID", { timeZone: "Asia/Jakarta", month: "long" }).format(new Date());
    await year.fill(thisYear);
    await admin.getByRole("button", { name: "Tetapkan periode", exact: true }).click();
    await admin.getByText(`Periode tahun ${thisYear} tersimpan.`).waitFor();
    await admin.getByTestId("period-row").first().waitFor(); // the list reloads after the save
    await expect(admin.getByTestId("period-row").count()).resolves.toBe(12);
    await admin.getByTestId("period-row").filter({ hasText: thisMonth }).getByText("Terbuka").waitFor();
    expect(await browser.seriousA11yViolations(admin)).toEqual([]);
    await browser.screenshot(admin, "admin-light");

    await admin.goto(`${app.server.url}/index.html?theme=dark&view=admin`);
    await admin.getByTestId("period-row").first().waitFor();
    expect(await browser.seriousA11yViolations(admin)).toEqual([]);
    await browser.screenshot(admin, "admin-dark");
    await admin.close();
  });
});

/** The text of whatever the field's aria-describedby points to: its validation message, as a screen reader hears it. */
async function describedBy(page: Page, field: ReturnType<Page["getByLabel"]>): Promise<string> {
  const ids = (await field.getAttribute("aria-describedby")) ?? "";
  const texts = await Promise.all(ids.split(/\s+/).filter(Boolean).map((id) => page.locator(`[id="${id}"]`).innerText()));
  return texts.join(" ");
}

function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
