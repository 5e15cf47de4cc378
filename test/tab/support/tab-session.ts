/**
 * What the tab's browser tests of one describe block share: the tab bundled as `npm run build` does, the real
 * server on Azurite serving it, one headless Chromium, and API calls as a person in local mode (X-Dev-User).
 */
import fs from "node:fs";
import path from "node:path";
import type { BrowserContext } from "playwright-core";
import { startApp, type AppHarness } from "../../support/app-harness";
import * as browser from "./browser";

export interface TabSession {
  app: AppHarness;
  chromium: BrowserContext;
  /** An API call as `as`; throws with the answer when it is not 2xx; the parsed JSON, if any. */
  call(as: string, method: string, url: string, body?: unknown): Promise<any>;
}

/** Registers beforeAll/afterAll in the calling describe block; the session's fields are set once beforeAll ran. */
export function tabSession(name: string, env?: Record<string, string>): TabSession {
  let work = "";
  const session = {
    call: async (as: string, method: string, url: string, body?: unknown) => {
      const res = await fetch(session.app.server.url + url, {
        method,
        headers: { "Content-Type": "application/json", "X-Dev-User": as },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${text}`);
      return text ? JSON.parse(text) : undefined;
    },
  } as TabSession;
  beforeAll(async () => {
    work = browser.tempDir(name);
    browser.bundleTabInto(path.join(work, "assets"));
    session.app = await startApp({ tabAssetsDir: path.join(work, "assets"), ...(env ? { env } : {}) });
    session.chromium = await browser.launchChromium(path.join(work, "profile"));
  }, 60_000);
  afterAll(async () => {
    await session.chromium?.close();
    await session.app?.stop();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });
  return session;
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** A screen's dictionary: the same keys in both languages, no empty text, the same {placeholders}. */
export function expectDictionaryParity(dictionary: unknown): void {
  const strings = dictionary as Record<"id" | "en", Record<string, string>>;
  expect(Object.keys(strings.en).sort()).toEqual(Object.keys(strings.id).sort());
  for (const key of Object.keys(strings.id)) {
    expect({ key, empty: strings.id[key]!.trim() === "" || strings.en[key]!.trim() === "" }).toEqual({ key, empty: false });
    expect({ key, en: placeholders(strings.en[key]!) }).toEqual({ key, en: placeholders(strings.id[key]!) });
  }
}
