import { readFileSync } from "node:fs";
import { ClientSecretCredential, ManagedIdentityCredential, type TokenCredential } from "@azure/identity";
import { z } from "zod";
import { DEFAULT_SYNC_INTERVAL_MS } from "./directory-sync-scheduler";
import { GraphOrgMappingSchema, type GraphOrgMapping } from "./graph-mapping";
import { DEFAULT_USERS_PAGE_SIZE, GRAPH_DEFAULT_BASE_URL } from "./graph-protocol";

/**
 * Settings for ORG_DIRECTORY=graph, from the environment:
 * - GRAPH_TENANT_ID, GRAPH_CLIENT_ID, GRAPH_CLIENT_SECRET: an app registration with User.Read.All and
 *   GroupMember.Read.All (application). Else GRAPH_MANAGED_IDENTITY_CLIENT_ID: that user-assigned managed
 *   identity. Else the SSO app (AAD_APP_TENANT_ID, AAD_APP_CLIENT_ID, AAD_APP_CLIENT_SECRET), which
 *   infra/aad.manifest.json gives User.Read.All and infra/azure.bicep passes. Else the App Service's managed
 *   identity (AZURE_CLIENT_ID for a user-assigned one).
 * - GRAPH_ORG_MAPPING_FILE: JSON in the GraphOrgMapping shape (units, department map, jabatan map).
 * - GRAPH_ADMIN_GROUP_ID, GRAPH_KOMPETENSI_GROUP_ID, GRAPH_TOP_USER_IDS (comma-separated) override the file.
 * - GRAPH_BASE_URL (default https://graph.microsoft.com), GRAPH_SYNC_INTERVAL_MINUTES (default 360).
 */
export interface GraphDirectoryConfig {
  credential: { kind: "secret"; tenantId: string; clientId: string; clientSecret: string } | { kind: "managedIdentity"; clientId?: string };
  baseUrl: string;
  usersPageSize: number;
  syncIntervalMs: number;
  mapping: GraphOrgMapping;
}

const DEFAULT_ORGANIZATION = { id: "pemkot-pontianak", name: "Pemerintah Kota Pontianak", timeZone: "Asia/Jakarta" };

const optional = z.string().trim().transform((v) => (v === "" ? undefined : v)).optional();
const EnvSchema = z.object({
  GRAPH_TENANT_ID: optional,
  GRAPH_CLIENT_ID: optional,
  GRAPH_CLIENT_SECRET: optional,
  GRAPH_MANAGED_IDENTITY_CLIENT_ID: optional,
  AAD_APP_TENANT_ID: optional,
  AAD_APP_CLIENT_ID: optional,
  AAD_APP_CLIENT_SECRET: optional,
  AZURE_CLIENT_ID: optional,
  GRAPH_BASE_URL: z.url().default(GRAPH_DEFAULT_BASE_URL),
  GRAPH_ORG_MAPPING_FILE: optional,
  GRAPH_ADMIN_GROUP_ID: optional,
  GRAPH_KOMPETENSI_GROUP_ID: optional,
  GRAPH_TOP_USER_IDS: optional,
  GRAPH_SYNC_INTERVAL_MINUTES: z.coerce.number().int().min(5).optional(),
});

export class GraphConfigError extends Error {}

export function loadGraphDirectoryConfig(
  env: NodeJS.ProcessEnv = process.env,
  readText: (path: string) => string = (p) => readFileSync(p, "utf8"),
): GraphDirectoryConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) throw new GraphConfigError(describe(parsed.error.issues));
  const e = parsed.data;
  const fromFile = e.GRAPH_ORG_MAPPING_FILE ? (JSON.parse(readText(e.GRAPH_ORG_MAPPING_FILE)) as Record<string, unknown>) : {};
  const candidate = {
    organization: DEFAULT_ORGANIZATION,
    ...fromFile,
    ...(e.GRAPH_ADMIN_GROUP_ID && { adminGroupId: e.GRAPH_ADMIN_GROUP_ID }),
    ...(e.GRAPH_KOMPETENSI_GROUP_ID && { kompetensiGroupId: e.GRAPH_KOMPETENSI_GROUP_ID }),
    ...(e.GRAPH_TOP_USER_IDS && { topUserIds: e.GRAPH_TOP_USER_IDS.split(",").map((s) => s.trim()).filter(Boolean) }),
  };
  const mapping = GraphOrgMappingSchema.safeParse(candidate);
  if (!mapping.success) throw new GraphConfigError(describe(mapping.error.issues, "GRAPH_ORG_MAPPING_FILE"));

  let credential: GraphDirectoryConfig["credential"];
  if (e.GRAPH_CLIENT_SECRET) {
    if (!e.GRAPH_TENANT_ID || !e.GRAPH_CLIENT_ID) {
      throw new GraphConfigError("GRAPH_TENANT_ID and GRAPH_CLIENT_ID are required with GRAPH_CLIENT_SECRET");
    }
    credential = { kind: "secret", tenantId: e.GRAPH_TENANT_ID, clientId: e.GRAPH_CLIENT_ID, clientSecret: e.GRAPH_CLIENT_SECRET };
  } else if (e.GRAPH_MANAGED_IDENTITY_CLIENT_ID) {
    credential = { kind: "managedIdentity", clientId: e.GRAPH_MANAGED_IDENTITY_CLIENT_ID };
  } else if (e.AAD_APP_CLIENT_SECRET && e.AAD_APP_TENANT_ID && e.AAD_APP_CLIENT_ID) {
    credential = { kind: "secret", tenantId: e.AAD_APP_TENANT_ID, clientId: e.AAD_APP_CLIENT_ID, clientSecret: e.AAD_APP_CLIENT_SECRET };
  } else {
    credential = { kind: "managedIdentity", clientId: e.AZURE_CLIENT_ID };
  }
  return {
    credential,
    baseUrl: e.GRAPH_BASE_URL,
    usersPageSize: DEFAULT_USERS_PAGE_SIZE,
    syncIntervalMs: e.GRAPH_SYNC_INTERVAL_MINUTES ? e.GRAPH_SYNC_INTERVAL_MINUTES * 60_000 : DEFAULT_SYNC_INTERVAL_MS,
    mapping: mapping.data,
  };
}

export function createGraphCredential(config: GraphDirectoryConfig["credential"]): TokenCredential {
  if (config.kind === "secret") return new ClientSecretCredential(config.tenantId, config.clientId, config.clientSecret);
  return config.clientId ? new ManagedIdentityCredential({ clientId: config.clientId }) : new ManagedIdentityCredential();
}

function describe(issues: { path: PropertyKey[]; message: string }[], prefix?: string): string {
  const lines = issues.map((i) => `  - ${[prefix, ...i.path.map(String)].filter(Boolean).join(".") || "env"}: ${i.message}`);
  return `Invalid Graph directory configuration:\n${lines.join("\n")}`;
}
