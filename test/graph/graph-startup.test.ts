import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { FakeGraphCredential, FakeGraphServer } from "../../bench/support/fake-graph-server";
import { DirectoryStartError } from "../../src/directory/directory-sync-service";
import { loadGraphDirectoryConfig, type GraphSourceState } from "../../src/directory/graph";
import { openGraphDirectory } from "../../src/directory/open-graph-directory";
import { MemoryDirectoryCopyStore } from "../../src/storage/directory-copy-store";
import { ADMIN_GROUP, EXPLICIT_MAPPING, smallOrgGroups, smallOrgUsers } from "./support/small-org";

describe("ORG_DIRECTORY=graph at start", () => {
  test("with no stored copy and Graph failing, the start fails with a clear reason and stores nothing", async () => {
    const graph = await FakeGraphServer.start({ users: smallOrgUsers(), groups: smallOrgGroups(), fault: (r) => (r.collection === "users" ? { status: 503 } : undefined) });
    const mappingFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kinerja-map-")), "mapping.json");
    fs.writeFileSync(mappingFile, JSON.stringify(EXPLICIT_MAPPING));
    const store = new MemoryDirectoryCopyStore<GraphSourceState>();
    try {
      const opening = openGraphDirectory({
        env: { GRAPH_BASE_URL: graph.baseUrl, GRAPH_ORG_MAPPING_FILE: mappingFile },
        store,
        credential: new FakeGraphCredential(),
        retry: { sleep: async () => undefined },
      });
      await expect(opening).rejects.toThrow(DirectoryStartError);
      await expect(opening).rejects.toThrow(/first directory sync .* failed .*503/);
      expect(await store.load()).toBeNull();
    } finally {
      await graph.close();
    }
  });

  test("Graph credentials: GRAPH_* first, then the SSO app (as infra/azure.bicep passes it), then the managed identity", () => {
    const base = { GRAPH_ADMIN_GROUP_ID: ADMIN_GROUP };
    const sso = { AAD_APP_TENANT_ID: "t-sso", AAD_APP_CLIENT_ID: "c-sso", AAD_APP_CLIENT_SECRET: "s-sso" };
    expect(loadGraphDirectoryConfig({ ...base, ...sso, GRAPH_TENANT_ID: "t", GRAPH_CLIENT_ID: "c", GRAPH_CLIENT_SECRET: "s" }).credential).toEqual({ kind: "secret", tenantId: "t", clientId: "c", clientSecret: "s" });
    expect(loadGraphDirectoryConfig({ ...base, ...sso, GRAPH_MANAGED_IDENTITY_CLIENT_ID: "mi" }).credential).toEqual({ kind: "managedIdentity", clientId: "mi" });
    expect(loadGraphDirectoryConfig({ ...base, ...sso, AZURE_CLIENT_ID: "uami" }).credential).toEqual({ kind: "secret", tenantId: "t-sso", clientId: "c-sso", clientSecret: "s-sso" });
    expect(loadGraphDirectoryConfig({ ...base, AZURE_CLIENT_ID: "uami" }).credential).toEqual({ kind: "managedIdentity", clientId: "uami" });
    expect(loadGraphDirectoryConfig(base).credential).toEqual({ kind: "managedIdentity", clientId: undefined });
  });
});
