/**
 * The Teams app package: appPackage/manifest.json (with its placeholders filled in) against the JSON
 * schema of its manifestVersion kept in the repo, the en localization, the icons, the bot commands, and
 * the placeholders' presence in the env files. Offline: any network access fails the test.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { encodePng, type RgbaImage } from "../../scripts/make-icons";
import {
  LOCALIZATION_SCHEMA_FILE,
  MANIFEST_SCHEMA_FILE,
  MANIFEST_VERSION,
  ROOT,
  colorIconProblems,
  iconSizeProblems,
  localizationSchema,
  manifestSchema,
  outlineIconProblems,
  placeholders,
  readJson,
  readText,
  schemaErrors,
  substitute,
  unknownPlaceholders,
  unresolved,
} from "./checks";

/** Sample values for every placeholder the manifest may use. */
const SAMPLE: Record<string, string> = {
  TEAMS_APP_ID: "0f6a8d8e-3b1c-4f5e-9a7d-2c4b6e8f0a1b",
  BOT_ID: "7d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6",
  AAD_APP_CLIENT_ID: "c3b2a1f0-9e8d-4c7b-a6f5-e4d3c2b1a098",
  TAB_DOMAIN: "kinerjaabc123.azurewebsites.net",
  TAB_ENDPOINT: "https://kinerjaabc123.azurewebsites.net",
  BOT_DOMAIN: "kinerjaabc123.azurewebsites.net",
  BOT_ENDPOINT: "https://kinerjaabc123.azurewebsites.net",
  APP_NAME_SUFFIX: "dev",
};

interface Command {
  title: string;
  description: string;
}
interface Manifest {
  $schema: string;
  manifestVersion: string;
  id: string;
  name: { short: string; full?: string };
  description: { short: string; full: string };
  icons: { color: string; outline: string };
  localizationInfo?: { defaultLanguageTag: string; additionalLanguages?: Array<{ languageTag: string; file: string }> };
  bots: Array<{ botId: string; scopes: string[]; supportsFiles?: boolean; commandLists: Array<{ scopes: string[]; commands: Command[] }> }>;
  staticTabs: Array<{ entityId: string; name?: string; contentUrl?: string; scopes: string[] }>;
  configurableTabs: Array<{ configurationUrl: string; scopes: string[] }>;
  webApplicationInfo: { id: string; resource: string };
  validDomains: string[];
  permissions: string[];
}

const manifestText = readText("appPackage/manifest.json");
const filled = (): Manifest => JSON.parse(substitute(manifestText, SAMPLE)) as Manifest;

let fetchSpy: jest.SpyInstance;
beforeEach(() => {
  fetchSpy = jest.spyOn(globalThis, "fetch").mockImplementation(() => {
    throw new Error("network access in an offline test");
  });
});
afterEach(() => {
  expect(fetchSpy).not.toHaveBeenCalled();
  fetchSpy.mockRestore();
});

