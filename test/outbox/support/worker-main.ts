/**
 * One outbox worker as its own process (run with `node --import tsx`), so tests can run two at once and kill
 * one without any cleanup. Settings come from the environment; prints its summary as JSON when it finishes.
 */
import { OutboxWorker } from "../../../src/services/outbox/worker";
import { openOutboxStorage } from "../../../src/storage/outbox-tables";
import { httpSendPort } from "./http-send-port";

async function main() {
  const env = (name: string) => {
    const v = process.env[name];
    if (!v) throw new Error(`${name} missing`);
    return v;
  };
  const rate = Number(env("OUTBOX_RATE"));
  const storage = await openOutboxStorage(env("OUTBOX_CONNECTION"), env("OUTBOX_PREFIX"));
  const worker = new OutboxWorker(storage.store, storage.gate("tenant-test", rate), httpSendPort(env("OUTBOX_CONNECTOR")), {
    owner: env("OUTBOX_OWNER"),
    tenantRatePerSecond: rate,
    leaseMs: Number(process.env.OUTBOX_LEASE_MS ?? 5000),
    concurrency: Number(process.env.OUTBOX_CONCURRENCY ?? 8),
    pollMs: 100,
  });
  process.stdout.write("ready\n");
  const summary = await worker.run(env("OUTBOX_JOB"));
  process.stdout.write(JSON.stringify(summary) + "\n");
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
