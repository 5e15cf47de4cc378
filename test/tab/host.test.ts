import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { readLaunchParams } from "../../src/tab/app/host/launch-params";
import { fluentThemeFor } from "../../src/tab/app/host/theme";
import { formatDate, formatDateTime, todayInWib } from "../../src/tab/app/i18n/format";

describe("Teams theme → Fluent theme", () => {
  test("default, dark and contrast map to the light, dark and high-contrast themes", () => {
    expect(fluentThemeFor("default")).toBe(webLightTheme);
    expect(fluentThemeFor("dark")).toBe(webDarkTheme);
    expect(fluentThemeFor("contrast")).toBe(teamsHighContrastTheme);
  });

  test("an unknown or missing theme falls back to light", () => {
    expect(fluentThemeFor("sepia")).toBe(webLightTheme);
    expect(fluentThemeFor(undefined)).toBe(webLightTheme);
  });
});

describe("launch parameters of the tab's URL", () => {
  test("reads the values Teams substituted into contentUrl", () => {
    expect(readLaunchParams("?locale=en-us&theme=dark&view=team")).toEqual({ locale: "en-us", theme: "dark", view: "team" });
  });

  test("ignores placeholders Teams left unfilled and empty values", () => {
    expect(readLaunchParams("?locale={locale}&theme=%7Btheme%7D&view=")).toEqual({ locale: undefined, theme: undefined, view: undefined });
  });
});

describe("dates and times", () => {
  test("an instant is shown in WIB whatever the machine's zone", () => {
    // 2026-11-27T17:30Z is 28 November 00.30 in Jakarta.
    expect(formatDateTime("2026-11-27T17:30:00Z", "id")).toMatch(/^28 Nov 2026.*00[.:]30 WIB$/);
  });

  test("a calendar date keeps its day and is written in Indonesian", () => {
    expect(formatDate("2026-11-27", "id")).toBe("Jumat, 27 November 2026");
    // ICU versions differ on the comma after the weekday in English.
    expect(formatDate("2026-11-27", "en")).toMatch(/^Friday,? 27 November 2026$/);
  });

  test("today is the WIB date: late evening UTC is already tomorrow", () => {
    expect(todayInWib(new Date("2026-11-27T18:00:00Z"))).toBe("2026-11-28");
    expect(todayInWib(new Date("2026-11-27T16:59:00Z"))).toBe("2026-11-27");
  });
});