describe("manifest.json", () => {
  test(`pins GA manifest version ${MANIFEST_VERSION} and the official schema URL`, () => {
    const m = JSON.parse(manifestText) as Manifest;
    expect(m.manifestVersion).toBe(MANIFEST_VERSION);
    expect(m.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`);
    const schema = manifestSchema() as { properties: { manifestVersion: { const: string } } };
    expect(schema.properties.manifestVersion.const).toBe(MANIFEST_VERSION);
  });

  test("the schema copy in the repo is the one @microsoft/app-manifest bundles for that version", () => {
    const bundled = path.join(
      path.dirname(require.resolve("@microsoft/app-manifest/package.json", { paths: [ROOT] })),
      `build/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
    );
    expect(JSON.parse(readText(MANIFEST_SCHEMA_FILE))).toEqual(JSON.parse(readFileSync(bundled, "utf8")));
  });

  test("with its placeholders filled in, validates against the schema (offline)", async () => {
    const text = substitute(manifestText, SAMPLE);
    expect(unresolved(text)).toEqual([]);
    expect(await schemaErrors(JSON.parse(text), manifestSchema())).toEqual([]);
  });

  test("the schema check catches a broken manifest", async () => {
    const broken = filled() as unknown as Record<string, unknown>;
    broken.id = "not-a-guid";
    (broken.name as Record<string, string>).short = "x".repeat(31);
    delete broken.icons;
    const errors = await schemaErrors(broken, manifestSchema());
    expect(errors.join("\n")).toMatch(/\/id must match pattern/);
    expect(errors.join("\n")).toMatch(/\/name\/short must NOT have more than 30 characters/);
    expect(errors.join("\n")).toMatch(/must have required property 'icons'/);
  });

  test("names, developer and Indonesian default language", () => {
    const m = filled();
    expect(m.name).toEqual({ short: "Kinerja ASN", full: "Kinerja ASN Pemerintah Kota Pontianak" });
    expect(m.localizationInfo?.defaultLanguageTag).toBe("id");
    expect(m.localizationInfo?.additionalLanguages).toEqual([{ languageTag: "en", file: "en.json" }]);
    expect(m.description.short).toMatch(/kinerja/i);
  });

  test("bot, tabs, SSO, domains and permissions are wired to the environment", () => {
    const m = JSON.parse(manifestText) as Manifest;
    expect(m.id).toBe("${{TEAMS_APP_ID}}");
    expect(m.bots).toHaveLength(1);
    expect(m.bots[0]).toMatchObject({ botId: "${{BOT_ID}}", supportsFiles: false });
    expect([...m.bots[0]!.scopes].sort()).toEqual(["groupChat", "personal", "team"]);
    const home = m.staticTabs.find((t) => t.entityId === "beranda");
    expect(home).toMatchObject({
      name: "Beranda",
      contentUrl: "${{TAB_ENDPOINT}}/index.html?locale={locale}&theme={theme}",
      scopes: ["personal"],
    });
    expect(m.configurableTabs).toEqual([expect.objectContaining({ configurationUrl: "${{TAB_ENDPOINT}}/config.html", scopes: ["team"] })]);
    expect(m.webApplicationInfo).toEqual({ id: "${{AAD_APP_CLIENT_ID}}", resource: "api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}" });
    expect(m.validDomains).toEqual(["${{TAB_DOMAIN}}", "${{BOT_DOMAIN}}"]);
    expect([...m.permissions].sort()).toEqual(["identity", "messageTeamMembers"]);
  });

  test("every placeholder is defined in env/.env.dev or documented in env/.env.local.sample", () => {
    expect(placeholders(manifestText).sort()).toEqual(["AAD_APP_CLIENT_ID", "BOT_DOMAIN", "BOT_ID", "TAB_DOMAIN", "TAB_ENDPOINT", "TEAMS_APP_ID"]);
    expect(unknownPlaceholders(manifestText)).toEqual([]);
    expect(unknownPlaceholders('{"id": "${{NOT_IN_ANY_ENV_FILE}}"}')).toEqual(["NOT_IN_ANY_ENV_FILE"]);
  });
});

describe("bot commands", () => {
  const EXPECTED = ["lapor", "bantuan", "skp", "nilai", "bimbingan"];

  test("the personal command list offers lapor, bantuan, skp, nilai and bimbingan, each described", () => {
    const lists = filled().bots[0]!.commandLists;
    const personal = lists.find((l) => l.scopes.includes("personal"));
    expect(personal?.commands.map((c) => c.title)).toEqual(EXPECTED);
    expect(personal?.commands.find((c) => c.title === "lapor")?.description).toBe("Laporkan progres harian");
    expect(personal?.commands.find((c) => c.title === "bantuan")?.description).toBe("Bantuan");
    for (const c of personal!.commands) expect(c.description.trim().length).toBeGreaterThan(0);
  });

  test("the en localization describes every command and keeps the command words themselves", () => {
    const en = readJson<Record<string, string>>("appPackage/en.json");
    filled().bots[0]!.commandLists.forEach((list, l) =>
      list.commands.forEach((_, i) => expect(en[`bots[0].commandLists[${l}].commands[${i}].description`]).toBeTruthy()),
    );
    // Titles are what the bot receives as text: translating them would change the commands.
    expect(Object.keys(en).filter((k) => k.endsWith(".title"))).toEqual([]);
  });
});

