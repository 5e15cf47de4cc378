import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { validateOrgIndicator, type OrgIndicator } from "../domain/cascading";
import type { OrgDirectory } from "../domain/org";
import { toWibDate } from "../domain/time";
import { PROJECT_ROOT } from "../paths";
import type { IndicatorRepository } from "../services/planning-ports";

/**
 * Demo organisation indicators (data/indicators-demo.json) for `npm start` with the demo organisation: written
 * for the given year into every OPD of the directory that has none yet, so a restart or a user's own
 * indicators are never overwritten. Ids are stable (`demo-<opd>-<n>`).
 */
const DemoFile = z.object({
  opds: z.record(
    z.string(),
    z.array(
      z.object({
        sasaran: z.string(),
        indicator: z.string(),
        target: z.discriminatedUnion("approach", [
          z.object({ approach: z.literal("KUANTITATIF"), value: z.number(), unit: z.string() }),
          z.object({ approach: z.literal("KUALITATIF"), narrative: z.string() }),
        ]),
      }),
    ),
  ),
});

/** Returns the OPDs that received indicators. Throws on a malformed file (a bug in the repository's data). */
export async function seedDemoIndicators(args: { file: string; indicators: IndicatorRepository; directory: OrgDirectory; year: number }): Promise<string[]> {
  const demo = DemoFile.parse(JSON.parse(await fs.readFile(args.file, "utf8")));
  const seeded: string[] = [];
  for (const [opdId, rows] of Object.entries(demo.opds)) {
    if (args.directory.getOpdOf(opdId)?.id !== opdId) continue;
    if ((await args.indicators.listByOpd(args.year, opdId)).length > 0) continue;
    const list: OrgIndicator[] = rows.map((r, i) => ({ id: `demo-${opdId}-${i + 1}`, opdId, year: args.year, ...r }));
    const bad = list.find((i) => validateOrgIndicator(i).length > 0);
    if (bad) throw new Error(`${args.file}: indicator ${bad.id} is not valid`);
    await args.indicators.upsertAll(args.year, opdId, list);
    seeded.push(opdId);
  }
  return seeded;
}

export const DEMO_ORG_FILE = path.join(PROJECT_ROOT, "data", "org-demo.json");
export const DEMO_INDICATORS_FILE = path.join(PROJECT_ROOT, "data", "indicators-demo.json");

/** For the composition root: only when the directory is the demo organisation file; the year is today's (WIB). */
export async function seedDemoIndicatorsAtStart(args: { orgDirectoryFile: string; indicators: IndicatorRepository; directory: OrgDirectory; now: Date }): Promise<string[]> {
  if (path.resolve(args.orgDirectoryFile) !== DEMO_ORG_FILE) return [];
  const year = Number(toWibDate(args.now).slice(0, 4));
  return seedDemoIndicators({ file: DEMO_INDICATORS_FILE, indicators: args.indicators, directory: args.directory, year });
}
