/**
 * Competency development (issue 8) on Azurite: the training needs analysis and the JP compliance of the whole
 * synthetic city (6,000 employees, 40 OPDs) over a year of data seeded through TableCompetencyRepository: needs
 * (suggested, confirmed, removed), trainings with registrations and attendance (JP credited), and external
 * trainings (pending, verified, rejected). Measures the median of several runs of each service (storage reads +
 * computation) and the HTTP requests each sends to the Table service. Target: under 2 s each.
 * The results are checked against what was seeded, so a fast but wrong answer does not pass unnoticed.
 */
import { TableClient } from "@azure/data-tables";
import { BERAKHLAK_IDS } from "../src/domain/berakhlak";
import type { DevelopmentNeedSource } from "../src/domain/development-needs";
import { JP_TARGET_PER_YEAR } from "../src/domain/jp";
import type { OrgDirectory, Person } from "../src/domain/org";
import { generateSyntheticOrg, InMemoryDirectory, parseOrgFile } from "../src/directory";
import type { CompetencyNotifications, JpCredit, Registration, StoredNeed, Training } from "../src/services/competency-ports";
import { TrainingNeedsAnalysisService } from "../src/services/development-tna";
import { JpService } from "../src/services/jp-service";
import type { AuditLog } from "../src/services/ports";
import { startAzurite } from "../src/storage/azurite";
import { TableCompetencyRepository } from "../src/storage/competency-repository";

const YEAR = 2026;
const TRAININGS = 400;
const SEATS = 25;
const SEED_CONCURRENCY = 32;
const COMPETENCIES = ["Pelayanan publik", "Manajemen data", "Penulisan naskah dinas", "Pengadaan barang/jasa", "Analisis kebijakan", "Literasi digital"];

export interface CompetencyScenario {
  medianMs: number;
  /** HTTP requests to the Table service per computation. */
  requests: number;
  /** The answer equals what was seeded (confirmed needs per topic / people at 20 JP). */
  correct: boolean;
}

export interface CompetencyBenchResult {
  employees: number;
  needs: number;
  confirmedNeeds: number;
  trainings: number;
  registrations: number;
  credits: number;
  tna: CompetencyScenario & { topics: number };
  compliance: CompetencyScenario & { reached: number; opds: number; units: number };
}

/** Deterministic pseudo-random numbers (mulberry32): the same city and year every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function benchCompetency(runs = 5): Promise<CompetencyBenchResult> {
  const azurite = await startAzurite();
  try {
    const directory = new InMemoryDirectory(parseOrgFile(generateSyntheticOrg({ employees: 6000, opds: 40, seed: 5 })));
    const requests = { count: 0 };
    const table = TableClient.fromConnectionString(azurite.connectionString, "benchcompetency", {
      allowInsecureConnection: true,
      additionalPolicies: [{ position: "perCall", policy: { name: "countRequests", sendRequest: (req, next) => (requests.count++, next(req)) } }],
    });
    await table.createTable();
    const repo = new TableCompetencyRepository(table);
    const seeded = await seed(repo, directory);

    const tnaService = new TrainingNeedsAnalysisService({ directory, repo });
    const noop = async () => undefined;
    const audit: AuditLog = { append: noop, listForOwner: async () => [] };
    const notifications = new Proxy({}, { get: () => noop }) as CompetencyNotifications;
    const jp = new JpService({ directory, repo, audit, clock: { now: () => new Date(`${YEAR}-12-15T03:00:00Z`) }, notifications });

    const tna = await measure(requests, runs, () => tnaService.analyse(YEAR));
    const topicCounts = new Map(tna.last.topics.map((t) => [`${t.source}|${t.topic.toLowerCase()}`, t.employeeCount]));
    const tnaCorrect = topicCounts.size === seeded.expectedTopics.size && [...seeded.expectedTopics].every(([k, n]) => topicCounts.get(k) === n);
    const compliance = await measure(requests, runs, () => jp.compliance(YEAR));
    const c = compliance.last;
    return {
      employees: directory.listPeople().length,
      needs: seeded.needs,
      confirmedNeeds: seeded.confirmedNeeds,
      trainings: TRAININGS,
      registrations: seeded.registrations,
      credits: seeded.credits,
      tna: { medianMs: tna.medianMs, requests: tna.requests, correct: tnaCorrect, topics: tna.last.topics.length },
      compliance: {
        medianMs: compliance.medianMs, requests: compliance.requests, reached: c.total.reached, opds: c.opds.length, units: c.units.length,
        correct: c.total.reached === seeded.expectedReached && c.total.employees === directory.listPeople().length,
      },
    };
  } finally {
    await azurite.stop();
  }
}

interface SeedSummary {
  needs: number;
  confirmedNeeds: number;
  registrations: number;
  credits: number;
  /** Confirmed needs: distinct employees per `source|topic`. */
  expectedTopics: Map<string, number>;
  expectedReached: number;
}