describe("en.json localization", () => {
  const en = readJson<Record<string, unknown>>("appPackage/en.json");

  test("validates against the localization schema of the same version", async () => {
    expect(en.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`);
    expect(readText(LOCALIZATION_SCHEMA_FILE).length).toBeGreaterThan(0);
    expect(await schemaErrors(en, localizationSchema())).toEqual([]);
  });

  test("has the required keys and localizes the tab name", () => {
    for (const key of ["name.short", "name.full", "description.short", "description.full", "staticTabs[0].name"]) {
      expect(typeof en[key]).toBe("string");
    }
    const m = filled();
    expect(m.staticTabs[0]!.name).toBe("Beranda");
    expect(en["staticTabs[0].name"]).toBe("Home");
  });

  test("the localization check catches a broken file", async () => {
    const broken: Record<string, unknown> = { ...en, "description.short": "x".repeat(81), "no.such.key": "x" };
    delete broken["name.short"];
    const errors = (await schemaErrors(broken, localizationSchema())).join("\n");
    expect(errors).toMatch(/must have required property 'name.short'/);
    expect(errors).toMatch(/description.short must NOT have more than 80 characters/);
    expect(errors).toMatch(/must NOT have additional properties/);
  });
});

describe("icons", () => {
  const file = (name: string) => readFileSync(path.join(ROOT, "appPackage", name));
  const m = JSON.parse(manifestText) as Manifest;

  test("color.png is a 192x192 full-colour PNG", () => {
    expect(m.icons.color).toBe("color.png");
    expect(iconSizeProblems(file("color.png"), 192, 192)).toEqual([]);
    expect(colorIconProblems(file("color.png"))).toEqual([]);
  });

  test("outline.png is a 32x32 PNG, white on transparent", () => {
    expect(m.icons.outline).toBe("outline.png");
    expect(iconSizeProblems(file("outline.png"), 32, 32)).toEqual([]);
    expect(outlineIconProblems(file("outline.png"))).toEqual([]);
  });

  const image = (width: number, height: number, pixel: (x: number, y: number) => [number, number, number, number]): RgbaImage => {
    const data = new Uint8Array(width * height * 4);
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.set(pixel(x, y), (y * width + x) * 4);
    return { width, height, data };
  };

  test("the icon checks catch a wrong size, a coloured outline and a flat colour icon", () => {
    expect(iconSizeProblems(encodePng(image(191, 192, () => [0, 105, 92, 255])), 192, 192)).toEqual(["is 191x192, expected 192x192"]);
    expect(iconSizeProblems(Buffer.from("not a png"), 32, 32)).toEqual(["not a PNG file"]);
    const redDot = encodePng(image(32, 32, (x, y) => (x === 5 && y === 7 ? [255, 0, 0, 255] : x < 16 ? [255, 255, 255, 255] : [0, 0, 0, 0])));
    expect(outlineIconProblems(redDot)).toEqual(["not white: pixel (5, 7) is rgba(255, 0, 0, 255)"]);
    expect(outlineIconProblems(encodePng(image(32, 32, () => [255, 255, 255, 255])))).toEqual([
      "has no transparent pixel (the background must be transparent)",
    ]);
    expect(colorIconProblems(encodePng(image(192, 192, () => [0, 105, 92, 255])))).toEqual(["only 1 colour(s): not a full-colour icon"]);
  });
});
