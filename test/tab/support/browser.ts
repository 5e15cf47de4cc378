import { AxeBuilder } from "@axe-core/playwright";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { TEAMS_JS_CDN } from "../../../src/tab/security-headers";

/** The system Chromium (apt-get install -y chromium); a browser is never downloaded. */
export const CHROMIUM = "/usr/bin/chromium";
const ROOT = path.resolve(__dirname, "..", "..", "..");
export const SCREENSHOTS = path.join(ROOT, "test-artifacts", "tab");

/** Browser tests run wherever Chromium is installed, and always in CI (where its absence is a failure). */
export function browserTestsEnabled(): boolean {
  if (fs.existsSync(CHROMIUM) || process.env.CI) return true;
  console.warn(`Tab browser tests skipped: ${CHROMIUM} is missing (install it with: apt-get install -y chromium).`);
  return false;
}

/** Bundles the tab exactly as `npm run build` does, into a fresh folder the test server serves. */
export function bundleTabInto(dir: string): void {
  execFileSync(process.execPath, [path.join(ROOT, "scripts", "bundle-tab.mjs"), dir], { cwd: ROOT, stdio: "pipe" });
}

export function tempDir(name: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `kinerja-${name}-`));
}

/** One headless Chromium per test file, on a fresh profile; each page is its own tab (own sessionStorage). */
export async function launchChromium(profileDir: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: "id-ID",
    timezoneId: "Asia/Jakarta",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  // The tests never reach the internet: teams-js's fetch of its CDN origin list fails fast, as it may in Teams.
  await context.route(`${TEAMS_JS_CDN}/**`, (route) => route.abort());
  return context;
}

/** axe-core's serious and critical violations on the page as it is now, as readable lines. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  // Tabster (Fluent's keyboard navigation) puts aria-hidden focus sentinels (<i data-tabster-dummy>) around
  // arrow-key groups such as the TabList; focusing one moves focus on at once, so nothing hidden is ever
  // left focused. axe cannot see that and flags them (aria-hidden-focus); everything else is checked.
  const result = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The local sign-in, as a person would do it: pick from the list, press Masuk. */
export async function signInLocally(page: Page, baseUrl: string, personId: string, query = ""): Promise<void> {
  await page.goto(`${baseUrl}/index.html${query}`);
  await page.getByLabel("Pilih pegawai dari organisasi demo").selectOption(personId);
  await page.getByRole("button", { name: "Masuk" }).click();
  await page.getByTestId("signed-in-as").waitFor();
}
