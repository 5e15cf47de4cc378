import { ClientSecretCredential, ManagedIdentityCredential } from "@azure/identity";
import {
  buildOrgData,
  createGraphCredential,
  GraphConfigError,
  loadGraphDirectoryConfig,
  slugUnitId,
  type GraphOrgMapping,
} from "../../src/directory/graph";
import type { GraphUserRecord } from "../../src/directory/graph/graph-user-record";
import { ADMIN_GROUP, ORGANIZATION } from "./support/small-org";

let serial = 0;
const record = (id: string, department: string | null, managerId: string | null = null): GraphUserRecord => ({
  id,
  displayName: id,
  userPrincipalName: `${id}@x`,
  employeeId: `19900101201503${String(++serial).padStart(4, "0")}`,
  jobTitle: null,
  department,
  employeeType: "Pelaksana",
  accountEnabled: true,
  managerId,
});

describe("buildOrgData: units", () => {
  const mapping: GraphOrgMapping = {
    organization: ORGANIZATION,
    adminGroupId: ADMIN_GROUP,
    rootUnit: { id: "pemkot", name: "Pemerintah Kota Pontianak" },
    units: { dinkes: { name: "Dinas Kesehatan", parentId: "pemkot" }, "dinkes-yankes": { parentId: "dinkes" } },
    departmentUnits: { "Dinas Kesehatan": "dinkes", "Bidang Pelayanan Kesehatan": "dinkes-yankes", Puskesmas: "puskesmas" },
  };

  test("configured units keep their tree; a mapped unit missing from the tree hangs under the root", () => {
    const built = buildOrgData(
      [record("a", "Dinas Kesehatan"), record("b", "Bidang Pelayanan Kesehatan", "a"), record("c", "Puskesmas", "a")],
      { admin: [], kompetensi: [] },
      { ...mapping, topUserIds: ["a"] },
    );
    expect(built.org.units).toEqual([
      { id: "pemkot", name: "Pemerintah Kota Pontianak", parentId: null },
      { id: "dinkes", name: "Dinas Kesehatan", parentId: "pemkot" },
      { id: "dinkes-yankes", name: "Bidang Pelayanan Kesehatan", parentId: "dinkes" },
      { id: "puskesmas", name: "Puskesmas", parentId: "pemkot" },
    ]);
    expect(built.org.people.map((p) => p.unitId)).toEqual(["dinkes", "dinkes-yankes", "puskesmas"]);
    expect(built.problems).toEqual([]);
  });

  test("without a root, derived units sit at the top; slugs drop accents and punctuation", () => {
    const built = buildOrgData([record("a", "Dinas Pekerjaan Umum & Penataan Ruang"), record("b", "  Bappéda ")], { admin: [], kompetensi: [] }, {
      organization: ORGANIZATION,
      adminGroupId: ADMIN_GROUP,
      topUserIds: ["a", "b"],
    });
    expect(built.org.units).toEqual([
      { id: "bappeda", name: "Bappéda", parentId: null },
      { id: "dinas-pekerjaan-umum-penataan-ruang", name: "Dinas Pekerjaan Umum & Penataan Ruang", parentId: null },
    ]);
    expect(slugUnitId("---")).toBe("");
  });

  test("roles come from the groups, in the domain's order", () => {
    const built = buildOrgData([record("a", "X")], { admin: ["a"], kompetensi: ["a"] }, { organization: ORGANIZATION, adminGroupId: ADMIN_GROUP, topUserIds: ["a"] });
    expect(built.org.people[0]?.roles).toEqual(["admin", "kompetensi"]);
  });
});

describe("loadGraphDirectoryConfig", () => {
  const mappingFile = JSON.stringify({ organization: ORGANIZATION, adminGroupId: "from-file", units: { setda: { parentId: null } } });
  const read = (files: Record<string, string>) => (path: string) => {
    const text = files[path];
    if (text === undefined) throw new Error(`no file ${path}`);
    return text;
  };

  test("client secret: tenant and client id required; env group ids override the mapping file", () => {
    const config = loadGraphDirectoryConfig(
      {
        GRAPH_TENANT_ID: "tenant",
        GRAPH_CLIENT_ID: "client",
        GRAPH_CLIENT_SECRET: "secret",
        GRAPH_ORG_MAPPING_FILE: "/m.json",
        GRAPH_ADMIN_GROUP_ID: "from-env",
        GRAPH_TOP_USER_IDS: "a, b",
        GRAPH_SYNC_INTERVAL_MINUTES: "60",
      },
      read({ "/m.json": mappingFile }),
    );
    expect(config.credential).toEqual({ kind: "secret", tenantId: "tenant", clientId: "client", clientSecret: "secret" });
    expect(config.mapping).toEqual({ organization: ORGANIZATION, adminGroupId: "from-env", topUserIds: ["a", "b"], units: { setda: { parentId: null } } });
    expect(config.baseUrl).toBe("https://graph.microsoft.com");
    expect(config.syncIntervalMs).toBe(3_600_000);
    expect(createGraphCredential(config.credential)).toBeInstanceOf(ClientSecretCredential);
    expect(() => loadGraphDirectoryConfig({ GRAPH_CLIENT_SECRET: "s", GRAPH_ADMIN_GROUP_ID: "g" })).toThrow(/GRAPH_TENANT_ID and GRAPH_CLIENT_ID/);
  });

  test("without a secret the managed identity is used", () => {
    const config = loadGraphDirectoryConfig({ GRAPH_ADMIN_GROUP_ID: "g", GRAPH_MANAGED_IDENTITY_CLIENT_ID: "mi" });
    expect(config.credential).toEqual({ kind: "managedIdentity", clientId: "mi" });
    expect(config.mapping.organization).toEqual(ORGANIZATION);
    expect(createGraphCredential(config.credential)).toBeInstanceOf(ManagedIdentityCredential);
  });

  test("a mapping that names an unknown parent unit, or no admin group, is refused with the place", () => {
    const bad = JSON.stringify({ adminGroupId: "g", units: { bidang: { parentId: "nowhere" } } });
    expect(() => loadGraphDirectoryConfig({ GRAPH_ORG_MAPPING_FILE: "/m.json" }, read({ "/m.json": bad }))).toThrow(
      /GRAPH_ORG_MAPPING_FILE\.units\.bidang\.parentId: unknown parent unit "nowhere"/,
    );
    expect(() => loadGraphDirectoryConfig({})).toThrow(GraphConfigError);
  });
});
