import { ConflictError, type PeranHasilMatrix } from "../../src/services/planning-ports";
import { openTableStorage, type Repositories } from "../../src/storage";
import { uniquePrefix } from "../support/app-harness";

let repos: Repositories;
beforeAll(async () => {
  repos = await openTableStorage(process.env.TEST_STORAGE_CONNECTION_STRING!, uniquePrefix("mph"));
});

const matrix = (supervisorId: string, text = "Menyusun draf kebijakan"): PeranHasilMatrix => ({
  supervisorId,
  year: 2026,
  cells: [
    { supervisorRhkId: "sup-rhk-1", subordinateId: "emp-1", text },
    { supervisorRhkId: "sup-rhk-2", subordinateId: "emp-2", text: "Mengolah data kepegawaian" },
  ],
  updatedAt: "2026-01-20T02:00:00.000Z",
});

describe("Matriks Peran Hasil on Azurite", () => {
  test("round trip, also for cells far over 64 KiB in total", async () => {
    expect(await repos.matrices.get(2026, "sup-a")).toBeUndefined();
    const big = matrix("sup-a");
    big.cells = Array.from({ length: 60 }, (_, i) => ({ supervisorRhkId: `r${i % 6}`, subordinateId: `e${i}`, text: "Peran hasil ".repeat(160) }));
    const saved = await repos.matrices.save(big);
    const { etag, ...read } = (await repos.matrices.get(2026, "sup-a"))!;
    expect(read).toEqual(big);
    expect(etag).toBe(saved.etag);
    expect(await repos.matrices.get(2027, "sup-a")).toBeUndefined();
  });

  test("a second create and a stale ETag are conflicts; the first write stays", async () => {
    const first = await repos.matrices.save(matrix("sup-b"));
    await expect(repos.matrices.save(matrix("sup-b", "tanpa etag"))).rejects.toBeInstanceOf(ConflictError);
    const second = await repos.matrices.save({ ...first, cells: first.cells.slice(0, 1) });
    await expect(repos.matrices.save({ ...first, cells: [] })).rejects.toBeInstanceOf(ConflictError);
    const read = (await repos.matrices.get(2026, "sup-b"))!;
    expect(read.cells).toEqual(matrix("sup-b").cells.slice(0, 1));
    expect(read.etag).toBe(second.etag);
  });
});
