import type { OrgIndicator } from "../../src/domain/cascading";
import { openTableStorage, type Repositories } from "../../src/storage";
import { MAX_INDICATORS_PER_WRITE } from "../../src/storage/indicator-repository";
import { uniquePrefix } from "../support/app-harness";

let repos: Repositories;
beforeAll(async () => {
  repos = await openTableStorage(process.env.TEST_STORAGE_CONNECTION_STRING!, uniquePrefix("ind"));
});

const indicator = (id: string, opdId = "dinkes", overrides: Partial<OrgIndicator> = {}): OrgIndicator => ({
  id,
  opdId,
  year: 2026,
  sasaran: "Meningkatnya derajat kesehatan masyarakat",
  indicator: `Indikator ${id}`,
  target: { approach: "KUANTITATIF", value: 92.5, unit: "persen" },
  ...overrides,
});

describe("organisation indicators on Azurite", () => {
  test("quantitative and qualitative indicators round-trip; other OPDs and years stay apart", async () => {
    const quali = indicator("ind-2", "dinkes", { target: { approach: "KUALITATIF", narrative: "Layanan puskesmas terakreditasi paripurna" } });
    const large = indicator("ind-3", "dinkes", { target: { approach: "KUANTITATIF", value: 7_500_000_000, unit: "rupiah" } });
    await repos.indicators.upsertAll(2026, "dinkes", [indicator("ind-1"), quali, large]);
    await repos.indicators.upsertAll(2026, "bkpsdm", [indicator("ind-9", "bkpsdm")]);
    await repos.indicators.upsertAll(2027, "dinkes", [indicator("ind-1", "dinkes", { year: 2027 })]);
    expect(await repos.indicators.listByOpd(2026, "dinkes")).toEqual([indicator("ind-1"), quali, large]);
    expect(await repos.indicators.get(2026, "dinkes", "ind-2")).toEqual(quali);
    expect(await repos.indicators.get(2026, "dinkes", "ind-9")).toBeUndefined();
  });

  test("upsert replaces by id and keeps the others; remove says whether something was there", async () => {
    await repos.indicators.upsertAll(2026, "disdik", [indicator("a", "disdik"), indicator("b", "disdik")]);
    await repos.indicators.upsertAll(2026, "disdik", [indicator("a", "disdik", { indicator: "Baru" })]);
    expect((await repos.indicators.listByOpd(2026, "disdik")).map((i) => [i.id, i.indicator])).toEqual([["a", "Baru"], ["b", "Indikator b"]]);
    expect(await repos.indicators.remove(2026, "disdik", "b")).toBe(true);
    expect(await repos.indicators.remove(2026, "disdik", "b")).toBe(false);
    expect((await repos.indicators.listByOpd(2026, "disdik")).map((i) => i.id)).toEqual(["a"]);
  });

  test("a write of 100 is one transaction: a failing entity leaves none of them stored", async () => {
    const many = Array.from({ length: MAX_INDICATORS_PER_WRITE }, (_, i) => indicator(`m-${String(i).padStart(3, "0")}`, "dukcapil"));
    // A RowKey with '#' is refused by the Table service: the whole batch must fail, not just that row.
    many[99] = indicator("bad#key", "dukcapil");
    await expect(repos.indicators.upsertAll(2026, "dukcapil", many)).rejects.toThrow();
    expect(await repos.indicators.listByOpd(2026, "dukcapil")).toEqual([]);
    many[99] = indicator("m-099", "dukcapil");
    await repos.indicators.upsertAll(2026, "dukcapil", many);
    expect(await repos.indicators.listByOpd(2026, "dukcapil")).toHaveLength(100);
  });

  test("more than 100, a duplicate id or another OPD in one call is refused before anything is written", async () => {
    const tooMany = Array.from({ length: MAX_INDICATORS_PER_WRITE + 1 }, (_, i) => indicator(`t-${i}`, "dishub"));
    await expect(repos.indicators.upsertAll(2026, "dishub", tooMany)).rejects.toThrow(RangeError);
    await expect(repos.indicators.upsertAll(2026, "dishub", [indicator("x", "dishub"), indicator("x", "dishub")])).rejects.toThrow(RangeError);
    await expect(repos.indicators.upsertAll(2026, "dishub", [indicator("y", "dinkes")])).rejects.toThrow(RangeError);
    expect(await repos.indicators.listByOpd(2026, "dishub")).toEqual([]);
  });
});
