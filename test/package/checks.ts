/**
 * Checks of the Teams package and the provisioning files, as plain functions that return the problems
 * found (an empty list = fine). The tests run them on the real files and on broken copies, so a check
 * that can never fail would be noticed.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { decodePng, readPngInfo } from "../../scripts/make-icons";

// @microsoft/app-manifest requires strip-bom 5, an ES module that jest's CommonJS module runtime cannot
// load (plain Node 20.19+ can). Only its file readers use it, and these checks read files themselves.
jest.mock("strip-bom", () => ({ __esModule: true, default: (text: string) => text.replace(/^\uFEFF/, "") }));

export const ROOT = path.resolve(__dirname, "../..");
export const MANIFEST_VERSION = "1.22";
export const MANIFEST_SCHEMA_FILE = `appPackage/schema/MicrosoftTeams.schema.${MANIFEST_VERSION}.json`;
export const LOCALIZATION_SCHEMA_FILE = `appPackage/schema/MicrosoftTeams.Localization.schema.${MANIFEST_VERSION}.json`;

export function readText(relative: string): string {
  return readFileSync(path.join(ROOT, relative), "utf8");
}

export function readJson<T = Record<string, unknown>>(relative: string): T {
  return JSON.parse(readText(relative)) as T;
}

// ---------------------------------------------------------------------------------------------------
// Placeholders and environment files

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** The distinct ${{VAR}} names used in a text, in order of first use. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** Replaces every ${{VAR}}; a name without a value is left as is (and reported by `unresolved`). */
export function substitute(text: string, values: Record<string, string>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}

export function unresolved(text: string): string[] {
  return placeholders(text);
}

/** Names assigned in a dotenv file (`NAME=value` at the start of a line). */
export function definedInEnvFile(text: string): Set<string> {
  return new Set([...text.matchAll(/^\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!));
}

/** Names documented in a sample file: assigned, or shown as `NAME=` in a comment. */
export function documentedInSample(text: string): Set<string> {
  return new Set([...text.matchAll(/(?:^|[\s#])([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!));
}

export function knownEnvNames(): Set<string> {
  return new Set([...definedInEnvFile(readText("env/.env.dev")), ...documentedInSample(readText("env/.env.local.sample"))]);
}

/** Placeholders of `text` that are neither defined in env/.env.dev nor documented in the sample. */
export function unknownPlaceholders(text: string, known: Set<string> = knownEnvNames()): string[] {
  return placeholders(text).filter((name) => !known.has(name));
}

// ---------------------------------------------------------------------------------------------------
// Manifest and localization schemas (offline: the schema is always passed in, never fetched)

export function manifestSchema(): object {
  return readJson(MANIFEST_SCHEMA_FILE);
}

/**
 * The localization schema as published has two patterns with a lone "]" (`\b]`), which JavaScript
 * rejects in Unicode mode (ajv compiles patterns with the "u" flag). Escaping that "]" is exactly how the
 * pattern reads in non-Unicode mode, so the rules stay the same; the copy in the repo stays untouched.
 */
export function localizationSchema(): object {
  const schema = readJson<{ patternProperties: Record<string, unknown> }>(LOCALIZATION_SCHEMA_FILE);
  const patternProperties = Object.fromEntries(
    Object.entries(schema.patternProperties).map(([pattern, rule]) => [pattern.replace(/\\b\](?!\])/g, "\\b\\]"), rule]),
  );
  return { ...schema, patternProperties };
}

/** Validates with `AppManifestUtils.validateAgainstSchema`, always handing it the schema (so it never fetches). */
export async function schemaErrors(document: unknown, schema: object): Promise<string[]> {
  const { AppManifestUtils } = await import("@microsoft/app-manifest"); // loaded after the mock above
  type Manifest = Parameters<typeof AppManifestUtils.validateAgainstSchema>[0];
  type Schema = Parameters<typeof AppManifestUtils.validateAgainstSchema>[1];
  return AppManifestUtils.validateAgainstSchema(document as Manifest, schema as Schema);
}

// ---------------------------------------------------------------------------------------------------
// Icons

export function iconSizeProblems(png: Uint8Array, width: number, height: number): string[] {
  let info;
  try {
    info = readPngInfo(png);
  } catch (err) {
    return [(err as Error).message];
  }
  return info.width === width && info.height === height ? [] : [`is ${info.width}x${info.height}, expected ${width}x${height}`];
}

/** Teams' outline icon: every pixel white (any alpha) or fully transparent; some of each. */
export function outlineIconProblems(png: Uint8Array): string[] {
  const image = decodePng(png);
  let opaque = 0;
  let transparent = 0;
  const bad: string[] = [];
  for (let i = 0; i < image.width * image.height; i++) {
    const [r, g, b, a] = image.data.subarray(i * 4, i * 4 + 4);
    if (a === 0) {
      transparent++;
      continue;
    }
    opaque++;
    if (r !== 255 || g !== 255 || b !== 255) {
      if (bad.length < 5) bad.push(`pixel (${i % image.width}, ${Math.floor(i / image.width)}) is rgba(${r}, ${g}, ${b}, ${a})`);
    }
  }
  const problems = bad.length ? [`not white: ${bad.join("; ")}`] : [];
  if (opaque === 0) problems.push("has no visible pixel");
  if (transparent === 0) problems.push("has no transparent pixel (the background must be transparent)");
  return problems;
}

/** The colour icon: visibly drawn in more than a flat colour (Teams allows a solid or transparent background). */
export function colorIconProblems(png: Uint8Array): string[] {
  const image = decodePng(png);
  const colours = new Set<number>();
  for (let i = 0; i < image.width * image.height; i++) {
    const [r, g, b, a] = image.data.subarray(i * 4, i * 4 + 4);
    if (a! > 0) colours.add((r! << 16) | (g! << 8) | b!);
  }
  if (colours.size === 0) return ["has no visible pixel"];
  if (colours.size < 3) return [`only ${colours.size} colour(s): not a full-colour icon`];
  return [];
}
