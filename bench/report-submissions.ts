/**
 * 1,000 progress-report submissions as Action.Execute invokes over HTTP at concurrency 20, against the real
 * server process on Azurite, each one also sending the supervisor's card to a loopback connector.
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { VERBS } from "../src/cards/verbs";
import { generateSyntheticOrg } from "../src/directory";
import { toWibDate } from "../src/domain/time";
import { freePort, startAzurite } from "../src/storage/azurite";
import { LoopbackConnector } from "../test/support/connector";
import { TeamsClient } from "../test/support/teams-client";
import { percentile, startServerProcess } from "./support/server-process";

export interface SubmissionBenchResult {
  submissions: number;
  concurrency: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  perSecond: number;
  peakRssMb: number;
  errors: number;
}

export async function benchReportSubmissions(submissions = 1000, concurrency = 20): Promise<SubmissionBenchResult> {
  const azurite = await startAzurite();
  const org = generateSyntheticOrg({ employees: 6000, seed: 7 });
  const orgFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kinerja-bench-")), "org.json");
  fs.writeFileSync(orgFile, JSON.stringify(org));
  const connector = new LoopbackConnector();
  await connector.start();
  const server = await startServerProcess(
    { STORAGE_CONNECTION_STRING: azurite.connectionString, ORG_DIRECTORY_FILE: orgFile, TABLE_PREFIX: "bench" },
    await freePort(),
  );
  try {
    const teams = new TeamsClient(`${server.url}/api/messages`, connector.url);
    const people = org.users.filter((u) => u.managerId).slice(0, submissions);
    const installed = new Set<string>();
    for (const p of people) {
      for (const id of [p.id, p.managerId!]) {
        if (installed.has(id)) continue;
        installed.add(id);
        await teams.install({ aadObjectId: id, name: id });
      }
    }
    const today = toWibDate(new Date());
    const latencies: number[] = [];
    let errors = 0;
    let next = 0;
    const started = performance.now();
    const worker = async () => {
      for (let i = next++; i < submissions; i = next++) {
        const person = people[i % people.length]!;
        const t0 = performance.now();
        const res = await teams.execute({ aadObjectId: person.id, name: person.displayName }, VERBS.reportSubmit, {
          formId: randomUUID(),
          date: today,
          activity: `Menyelesaikan pekerjaan nomor ${i}`,
          quantity: "3",
          unit: "dokumen",
        });
        latencies.push(performance.now() - t0);
        if (res.status !== 200 || res.body?.statusCode !== 200) errors++;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    return {
      submissions,
      concurrency,
      p50Ms: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
      p99Ms: percentile(latencies, 99),
      perSecond: submissions / seconds,
      peakRssMb: server.peakRssMb(),
      errors,
    };
  } finally {
    await server.stop();
    await connector.stop();
    await azurite.stop();
  }
}
