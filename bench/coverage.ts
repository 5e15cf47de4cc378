/**
 * Coverage (issue 3) on Azurite: one OPD of 1,500 employees with 5 RHKs each, and the whole synthetic city
 * (6,000 employees, 40 OPDs). Every employee has an approved SKP: the head's RHKs point to the OPD's
 * indicators, everyone else's to RHKs of their direct supervisor. Measures the median of several runs of
 * CoverageService (storage reads + computation) and counts the HTTP requests it sends to the Table service.
 * Targets: one OPD < 300 ms, the city < 1.5 s; requests = 2 per OPD (+1 per extra page of 1,000 entities).
 */
import { TableClient } from "@azure/data-tables";
import { generateSyntheticOrg, InMemoryDirectory, parseOrgFile } from "../src/directory";
import type { OrgIndicator } from "../src/domain/cascading";
import type { OrgDirectory, Person } from "../src/domain/org";
import { createSkpDraft, type Rhk } from "../src/domain/skp";
import { CoverageService } from "../src/services/coverage-service";
import type { StoredSkp } from "../src/services/planning-ports";
import { startAzurite } from "../src/storage/azurite";
import { TableIndicatorRepository } from "../src/storage/indicator-repository";
import { TableSkpRepository } from "../src/storage/skp-repository";

const YEAR = 2026;
const RHKS_PER_SKP = 5;
const INDICATORS_PER_OPD = 8;
const SEED_CONCURRENCY = 32;

export interface CoverageScenario {
  employees: number;
  opds: number;
  rhks: number;
  medianMs: number;
  /** HTTP requests to the Table service per computation. */
  requests: number;
  coveredIndicators: number;
  indicators: number;
}

export interface CoverageBenchResult {
  opd: CoverageScenario;
  city: CoverageScenario;
}

export async function benchCoverage(runs = 7): Promise<CoverageBenchResult> {
  const azurite = await startAzurite();
  try {
    // 1,501 people with a single OPD: the Sekretaris Daerah at the root and 1,500 in the OPD.
    const single = await seed(azurite.connectionString, "benchopd", new InMemoryDirectory(parseOrgFile(generateSyntheticOrg({ employees: 1501, opds: 1, seed: 3 }))));
    const opdId = single.service.listOpdIds().find((id) => id !== "setda")!;
    const opd = await measure(single, runs, async () => {
      const r = await single.service.forOpd(YEAR, opdId);
      return { employees: r.summary.employees, opds: 1, rhks: r.summary.approvedRhks, covered: r.summary.coveredIndicators, indicators: r.summary.indicators };
    });
    const whole = await seed(azurite.connectionString, "benchcity", new InMemoryDirectory(parseOrgFile(generateSyntheticOrg({ employees: 6000, opds: 40, seed: 5 }))));
    const city = await measure(whole, runs, async () => {
      const r = await whole.service.forCity(YEAR);
      return { employees: r.summary.employees, opds: r.summary.opds, rhks: r.summary.approvedRhks, covered: r.summary.coveredIndicators, indicators: r.summary.indicators };
    });
    return { opd, city };
  } finally {
    await azurite.stop();
  }
}

interface Seeded {
  service: CoverageService;
  requests: { count: number };
}

async function seed(connectionString: string, prefix: string, directory: OrgDirectory): Promise<Seeded> {
  const requests = { count: 0 };
  const client = (name: string) =>
    TableClient.fromConnectionString(connectionString, `${prefix}${name}`, {
      allowInsecureConnection: true,
      additionalPolicies: [{ position: "perCall", policy: { name: "countRequests", sendRequest: (req, next) => (requests.count++, next(req)) } }],
    });
  const skpTable = client("Skps");
  const indicatorTable = client("Indicators");
  await Promise.all([skpTable.createTable(), indicatorTable.createTable()]);
  const skps = new TableSkpRepository(skpTable);
  const indicators = new TableIndicatorRepository(indicatorTable);
  const service = new CoverageService({ directory, indicators, skps });

  const opdOf = (p: Person) => directory.getOpdOf(p.unitId)?.id ?? "";
  for (const opdId of service.listOpdIds()) {
    const list: OrgIndicator[] = Array.from({ length: INDICATORS_PER_OPD }, (_, i) => ({
      id: `${opdId}-ind-${i}`, opdId, year: YEAR, sasaran: `Sasaran ${i % 3}`, indicator: `Indikator ${i}`, target: { approach: "KUANTITATIF", value: 90 + i, unit: "persen" },
    }));
    await indicators.upsertAll(YEAR, opdId, list);
  }
  const people = directory.listPeople();
  const rhkIds = (id: string) => Array.from({ length: RHKS_PER_SKP }, (_, i) => `${id}-rhk-${i}`);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < people.length; i = next++) {
      const p = people[i]!;
      const manager = p.managerId ? directory.getPerson(p.managerId) : undefined;
      // Heads of OPD (and the Sekda) serve the OPD's indicators; everyone else their supervisor's RHKs.
      const servesIndicators = !manager || opdOf(manager) !== opdOf(p);
      const rhks: Rhk[] = rhkIds(p.id).map((id, k) => ({
        id, group: "UTAMA", text: `Rencana hasil kerja ${k + 1}`,
        parent: servesIndicators ? { kind: "ORG_INDICATOR", indicatorId: `${opdOf(p)}-ind-${k % INDICATORS_PER_OPD}` } : { kind: "SUPERVISOR_RHK", rhkId: rhkIds(manager!.id)[k]! },
        indicators: [{ id: `${id}-iki`, text: "Jumlah dokumen", aspek: "KUANTITAS", target: { approach: "KUANTITATIF", value: 12, unit: "dokumen" } }],
      }));
      const skp: StoredSkp = {
        ...createSkpDraft({ id: `skp-${p.id}`, employeeId: p.id, jabatanType: p.jabatanType, year: YEAR, now: new Date("2026-01-20T02:00:00Z") }),
        rhks, state: "disetujui", opdId: opdOf(p),
      };
      await skps.create(skp);
    }
  };
  await Promise.all(Array.from({ length: SEED_CONCURRENCY }, worker));
  return { service, requests };
}

async function measure(
  seeded: Seeded,
  runs: number,
  compute: () => Promise<{ employees: number; opds: number; rhks: number; covered: number; indicators: number }>,
): Promise<CoverageScenario> {
  await compute(); // warm-up: connections, JIT
  const times: number[] = [];
  let requests = 0;
  let last = await compute();
  for (let i = 0; i < runs; i++) {
    const before = seeded.requests.count;
    const t0 = performance.now();
    last = await compute();
    times.push(performance.now() - t0);
    requests = seeded.requests.count - before;
  }
  times.sort((a, b) => a - b);
  return {
    employees: last.employees, opds: last.opds, rhks: last.rhks, coveredIndicators: last.covered, indicators: last.indicators,
    medianMs: times[Math.floor(times.length / 2)]!, requests,
  };
}

if (require.main === module) {
  benchCoverage().then((r) => console.log(JSON.stringify(r, null, 2)), (err) => (console.error(err), process.exit(1)));
}