async function seed(repo: TableCompetencyRepository, directory: OrgDirectory): Promise<SeedSummary> {
  const rand = random(8);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const people = directory.listPeople();
  const opdOf = (p: Person) => directory.getOpdOf(p.unitId)?.id ?? p.unitId;
  const at = `${YEAR}-02-01T02:00:00.000Z`;

  // Needs: 0-3 per employee from the evaluation, 70% confirmed, 20% still suggested, 10% removed.
  const needs: StoredNeed[] = [];
  const expectedTopics = new Map<string, Set<string>>();
  for (const p of people) {
    const count = Math.floor(rand() * 4);
    for (let i = 0; i < count; i++) {
      const source: DevelopmentNeedSource = pick(["PERILAKU", "PERILAKU", "KOMPETENSI", "REKOMENDASI"] as const);
      const topic = source === "PERILAKU" ? pick(BERAKHLAK_IDS) : pick(COMPETENCIES);
      const r = rand();
      const status = r < 0.7 ? "confirmed" : r < 0.9 ? "suggested" : "removed";
      needs.push({ id: `need-${i}`, employeeId: p.id, year: YEAR, source, topic, status, origin: `${YEAR}-q1`, unitId: p.unitId, opdId: opdOf(p), jabatanType: p.jabatanType, updatedAt: at, updatedById: p.managerId ?? p.id });
      if (status === "confirmed") {
        const key = `${source}|${topic.toLowerCase()}`;
        expectedTopics.set(key, (expectedTopics.get(key) ?? new Set()).add(p.id));
      }
    }
  }
  for (let i = 0; i < needs.length; i += 100) await repo.saveNeeds(needs.slice(i, i + 100));

  // Trainings through the year, each with registrations (most attended, JP credited), waitlisted and cancelled.
  const credits: JpCredit[] = [];
  let registrations = 0;
  for (let t = 0; t < TRAININGS; t++) {
    const month = String(1 + (t % 12)).padStart(2, "0");
    const start = `${YEAR}-${month}-10T01:00:00.000Z`;
    const trainingJp = 2 + Math.floor(rand() * 15);
    const organizer = pick(people);
    const training = await repo.createTraining({
      id: `t-${t}`, title: `Pelatihan ${t}`, type: pick(["klasikal", "e-learning", "seminar-workshop", "coaching"] as const), jp: trainingJp, start,
      end: `${YEAR}-${month}-10T09:00:00.000Z`, place: "BKPSDM", capacity: SEATS, addresses: [pick(COMPETENCIES)], targetUnitIds: [], organizerId: organizer.id, createdAt: at,
    } satisfies Training);
    const chosen = new Set<Person>();
    while (chosen.size < SEATS + 5) chosen.add(pick(people));
    const regs: Registration[] = [...chosen].map((p, i) => {
      const status = i >= SEATS ? "waitlisted" : rand() < 0.85 ? "attended" : rand() < 0.5 ? "cancelled" : "registered";
      if (status === "attended") {
        credits.push({ id: `training-${t}`, employeeId: p.id, year: YEAR, kind: "training", title: training.title, jp: trainingJp, date: `${YEAR}-${month}-10`, status: "credited", unitId: p.unitId, opdId: opdOf(p) });
      }
      return { trainingId: training.id, employeeId: p.id, status, requestedAt: at, updatedAt: at, ...(status === "attended" ? { jp: trainingJp } : {}) };
    });
    await repo.commitTraining(training, regs);
    registrations += regs.length;
  }
  // External trainings: 40% of employees record one or two; 70% verified, 20% pending, 10% rejected.
  for (const p of people) {
    if (rand() >= 0.4) continue;
    const count = 1 + Math.floor(rand() * 2);
    for (let i = 0; i < count; i++) {
      const r = rand();
      const status = r < 0.7 ? "verified" : r < 0.9 ? "pending" : "rejected";
      credits.push({
        id: `ext-${i}`, employeeId: p.id, year: YEAR, kind: "external", title: "Webinar", jp: 2 + Math.floor(rand() * 9), date: `${YEAR}-0${1 + Math.floor(rand() * 9)}-15`, status,
        evidenceUrl: "https://example.org/sertifikat.pdf", unitId: p.unitId, opdId: opdOf(p), ...(status === "pending" ? {} : { decidedById: p.managerId ?? p.id }),
      });
    }
  }
  let next = 0;
  const writer = async () => {
    for (let i = next++; i < credits.length; i = next++) await repo.saveCredit(credits[i]!, { upsert: true });
  };
  await Promise.all(Array.from({ length: SEED_CONCURRENCY }, writer));

  // Expected: JP that count (credited training, verified external) per employee, in hundredths like the domain.
  const hundredths = new Map<string, number>();
  for (const c of credits) if (c.status === "credited" || c.status === "verified") hundredths.set(c.employeeId, (hundredths.get(c.employeeId) ?? 0) + Math.round(c.jp * 100));
  const expectedReached = [...hundredths.values()].filter((h) => h >= JP_TARGET_PER_YEAR * 100).length;
  return {
    needs: needs.length,
    confirmedNeeds: needs.filter((n) => n.status === "confirmed").length,
    registrations,
    credits: credits.length,
    expectedTopics: new Map([...expectedTopics].map(([k, s]) => [k, s.size])),
    expectedReached,
  };
}

async function measure<T>(requests: { count: number }, runs: number, compute: () => Promise<T>): Promise<{ medianMs: number; requests: number; last: T }> {
  await compute(); // warm-up: connections, JIT
  const times: number[] = [];
  let count = 0;
  let last: T | undefined;
  for (let i = 0; i < runs; i++) {
    const before = requests.count;
    const t0 = performance.now();
    last = await compute();
    times.push(performance.now() - t0);
    count = requests.count - before;
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)]!, requests: count, last: last! };
}

if (require.main === module) {
  benchCompetency().then((r) => console.log(JSON.stringify(r, null, 2)), (err) => (console.error(err), process.exit(1)));
}
