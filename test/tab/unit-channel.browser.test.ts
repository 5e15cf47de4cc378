import fs from "node:fs";
import path from "node:path";
import type { BrowserContext } from "playwright-core";
import type { Person } from "../../src/domain/org";
import { startApp, type AppHarness } from "../support/app-harness";
import { asUser } from "../support/teams-client";
import * as browser from "./support/browser";

const describeInBrowser = browser.browserTestsEnabled() ? describe : describe.skip;
jest.setTimeout(60_000);

const TEAM = "19:team-capil@thread.tacv2";

// Issue 4 item 7: on "Tim saya", the unit head sees the unit's channel and picks one of the installed teams'.
describeInBrowser("the unit channel panel on Tim saya (headless Chromium)", () => {
  let app: AppHarness;
  let chromium: BrowserContext;
  let work: string;
  let head: Person;

  beforeAll(async () => {
    work = browser.tempDir("unit-channel");
    browser.bundleTabInto(path.join(work, "assets"));
    app = await startApp({ tabAssetsDir: path.join(work, "assets") });
    head = app.directory.listPeople().find((p) => p.displayName === "Agus Maulana")!; // head of disdukcapil-pi
    expect((await app.teams.installInTeam(asUser(head), { teamId: TEAM, channelId: TEAM })).status).toBe(200);
    chromium = await browser.launchChromium(path.join(work, "profile"));
  }, 60_000);

  afterAll(async () => {
    await chromium?.close();
    await app?.stop();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  test("the head picks the installed team's channel with the daily check-in; it is stored for the unit", async () => {
    const page = await chromium.newPage();
    await browser.signInLocally(page, app.server.url, head.id);
    await page.getByRole("tab", { name: "Tim saya" }).click();
    const panel = page.getByTestId("unit-channel");
    await panel.getByText("Unit ini belum memiliki kanal.").waitFor();
    await panel.getByLabel("Kanal").selectOption({ label: `${TEAM} · ${TEAM}` });
    await panel.getByLabel("Posting kartu laporan kemajuan harian setiap hari kerja").check();
    await panel.getByRole("button", { name: "Simpan kanal" }).click();
    await panel.getByText(`Kanal sekarang: ${TEAM} (tim ${TEAM})`).waitFor();
    expect(await app.repositories.unitChannels.get("disdukcapil-pi")).toMatchObject({ teamId: TEAM, channelId: TEAM, checkIn: true, setById: head.id });
    expect(await browser.seriousA11yViolations(page)).toEqual([]);
    await page.close();
  });
});
