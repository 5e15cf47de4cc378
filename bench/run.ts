/**
 * `npm run bench`: every benchmark scenario, printed as a markdown table and written to bench/results/.
 * Targets come from the issues; a number is reported as measured, never asserted in a unit test.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { benchBroadcast } from "./broadcast";
import { benchBroadcastServer } from "./broadcast-server";
import { benchCompetency } from "./competency";
import { benchCoverage } from "./coverage";
import { benchEvaluation } from "./evaluation";
import { benchGraphSync } from "./graph-sync";
import { benchReportSubmissions } from "./report-submissions";
import { benchStartup } from "./startup";
import { benchTeamOverview } from "./team-overview";
import { benchTokenValidation } from "./token-validation";

interface Row {
  scenario: string;
  metric: string;
  value: string;
  target: string;
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

async function main() {
  const only = process.argv.slice(2);
  const want = (name: string) => only.length === 0 || only.includes(name);
  const rows: Row[] = [];
  if (want("startup")) {
    const s = await benchStartup();
    rows.push({ scenario: "npm start", metric: "to ready, first start", value: `${fmt(s.firstStartMs / 1000, 2)} s`, target: "< 5 s" });
    rows.push({ scenario: "npm start", metric: "to ready, second start (same data)", value: `${fmt(s.secondStartMs / 1000, 2)} s`, target: "< 5 s" });
    rows.push({ scenario: "npm start", metric: "embedded Azurite stopped after Ctrl-C", value: s.azuriteStopped ? "yes" : "no", target: "yes" });
  }
  if (want("reports")) {
    const r = await benchReportSubmissions();
    const s = `${r.submissions} report invokes, concurrency ${r.concurrency}`;
    rows.push({ scenario: s, metric: "p50 latency", value: `${fmt(r.p50Ms)} ms`, target: "" });
    rows.push({ scenario: s, metric: "p95 latency", value: `${fmt(r.p95Ms)} ms`, target: "< 100 ms" });
    rows.push({ scenario: s, metric: "p99 latency", value: `${fmt(r.p99Ms)} ms`, target: "< 200 ms" });
    rows.push({ scenario: s, metric: "throughput", value: `${fmt(r.perSecond)} /s`, target: ">= 150 /s" });
    rows.push({ scenario: s, metric: "server peak RSS", value: `${fmt(r.peakRssMb)} MB`, target: "< 250 MB" });
    rows.push({ scenario: s, metric: "failed submissions", value: String(r.errors), target: "0" });
  }
  if (want("token")) {
    const t = await benchTokenValidation();
    rows.push({ scenario: `SSO token validation (${t.iterations}, cached JWKS)`, metric: "median", value: `${fmt(t.medianMs, 3)} ms`, target: "< 1 ms" });
    rows.push({ scenario: `SSO token validation (${t.iterations}, cached JWKS)`, metric: "p95", value: `${fmt(t.p95Ms, 3)} ms`, target: "" });
  }
  if (want("graph")) {
    const g = await benchGraphSync({ users: 6000, pageSize: 100 });
    const s = `Graph full sync, ${g.users} users, pages of 100, ${g.throttled} answered 429`;
    rows.push({ scenario: s, metric: "duration", value: `${fmt(g.seconds, 2)} s (${g.status})`, target: "< 30 s" });
    rows.push({ scenario: s, metric: "requests (pages + retries)", value: `${g.requests} (${g.pages} + ${g.retries})`, target: "= pages + retries" });
  }
  if (want("coverage")) {
    const c = await benchCoverage();
    const o = `Coverage, one OPD: ${c.opd.employees} employees x 5 RHK (${c.opd.rhks} RHK), Azurite`;
    rows.push({ scenario: o, metric: "median", value: `${fmt(c.opd.medianMs)} ms`, target: "< 300 ms" });
    rows.push({ scenario: o, metric: "Table requests per computation", value: String(c.opd.requests), target: "2 partitions (+1 per 1,000 rows)" });
    const w = `Coverage, city: ${c.city.employees} employees, ${c.city.opds} OPDs incl. Setda (${c.city.rhks} RHK), Azurite`;
    rows.push({ scenario: w, metric: "median", value: `${fmt(c.city.medianMs)} ms`, target: "< 1.5 s" });
    rows.push({ scenario: w, metric: "Table requests per computation", value: String(c.city.requests), target: "2 per OPD (+1 per 1,000 rows)" });
  }
  if (want("broadcast")) {
    // Issue 7 on the real server: one announcement to everyone sent by two server processes sharing the tenant
    // limit, 10,000 recipients at the published 50/s (~225 s), then at 500/s to show our own ceiling.
    // BENCH_BROADCAST_RECIPIENTS overrides the size for a quicker run.
    const recipients = Number(process.env.BENCH_BROADCAST_RECIPIENTS ?? 10_000);
    for (const ratePerSecond of [50, 500]) {
      const b = await benchBroadcastServer({ recipients, ratePerSecond });
      const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS ? `, servers run with node ${process.env.BENCH_SERVER_NODE_ARGS}` : "";
      const s = `Broadcast, real server: one announcement to ${b.recipients} employees, ${b.servers} server processes sharing a ${b.ratePerSecond}/s tenant limit, limit-enforcing loopback connector${nodeArgs}`;
      const atLimit = ratePerSecond === 50;
      rows.push({ scenario: s, metric: "POST /api/announcements (every recipient in the outbox)", value: `${fmt(b.composeMs / 1000, 2)} s`, target: "" });
      rows.push({ scenario: s, metric: "duration (POST to last delivery)", value: `${fmt(b.seconds)} s (settled in the API view: ${fmt(b.settledSeconds)} s)`, target: atLimit ? `~${fmt(b.recipients / ratePerSecond / 0.9, 0)} s` : "" });
      rows.push({ scenario: s, metric: "sends per second", value: `${fmt(b.sendsPerSecond)} /s (${fmt(b.shareOfLimit * 100, 0)}% of limit)`, target: atLimit ? ">= 90% of limit" : "our ceiling" });
      rows.push({ scenario: s, metric: "most sends in any sliding second", value: String(b.maxInAnySecond), target: `<= ${b.ratePerSecond}` });
      rows.push({ scenario: s, metric: "duplicates / lost", value: `${b.duplicates} / ${b.lost}`, target: "0 / 0" });
      rows.push({ scenario: s, metric: "throttled by the connector (429)", value: `${fmt(b.throttledShare * 100, 2)}%`, target: "<= 1%" });
      rows.push({ scenario: s, metric: "other proactive messages during the run (schedulers)", value: String(b.otherMessages), target: "0 (everyone seeded at 20 JP: no JP reminders)" });
      rows.push({ scenario: s, metric: "items sent / failed (author's view)", value: `${b.sent} / ${b.failed}${b.failed ? ` ${JSON.stringify(b.failures)}` : ""}`, target: `${b.recipients} / 0` });
      b.serverMemory.forEach((m, i) => {
        const at = m.atPeakRss ? ` (at peak: heap used ${m.atPeakRss.heapUsed} of ${m.atPeakRss.heapTotal} MB, external ${m.atPeakRss.external} MB; most heap used ${m.maxHeapUsedMb} MB)` : "";
        rows.push({ scenario: s, metric: `server process ${i + 1} peak RSS (VmHWM)`, value: `${fmt(m.peakRssMb)} MB${at}`, target: "< 300 MB" });
      });
      rows.push({ scenario: s, metric: "bench process peak RSS (connector, Azurite client, tsx; not the server)", value: `${fmt(b.benchPeakRssMb)} MB`, target: "" });
      const cpu = b.serverMemory.map((m) => fmt(m.cpuSeconds)).join(" + ");
      const perThousand = (b.serverMemory.reduce((t, m) => t + m.cpuSeconds, 0) / Math.max(1, b.sent)) * 1000;
      rows.push({ scenario: s, metric: "server CPU time (start-up included), both processes", value: `${cpu} s (${fmt(perThousand)} s per 1,000 sends)`, target: "" });
    }
  }
  if (only.includes("broadcast-inprocess")) {
    // Only when named: the outbox alone, two OutboxWorkers inside this process (no server, bot adapter or cards).
    // Its RSS is this whole process's, not a server's; `broadcast` above measures the servers.
    const recipients = Number(process.env.BENCH_BROADCAST_RECIPIENTS ?? 10_000);
    for (const ratePerSecond of [50, 500]) {
      const b = await benchBroadcast({ recipients, ratePerSecond });
      const s = `Broadcast, outbox workers in the bench process: ${b.recipients} recipients, ${b.workers} workers sharing a ${b.ratePerSecond}/s tenant limit, limit-enforcing loopback connector`;
      const atLimit = ratePerSecond === 50;
      rows.push({ scenario: s, metric: "duration", value: `${fmt(b.seconds)} s`, target: atLimit ? `~${fmt(b.recipients / ratePerSecond / 0.9, 0)} s` : "" });
      rows.push({ scenario: s, metric: "sends per second", value: `${fmt(b.sendsPerSecond)} /s (${fmt(b.shareOfLimit * 100, 0)}% of limit)`, target: atLimit ? ">= 90% of limit" : "our ceiling" });
      rows.push({ scenario: s, metric: "most sends in any sliding second", value: String(b.maxInAnySecond), target: `<= ${b.ratePerSecond}` });
      rows.push({ scenario: s, metric: "duplicates / lost", value: `${b.duplicates} / ${b.lost}`, target: "0 / 0" });
      rows.push({ scenario: s, metric: "throttled by the connector (429)", value: `${fmt(b.throttledShare * 100, 2)}%`, target: "<= 1%" });
      rows.push({ scenario: s, metric: "items retried / failed for good", value: `${b.workerTotals.retried} / ${b.workerTotals.failed}`, target: "" });
      rows.push({ scenario: s, metric: "peak RSS (workers + loopback connector + tsx, one process)", value: `${fmt(b.peakRssMb)} MB`, target: "< 300 MB" });
      rows.push({ scenario: s, metric: "storage requests per recipient", value: fmt(b.storageOpsPerRecipient), target: "" });
    }
  }
  if (want("team")) {
    const t = await benchTeamOverview();
    const s = `Supervisor home: GET /api/team/overview, ${t.directReports} direct reports in an OPD of 1,500 SKPs, ${t.requests} requests, Azurite`;
    rows.push({ scenario: s, metric: "p50", value: `${fmt(t.p50Ms)} ms`, target: "" });
    rows.push({ scenario: s, metric: "p95", value: `${fmt(t.p95Ms)} ms`, target: "< 100 ms" });
  }
  if (want("evaluation")) {
    const e = await benchEvaluation();
    const v = `Calibration view, one OPD as one unit: ${e.view.employees} rated employees, ${e.view.runs} sequential views, Azurite`;
    rows.push({ scenario: v, metric: "p50", value: `${fmt(e.view.p50Ms)} ms`, target: "" });
    rows.push({ scenario: v, metric: "p95", value: `${fmt(e.view.p95Ms)} ms`, target: "< 200 ms" });
    rows.push({ scenario: v, metric: "Table requests per view", value: fmt(e.view.requests, 0), target: "1 partition (+1 per 1,000 rows)" });
    for (const [label, c] of [["one partition query per unit (calibration views)", e.close], ["one range query per period (listPeriod)", e.closeByRange]] as const) {
      const s = `Closing a period city-wide, ${label}: ${c.employees} predikat, ${c.units} units' curves, Azurite`;
      rows.push({ scenario: s, metric: "median", value: `${fmt(c.medianMs / 1000, 2)} s`, target: "< 5 s" });
      rows.push({ scenario: s, metric: "Table requests", value: String(c.requests), target: "" });
      rows.push({ scenario: s, metric: "units breaking the curve / predikat differing from the matrix", value: `${c.unitsBreakingCurve} / ${c.predikatMismatches}`, target: "" });
    }
    const pc = e.periodClose;
    const ps = `Closing a period city-wide for real (POST /api/periods/:periodId/close): ${pc.employees} employees, ${pc.units} units, ${pc.unitsSet} set (${pc.evaluationsSet} evaluations), ${pc.unitsBlocked} blocked, Azurite`;
    rows.push({ scenario: ps, metric: "median until the answer", value: `${fmt(pc.medianMs / 1000, 2)} s`, target: "< 5 s" });
    rows.push({ scenario: ps, metric: "Table requests (range read + batch per unit + audit per evaluation + result-card jobs)", value: String(pc.requests), target: "" });
    rows.push({ scenario: ps, metric: "result cards queued in the outbox before the answer: jobs / cards", value: `${pc.resultCards.jobs} / ${pc.resultCards.items}`, target: `one per unit set / ${pc.evaluationsSet}` });
    rows.push({ scenario: ps, metric: "background work left after the answer: time / Table requests", value: `${fmt(pc.resultCards.medianMs / 1000, 2)} s / ${pc.resultCards.requests}`, target: "0 (nothing in memory to lose)" });
    rows.push({ scenario: ps, metric: "second close: time / Table requests / units set", value: `${fmt(pc.again.ms / 1000, 2)} s / ${pc.again.requests} / ${pc.again.unitsSet}`, target: "0 units set" });
  }
  if (want("competency")) {
    const c = await benchCompetency();
    const data = `${c.employees} employees, a year: ${c.needs} needs (${c.confirmedNeeds} confirmed), ${c.trainings} trainings, ${c.registrations} registrations, ${c.credits} JP credits, Azurite`;
    const tna = `Training needs analysis, city-wide (${c.tna.topics} topics); ${data}`;
    rows.push({ scenario: tna, metric: "median", value: `${fmt(c.tna.medianMs)} ms`, target: "< 2 s" });
    rows.push({ scenario: tna, metric: "Table requests per analysis", value: String(c.tna.requests), target: "1 partition (+1 per 1,000 rows)" });
    rows.push({ scenario: tna, metric: "counts equal the seeded data", value: c.tna.correct ? "yes" : "no", target: "yes" });
    const jp = `JP compliance, city-wide (${c.compliance.opds} OPDs, ${c.compliance.units} units, ${c.compliance.reached} reached 20 JP); ${data}`;
    rows.push({ scenario: jp, metric: "median", value: `${fmt(c.compliance.medianMs)} ms`, target: "< 2 s" });
    rows.push({ scenario: jp, metric: "Table requests per computation", value: String(c.compliance.requests), target: "1 partition (+1 per 1,000 rows)" });
    rows.push({ scenario: jp, metric: "counts equal the seeded data", value: c.compliance.correct ? "yes" : "no", target: "yes" });
  }
  const table = [
    `Kinerja ASN benchmark, ${new Date().toISOString()}, ${os.cpus().length} cores, node ${process.version}`,
    "",
    "| scenario | metric | measured | target |",
    "|---|---|---|---|",
    ...rows.map((r) => `| ${r.scenario} | ${r.metric} | ${r.value} | ${r.target} |`),
  ].join("\n");
  console.log(table);
  const dir = path.join(__dirname, "results");
  fs.mkdirSync(dir, { recursive: true });
  // One file per set of scenarios, so a run of one scenario does not replace another's results.
  fs.writeFileSync(path.join(dir, `latest-${only.length ? only.join("+") : "all"}.md`), table + "\n");
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
