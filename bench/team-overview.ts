/**
 * A supervisor's home (issue 5): GET /api/team/overview for one supervisor with 50 direct reports, on the real
 * server (in this process) and Azurite. Each report has 8 progress reports in the last two weeks (half answered)
 * and an approved SKP; half of them have an evaluation of the open period in the supervisor's unit, the other
 * half none (the slower path: a point read each). The OPD's other 1,450 employees have an SKP in the same
 * partition (the team's SKP states come from one OPD query). Measures p50/p95 over 250 sequential requests after a warm-up.
 * Target: p95 < 100 ms.
 */
import { loadConfig } from "../src/config";
import { InMemoryDirectory, parseOrgFile } from "../src/directory";
import { createSkpDraft } from "../src/domain/skp";
import { addDays, toWibDate } from "../src/domain/time";
import { startServer } from "../src/server";
import { startAzurite } from "../src/storage/azurite";
import { openTableStorage } from "../src/storage";

const TEAM = 50;
const REPORTS_EACH = 8;
const REQUESTS = 250;
/** The rest of a large OPD: their SKPs share the team's SKP partition, which the overview reads per OPD. */
const OPD_OTHERS = 1450;
const SUPERVISOR = "00000000-0000-4000-8000-000000000001";

export interface TeamOverviewBenchResult {
  directReports: number;
  requests: number;
  p50Ms: number;
  p95Ms: number;
  rows: number;
}

export async function benchTeamOverview(): Promise<TeamOverviewBenchResult> {
  const azurite = await startAzurite();
  try {
    const directory = new InMemoryDirectory(parseOrgFile(syntheticTeam()));
    const config = loadConfig({ PORT: "0", TABLE_PREFIX: `benchteam${Date.now() % 100000}` });
    const repos = await openTableStorage(azurite.connectionString, config.tablePrefix);
    const server = await startServer({ config, directory, repositories: repos });
    try {
      const today = toWibDate(new Date());
      const year = Number(today.slice(0, 4));
      const call = (method: string, path: string, body?: unknown) =>
        fetch(server.url + path, { method, headers: { "Content-Type": "application/json", "X-Dev-User": SUPERVISOR }, body: body === undefined ? undefined : JSON.stringify(body) });
      const defined = await call("PUT", `/api/periods/${year}`, { type: "bulanan" });
      if (!defined.ok) throw new Error(`periods: ${defined.status}`);
      const periodId = `${year}-bulanan-${today.slice(5, 7)}`;
      const team = directory.getDirectReports(SUPERVISOR);
      await Promise.all(
        team.map(async (p, i) => {
          for (let k = 0; k < REPORTS_EACH; k++) {
            const { report } = await repos.reports.createOnce({
              employeeId: p.id, formId: `f-${p.id}-${k}`, date: addDays(today, -k * 2), activity: `Kegiatan ${k}`, periodId, createdAt: new Date().toISOString(),
            });
            if (k % 2 === 0) await repos.reports.setFeedback(report, { text: "Baik", byId: SUPERVISOR, at: new Date().toISOString() });
          }
          const draft = createSkpDraft({ id: `skp-${p.id}`, employeeId: p.id, jabatanType: p.jabatanType, year, now: new Date() });
          await repos.skps.create({ ...draft, state: "disetujui", opdId: "dinas" });
          if (i % 2 === 0) {
            await repos.evaluations.create({ id: `ev-${p.id}`, employeeId: p.id, periodId, kind: "PERIODIK", state: "draft", year, unitId: "dinas-bidang", appliedForms: [] });
          }
        }),
      );
      let nextOther = 0;
      const seedOthers = async () => {
        for (let i = nextOther++; i < OPD_OTHERS; i = nextOther++) {
          const draft = createSkpDraft({ id: `skp-other-${i}`, employeeId: `other-${i}`, jabatanType: "Pelaksana", year, now: new Date() });
          await repos.skps.create({ ...draft, state: "disetujui", opdId: "dinas" });
        }
      };
      await Promise.all(Array.from({ length: 16 }, seedOthers));
      const once = async () => {
        const started = performance.now();
        const res = await call("GET", "/api/team/overview");
        const body = (await res.json()) as { rows: unknown[] };
        if (!res.ok) throw new Error(`overview: ${res.status}`);
        return { ms: performance.now() - started, rows: body.rows.length };
      };
      for (let i = 0; i < 20; i++) await once(); // warm-up: connections, JIT, the period cache
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < REQUESTS; i++) {
        const r = await once();
        times.push(r.ms);
        rows = r.rows;
      }
      times.sort((a, b) => a - b);
      const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
      return { directReports: team.length, requests: REQUESTS, p50Ms: at(0.5), p95Ms: at(0.95), rows };
    } finally {
      await server.close();
    }
  } finally {
    await azurite.stop();
  }
}

/** One OPD, one bidang: a head (admin, so the bench can define the periods) with 50 staff. */
function syntheticTeam() {
  const hex = (n: number) => n.toString(16).padStart(12, "0");
  const nip = (n: number) => `19850101201001${String(1000 + n).slice(-4)}`;
  const users = [
    { id: "00000000-0000-4000-8000-000000000000", displayName: "Kepala Dinas", userPrincipalName: "kadis@bench.go.id", employeeId: nip(0), jobTitle: "Kepala Dinas", jabatanType: "JPT", unitId: "dinas", managerId: null },
    { id: SUPERVISOR, displayName: "Kepala Bidang", userPrincipalName: "kabid@bench.go.id", employeeId: nip(1), jobTitle: "Kepala Bidang", jabatanType: "Administrator", unitId: "dinas-bidang", managerId: "00000000-0000-4000-8000-000000000000", roles: ["admin"] },
    ...Array.from({ length: TEAM }, (_, i) => ({
      id: `00000000-0000-4000-8000-${hex(100 + i)}`, displayName: `Pegawai ${i + 1}`, userPrincipalName: `pegawai${i + 1}@bench.go.id`, employeeId: nip(2 + i),
      jobTitle: "Pelaksana", jabatanType: "Pelaksana", unitId: "dinas-bidang", managerId: SUPERVISOR,
    })),
  ];
  return {
    organization: { id: "bench", name: "Bench", timeZone: "Asia/Jakarta" },
    units: [
      { id: "dinas", name: "Dinas Bench", parentId: null },
      { id: "dinas-bidang", name: "Bidang Bench", parentId: "dinas" },
    ],
    users,
  };
}

if (require.main === module) {
  benchTeamOverview().then(
    (r) => {
      console.log(`team overview: ${r.directReports} direct reports (${r.rows} rows), ${r.requests} requests: p50 ${r.p50Ms.toFixed(1)} ms, p95 ${r.p95Ms.toFixed(1)} ms (target p95 < 100 ms)`);
      process.exit(0);
    },
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
