/**
 * Writes a synthetic Pontianak organisation in the org-file format, for load tests and benchmarks:
 *   npm run seed:org -- --employees 6000 [--opds 40] [--seed 42] [--out .data/org-6000.json]
 * The output is validated with the same parser the app uses before it is written, so a file this script
 * writes is one the app accepts.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseOrgFile } from "../src/directory/org-file";
import { generateSyntheticOrg } from "../src/directory/synthetic-org";

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new Error(`--${name} must be an integer, got "${value}"`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      employees: { type: "string" },
      opds: { type: "string" },
      seed: { type: "string" },
      out: { type: "string" },
    },
  });
  const employees = integer("employees", values.employees, 6000);
  const opds = integer("opds", values.opds, 40);
  const seed = integer("seed", values.seed, 42);
  const out = values.out ?? path.join(".data", `org-${employees}.json`);

  const file = generateSyntheticOrg({ employees, opds, seed });
  const data = parseOrgFile(file, "generated organisation");
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, JSON.stringify(file, null, 2) + "\n", "utf8");
  console.log(`wrote ${out}: ${data.people.length} people, ${data.units.length} units, ${opds} OPD, seed ${seed}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
