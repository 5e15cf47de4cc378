import fc from "fast-check";
import { VERBS } from "../../src/cards/verbs";
import { startApp, type AppHarness } from "../support/app-harness";
import { asUser, type TeamsUser } from "../support/teams-client";

/**
 * 1,000+ randomly mutated invoke payloads: whatever arrives, the server answers without a 5xx, keeps serving,
 * and never stores a report that the rules would refuse.
 */
const NOW = new Date("2026-11-27T03:00:00Z");
let app: AppHarness;
let employee: TeamsUser;
let supervisor: TeamsUser;

beforeAll(async () => {
  app = await startApp({ clock: { now: () => NOW } });
  employee = asUser(app.directory.getPerson("449ab166-8186-4856-8c52-9b4839c340b3")!);
  supervisor = asUser(app.directory.getManager(employee.aadObjectId)!);
  await app.teams.install(employee);
  await app.teams.install(supervisor);
});
afterAll(() => app.stop());

const validSubmit = () => ({
  type: "invoke",
  name: "adaptiveCard/action",
  value: {
    action: {
      type: "Action.Execute",
      verb: VERBS.reportSubmit,
      data: { formId: "5d0c7f8e-2b1a-4c3d-9e8f-0a1b2c3d4e5f", date: "2026-11-26", activity: "Menyusun laporan", quantity: "2", unit: "dokumen", evidenceUrl: "https://example.org/a" },
    },
    trigger: "manual",
  },
});

const validFeedback = (reportId: string) => ({
  type: "invoke",
  name: "adaptiveCard/action",
  value: { action: { type: "Action.Execute", verb: VERBS.reportFeedback, data: { employeeId: employee.aadObjectId, reportId, feedback: "Baik" } } },
});

type Json = unknown;
const weird = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.constant("x".repeat(70_000)),
  fc.constant("${activity} {{name}} <script>alert(1)</script>"),
  fc.constant("2026-02-30"),
  fc.constant("javascript:alert(1)"),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
);

/** Walks to a random place in the payload and replaces, deletes or nests the value found there. */
function mutate(payload: Json, path: number[], replacement: Json, op: number): Json {
  if (typeof payload !== "object" || payload === null || path.length === 0) return op % 3 === 0 ? replacement : payload;
  const entries = Object.entries(payload as Record<string, Json>);
  if (entries.length === 0) return replacement;
  const [key, value] = entries[path[0]! % entries.length]!;
  const copy: Record<string, Json> = Array.isArray(payload) ? ([...payload] as never) : { ...(payload as Record<string, Json>) };
  if (path.length === 1) {
    if (op % 3 === 1) delete copy[key];
    else copy[key] = op % 3 === 2 ? { nested: replacement } : replacement;
  } else copy[key] = mutate(value, path.slice(1), replacement, op);
  return copy;
}

test("1,000 mutated invokes never produce a 5xx and leave only valid data", async () => {
  const res = await app.teams.execute(employee, VERBS.reportSubmit, validSubmit().value.action.data);
  expect(res.body.statusCode).toBe(200);
  const [report] = await app.repositories.reports.listForEmployee(employee.aadObjectId);
  const bases = [validSubmit(), validFeedback(report!.id)];
  const samples = fc.sample(
    fc.tuple(fc.nat(1), fc.array(fc.nat(10), { minLength: 1, maxLength: 5 }), weird, fc.nat(8), fc.boolean()),
    { numRuns: 1000, seed: 20261128 },
  );
  const statuses = new Map<number, number>();
  const queue = [...samples];
  const worker = async () => {
    for (let s = queue.shift(); s; s = queue.shift()) {
      const [baseIndex, path, replacement, op, asSupervisor] = s;
      const user = asSupervisor ? supervisor : employee;
      const base = { ...app.teams.envelope(user, "invoke"), ...bases[baseIndex]! };
      const mutated = mutate(base, path, replacement, op);
      const answer = await app.teams.post(mutated);
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      expect(answer.status).toBeLessThan(500);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(1000);
  // Both answers happened: some mutations were refused (4xx) and some still reached a handler (200).
  expect(statuses.get(200)).toBeGreaterThan(0);
  expect([...statuses.keys()].some((s) => s >= 400)).toBe(true);

  for (const r of await app.repositories.reports.listForEmployee(employee.aadObjectId)) {
    expect(r.activity.trim().length).toBeGreaterThan(0);
    expect(r.activity.length).toBeLessThanOrEqual(2000);
    expect(r.date <= "2026-11-27" && r.date >= "2026-11-01").toBe(true);
    if (r.evidenceUrl) expect(r.evidenceUrl).toMatch(/^https?:\/\//);
    if (r.quantity !== undefined) expect(r.quantity).toBeGreaterThanOrEqual(0);
  }
  const health = await fetch(`${app.server.url}/healthz`);
  expect(health.status).toBe(200);
  const stillWorks = await app.teams.message(employee, "bantuan");
  expect(stillWorks.status).toBe(200);
}, 120_000);

test("malformed bodies and activities are refused with 400, not 5xx", async () => {
  const endpoint = `${app.server.url}/api/messages`;
  for (const body of ["{not json", "[]", "null", '"text"', "{}", '{"type":5}', JSON.stringify({ type: "invoke" })]) {
    const res = await fetch(endpoint, { method: "POST", headers: { "Content-Type": "application/json" }, body });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  }
  const huge = JSON.stringify({ type: "message", text: "x".repeat(300_000) });
  const res = await fetch(endpoint, { method: "POST", headers: { "Content-Type": "application/json" }, body: huge });
  expect(res.status).toBe(413);
});

test("an activity text over 2,000 characters gets a localized answer", async () => {
  const before = app.connector.calls.length;
  const res = await app.teams.message(employee, "lapor " + "a".repeat(2100));
  expect(res.status).toBe(200);
  const reply = app.connector.calls.slice(before).map((c) => String(c.activity.text ?? "")).join("\n");
  expect(reply).toContain("terlalu panjang");
  expect(reply).toContain("too long");
});
