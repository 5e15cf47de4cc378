import { openTableStorage, type Repositories } from "../../src/storage";
import { uniquePrefix } from "../support/app-harness";
import type { NewReport } from "../../src/services/ports";

let repos: Repositories;
beforeAll(async () => {
  repos = await openTableStorage(process.env.TEST_STORAGE_CONNECTION_STRING!, uniquePrefix("store"));
});

const report = (formId: string, date = "2026-11-20", activity = "Menyusun laporan"): NewReport => ({
  employeeId: "emp-1",
  formId,
  date,
  activity,
  periodId: "2026-bulanan-11",
  createdAt: "2026-11-20T03:00:00.000Z",
});

describe("reports on Azurite", () => {
  test("the same formId stores one report, even when the repeat carries other values", async () => {
    const first = await repos.reports.createOnce(report("form-aaaa-0001"));
    const again = await repos.reports.createOnce(report("form-aaaa-0001", "2026-11-21", "Nilai lain"));
    expect(first.created).toBe(true);
    expect(again).toMatchObject({ created: false, report: { id: first.report.id, activity: "Menyusun laporan" } });
    const concurrent = await Promise.all(Array.from({ length: 10 }, () => repos.reports.createOnce(report("form-aaaa-0002"))));
    expect(concurrent.filter((r) => r.created)).toHaveLength(1);
    expect(await repos.reports.listForEmployee("emp-1")).toHaveLength(2);
  });

  test("a date range is one partition range; idempotency markers never show up as reports", async () => {
    await repos.reports.createOnce(report("form-bbbb-0001", "2026-10-31"));
    await repos.reports.createOnce(report("form-bbbb-0002", "2026-12-01"));
    const november = await repos.reports.listForEmployee("emp-1", { from: "2026-11-01", to: "2026-11-30" });
    expect(november.map((r) => r.date).sort()).toEqual(["2026-11-20", "2026-11-20"]);
    expect((await repos.reports.listForEmployee("emp-1")).every((r) => !r.id.startsWith("idem_"))).toBe(true);
    expect(await repos.reports.get("emp-1", "idem_form-bbbb-0001")).toBeUndefined();
  });

  test("feedback with a stale ETag is refused, so a second writer cannot overwrite the first", async () => {
    const { report: created } = await repos.reports.createOnce(report("form-cccc-0001"));
    const read1 = (await repos.reports.get("emp-1", created.id))!;
    const read2 = (await repos.reports.get("emp-1", created.id))!;
    expect(await repos.reports.setFeedback(read1, { text: "Pertama", byId: "sup", at: "2026-11-21T01:00:00Z" })).toBe("ok");
    expect(await repos.reports.setFeedback(read2, { text: "Kedua", byId: "sup", at: "2026-11-21T01:00:01Z" })).toBe("conflict");
    expect((await repos.reports.get("emp-1", created.id))!.feedback!.text).toBe("Pertama");
  });

  test("audit is append-only and lists an owner's entries in time order", async () => {
    for (const at of ["2026-11-21T02:00:00.000Z", "2026-11-21T01:00:00.000Z"]) {
      await repos.audit.append({ actorId: "sup", action: "report.feedback", subjectType: "report", subjectId: "r", ownerId: "emp-9", fromState: "submitted", toState: "answered", at });
    }
    expect((await repos.audit.listForOwner("emp-9")).map((e) => e.at)).toEqual(["2026-11-21T01:00:00.000Z", "2026-11-21T02:00:00.000Z"]);
  });

  test("conversation references survive a round trip and are removed on uninstall", async () => {
    const reference = { conversation: { id: "a:1" }, serviceUrl: "https://smba.trafficmanager.net/apac/" };
    await repos.conversations.save({ scope: "personal", ownerId: "emp-1", reference, updatedAt: "2026-11-21T00:00:00Z" });
    expect((await repos.conversations.get("personal", "emp-1"))!.reference).toEqual(reference);
    await repos.conversations.remove("personal", "emp-1");
    await repos.conversations.remove("personal", "emp-1");
    expect(await repos.conversations.get("personal", "emp-1")).toBeUndefined();
  });
});
