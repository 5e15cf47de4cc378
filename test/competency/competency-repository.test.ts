import { randomUUID } from "node:crypto";
import type { CompetencyRepository, StoredNeed, Training } from "../../src/services/competency-ports";
import { ConflictError } from "../../src/services/planning-ports";
import { openTableStorage } from "../../src/storage";
import { uniquePrefix } from "../support/app-harness";

let repo: CompetencyRepository;
beforeAll(async () => {
  repo = (await openTableStorage(process.env.TEST_STORAGE_CONNECTION_STRING!, uniquePrefix("comp"))).competency;
});

const training = (): Training => ({
  id: randomUUID(), title: "Workshop", type: "klasikal", jp: 4, start: "2026-04-14T02:00:00.000Z", end: "2026-04-14T05:00:00.000Z",
  place: "Aula", capacity: 1, addresses: ["kompeten"], targetUnitIds: [], organizerId: "org", createdAt: "2026-03-01T00:00:00.000Z",
});
const reg = (trainingId: string, employeeId: string) => ({ trainingId, employeeId, status: "registered" as const, requestedAt: "2026-03-02T00:00:00.000Z", updatedAt: "2026-03-02T00:00:00.000Z" });

describe("competency storage on Azurite", () => {
  test("a registration committed with a stale training ETag is refused and nothing of it is written", async () => {
    const t = await repo.createTraining(training());
    await repo.commitTraining(t, [reg(t.id, "emp-a")]);
    await expect(repo.commitTraining(t, [reg(t.id, "emp-b")])).rejects.toBeInstanceOf(ConflictError);
    const full = await repo.trainingWithRegistrations(t.id);
    expect(full!.registrations.map((r) => r.employeeId)).toEqual(["emp-a"]);
    await repo.commitTraining(full!.training, [reg(t.id, "emp-b")]);
    expect((await repo.trainingWithRegistrations(t.id))!.registrations.map((r) => r.employeeId).sort()).toEqual(["emp-a", "emp-b"]);
  });

  test("an employee's needs are a row-key range: 'abc' never sees 'abcd' or 'abc-x'", async () => {
    const need = (employeeId: string, id: string): StoredNeed => ({
      id, employeeId, year: 2031, source: "REKOMENDASI", topic: `t-${id}`, status: "confirmed", origin: "supervisor", unitId: "u", opdId: "o", jabatanType: "Pelaksana", updatedAt: "2031-01-01T00:00:00.000Z", updatedById: "s",
    });
    await repo.saveNeeds([need("abc", "0000000000000001"), need("abc", "0000000000000002")]);
    await repo.saveNeeds([need("abcd", "0000000000000003")]);
    await repo.saveNeeds([need("abc-x", "0000000000000004")]);
    expect((await repo.needsOf(2031, "abc")).map((n) => n.id).sort()).toEqual(["0000000000000001", "0000000000000002"]);
    expect(await repo.listNeeds(2031)).toHaveLength(4);
  });

  test("a claim succeeds once", async () => {
    const key = `remind|${randomUUID()}|emp`;
    expect(await repo.claimOnce(key, "2026-04-13T02:00:00.000Z")).toBe(true);
    expect(await repo.claimOnce(key, "2026-04-13T02:05:00.000Z")).toBe(false);
  });
});
