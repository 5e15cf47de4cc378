import { createSkpDraft } from "../../src/domain/skp";
import { ConflictError, type StoredSkp } from "../../src/services/planning-ports";
import { openTableStorage, type Repositories } from "../../src/storage";
import { fromJsonColumns, JSON_PART_CHARS, toJsonColumns } from "../../src/storage/json-columns";
import { uniquePrefix } from "../support/app-harness";

let repos: Repositories;
beforeAll(async () => {
  repos = await openTableStorage(process.env.TEST_STORAGE_CONNECTION_STRING!, uniquePrefix("skp"));
});

const NOW = new Date("2026-01-15T02:00:00Z");
function skp(employeeId: string, revision = 1, opdId = "bkpsdm"): StoredSkp {
  const draft = createSkpDraft({ id: `skp-${employeeId}-${revision}`, employeeId, jabatanType: "Pelaksana", year: 2026, now: NOW });
  return {
    ...draft,
    revision,
    opdId,
    rhks: [
      {
        id: `${employeeId}-rhk-1`,
        group: "UTAMA",
        text: "Terverifikasinya berkas kenaikan pangkat tepat waktu",
        parent: { kind: "SUPERVISOR_RHK", rhkId: "sup-rhk-1" },
        indicators: [{ id: "iki-1", text: "Jumlah berkas", aspek: "KUANTITAS", target: { approach: "KUANTITATIF", value: 120, unit: "berkas" } }],
      },
    ],
  };
}

