import { randomBytes } from "node:crypto";
import { TableClient } from "@azure/data-tables";
import type { OrgData } from "../../src/domain/org";
import {
  CHUNK_BYTES,
  DirectoryCopyConflictError,
  DirectoryCopyCorruptError,
  TableDirectoryCopyStore,
  type DirectoryCopy,
} from "../../src/storage/directory-copy-store";
import { EXPECTED_PEOPLE, EXPECTED_UNITS, ORGANIZATION } from "./support/small-org";

const connectionString = (): string => {
  const cs = process.env.TEST_STORAGE_CONNECTION_STRING;
  if (!cs) throw new Error("TEST_STORAGE_CONNECTION_STRING is not set (jest global setup starts Azurite)");
  return cs;
};

let tableNo = 0;
/** A fresh table per test: letters and digits only, starting with a letter. */
const freshTable = () => `graphcopy${Date.now().toString(36)}${tableNo++}`;

async function openStore(): Promise<{ store: TableDirectoryCopyStore<{ note: string }>; table: TableClient }> {
  const name = freshTable();
  const store = TableDirectoryCopyStore.fromConnectionString<{ note: string }>(connectionString(), name);
  await store.ensureTable();
  return { store, table: TableClient.fromConnectionString(connectionString(), name, { allowInsecureConnection: true }) };
}

const smallOrg: OrgData = { organization: ORGANIZATION, units: EXPECTED_UNITS, people: EXPECTED_PEOPLE };
const copyOf = (note: string, org: OrgData = smallOrg): DirectoryCopy<{ note: string }> => ({ org, source: { note } });

/** Random job titles defeat gzip, so the copy really spans many chunks and more than one batch. */
function bigOrg(people: number): OrgData {
  const template = EXPECTED_PEOPLE[5]!;
  return {
    ...smallOrg,
    people: Array.from({ length: people }, (_, i) => ({ ...template, id: `p${i}`, jobTitle: randomBytes(600).toString("hex") })),
  };
}

async function snapshotRows(table: TableClient): Promise<string[]> {
  const rows: string[] = [];
  for await (const e of table.listEntities({ queryOptions: { select: ["PartitionKey", "RowKey"] } })) {
    if (e.partitionKey?.startsWith("snapshot-")) rows.push(`${e.partitionKey}/${e.rowKey}`);
  }
  return rows;
}

describe("TableDirectoryCopyStore (Azurite)", () => {
  test("an empty table has no copy; a saved copy loads back exactly", async () => {
    const { store } = await openStore();
    expect(await store.load()).toBeNull();

    const saved = await store.save(copyOf("first"), null);
    const loaded = await store.load();
    expect(loaded).toEqual({ copy: copyOf("first"), version: saved.version, savedAt: saved.savedAt, etag: saved.etag });
  });

  test("a large copy spans many chunks and batches, and the replaced copy's chunks are removed", async () => {
    const { store, table } = await openStore();
    const first = await store.save(copyOf("small"), null);
    const org = bigOrg(6000);
    const second = await store.save(copyOf("big", org), first.etag);

    const rows = await snapshotRows(table);
    expect(rows.length).toBeGreaterThan(40); // more than one 40-chunk batch of CHUNK_BYTES each
    expect(rows.every((r) => r.startsWith(`snapshot-${second.version}/`))).toBe(true);
    expect((await store.load())?.copy).toEqual(copyOf("big", org));
    expect(CHUNK_BYTES).toBeLessThan(64 * 1024);
  });

  test("a save from a stale copy is refused and the newer copy stays", async () => {
    const { store } = await openStore();
    const first = await store.save(copyOf("first"), null);
    const second = await store.save(copyOf("second"), first.etag);

    await expect(store.save(copyOf("stale"), first.etag)).rejects.toBeInstanceOf(DirectoryCopyConflictError);
    await expect(store.save(copyOf("also stale"), null)).rejects.toBeInstanceOf(DirectoryCopyConflictError);
    expect((await store.load())?.copy.source.note).toBe("second");
    expect((await store.load())?.version).toBe(second.version);
  });

  test("a save that fails while writing chunks leaves the last good copy in place, and no orphans", async () => {
    const { store, table } = await openStore();
    const first = await store.save(copyOf("good"), null);
    const tableOfStore = (store as unknown as { table: TableClient }).table;
    const original = tableOfStore.submitTransaction.bind(tableOfStore);
    let calls = 0;
    const spy = jest.spyOn(tableOfStore, "submitTransaction").mockImplementation(async (actions) => {
      calls++;
      if (calls === 2) throw new Error("storage went away");
      return original(actions);
    });

    await expect(store.save(copyOf("partial", bigOrg(6000)), first.etag)).rejects.toThrow("storage went away");
    spy.mockRestore();

    expect(await store.load()).toEqual({ copy: copyOf("good"), version: first.version, savedAt: first.savedAt, etag: first.etag });
    expect((await snapshotRows(table)).every((r) => r.startsWith(`snapshot-${first.version}/`))).toBe(true);
  });

  test("a damaged copy is reported, not half-loaded", async () => {
    const { store, table } = await openStore();
    const saved = await store.save(copyOf("x", bigOrg(500)), null);
    await table.deleteEntity(`snapshot-${saved.version}`, "000001");

    await expect(store.load()).rejects.toBeInstanceOf(DirectoryCopyCorruptError);
  });
});