describe("SKP revisions on Azurite", () => {
  test("a revision comes back exactly as written, with an ETag", async () => {
    const written = skp("emp-round");
    const created = await repos.skps.create(written);
    expect(created.etag).toEqual(expect.any(String));
    const [read] = await repos.skps.listRevisions(2026, "bkpsdm", "emp-round");
    const { etag, ...content } = read!;
    expect(content).toEqual(written);
    expect(etag).toBe(created.etag);
  });

  test("content far over 64 KiB (one string property) survives, with a character outside the BMP right at a column cut", async () => {
    const big = skp("emp-big");
    // 3,000 characters per Lampiran item. Only one emoji (a surrogate pair), placed so that its high surrogate is the
    // last character of the first 30,000-character column: a careless cut would break it there. The rest is ASCII
    // because Azurite (not Azure) decodes a table request body chunk by chunk (segments.join("") on Buffers in
    // azurite/dist/src/table/generated/utils/serializer.js): any multi-byte character that straddles two TCP chunks
    // arrives as U+FFFD, so dense emoji in a 180 KB body made this test fail now and then on the emulator alone.
    const item = "Dukungan anggaran dan sarana ".repeat(100);
    big.lampiran.dukunganSumberDaya = Array.from({ length: 60 }, (_, i) => `${i}: ${item}`);
    const json = JSON.stringify(big);
    const cut = JSON_PART_CHARS - 1;
    const k = big.lampiran.dukunganSumberDaya.findIndex((text) => {
      const start = json.indexOf(JSON.stringify(text));
      return start < cut && cut < start + text.length;
    });
    const text = big.lampiran.dukunganSumberDaya[k]!;
    const within = cut - json.indexOf(JSON.stringify(text)) - 1; // the quote before the text
    big.lampiran.dukunganSumberDaya[k] = `${text.slice(0, within)}📊${text.slice(within)}`;
    expect(JSON.stringify(big).charCodeAt(cut)).toBe("📊".charCodeAt(0));
    expect(JSON.stringify(big).length).toBeGreaterThan(150_000);
    await repos.skps.create(big);
    const [read] = await repos.skps.listRevisions(2026, "bkpsdm", "emp-big");
    expect(read!.lampiran.dukunganSumberDaya).toEqual(big.lampiran.dukunganSumberDaya);
    expect(read!.lampiran.dukunganSumberDaya[k]).toContain("📊");
  });

  test("the JSON is never cut inside a surrogate pair, whatever the offset", () => {
    for (const text of ["📊".repeat(40_000), `x${"📊".repeat(40_000)}`]) {
      const columns = toJsonColumns({ text });
      const parts = Object.keys(columns).filter((k) => k.startsWith("json") && k !== "jsonParts").map((k) => columns[k] as string);
      expect(parts.every((p) => p.length <= JSON_PART_CHARS && !/[\uD800-\uDBFF]$/.test(p) && !/^[\uDC00-\uDFFF]/.test(p))).toBe(true);
      expect(fromJsonColumns<{ text: string }>(columns).text).toBe(text);
    }
  });

  test("creating a revision that exists is a ConflictError and keeps the first", async () => {
    await repos.skps.create(skp("emp-dup"));
    const other = { ...skp("emp-dup"), state: "diajukan" as const };
    await expect(repos.skps.create(other)).rejects.toBeInstanceOf(ConflictError);
    expect((await repos.skps.listRevisions(2026, "bkpsdm", "emp-dup")).map((s) => s.state)).toEqual(["draft"]);
  });

  test("a replace with a stale ETag is refused, so the second writer cannot overwrite the first", async () => {
    const created = await repos.skps.create(skp("emp-race"));
    const first = await repos.skps.replace({ ...created, state: "diajukan", submittedAt: "2026-01-16T01:00:00.000Z" });
    await expect(repos.skps.replace({ ...created, returnReason: "lain" })).rejects.toBeInstanceOf(ConflictError);
    const [read] = await repos.skps.listRevisions(2026, "bkpsdm", "emp-race");
    expect(read).toMatchObject({ state: "diajukan", submittedAt: "2026-01-16T01:00:00.000Z", etag: first.etag });
    expect(read!.returnReason).toBeUndefined();
    // The fresh ETag works.
    await expect(repos.skps.replace({ ...read!, state: "disetujui" })).resolves.toMatchObject({ state: "disetujui" });
  });

  test("an employee's revisions are only theirs (abc never sees abcd or abc_x), oldest first", async () => {
    for (const id of ["abcd", "abc_x", "ab"]) await repos.skps.create(skp(id));
    for (const revision of [2, 1, 10]) await repos.skps.create(skp("abc", revision));
    const revisions = await repos.skps.listRevisions(2026, "bkpsdm", "abc");
    expect(revisions.map((s) => [s.employeeId, s.revision])).toEqual([["abc", 1], ["abc", 2], ["abc", 10]]);
    expect((await repos.skps.listRevisions(2026, "bkpsdm", "abcd")).map((s) => s.employeeId)).toEqual(["abcd"]);
  });

  test("outlines carry state and RHK links only, for every revision of the OPD", async () => {
    await repos.skps.create(skp("emp-out-a", 1, "disdik"));
    await repos.skps.create({ ...skp("emp-out-a", 2, "disdik"), state: "diajukan" });
    const outlines = await repos.skps.listOutlinesByOpd(2026, "disdik");
    expect(outlines).toEqual([
      { employeeId: "emp-out-a", revision: 1, state: "draft", rhks: [{ id: "emp-out-a-rhk-1", text: "Terverifikasinya berkas kenaikan pangkat tepat waktu", parent: { kind: "SUPERVISOR_RHK", rhkId: "sup-rhk-1" } }] },
      { employeeId: "emp-out-a", revision: 2, state: "diajukan", rhks: [{ id: "emp-out-a-rhk-1", text: "Terverifikasinya berkas kenaikan pangkat tepat waktu", parent: { kind: "SUPERVISOR_RHK", rhkId: "sup-rhk-1" } }] },
    ]);
  });

  test("listByOpd is the OPD and year only", async () => {
    await repos.skps.create(skp("emp-opd-a", 1, "dinkes"));
    await repos.skps.create(skp("emp-opd-b", 1, "dinkes"));
    await repos.skps.create(skp("emp-opd-c", 1, "disdukcapil"));
    await repos.skps.create({ ...skp("emp-opd-d", 1, "dinkes"), year: 2027 });
    const dinkes = await repos.skps.listByOpd(2026, "dinkes");
    expect(dinkes.map((s) => s.employeeId)).toEqual(["emp-opd-a", "emp-opd-b"]);
    expect(dinkes.every((s) => s.opdId === "dinkes" && s.year === 2026)).toBe(true);
  });
});
