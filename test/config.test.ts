import { spawnSync } from "node:child_process";
import path from "node:path";
import { TableClient } from "@azure/data-tables";
import { DefaultAzureCredential } from "@azure/identity";
import { ssoVerifierForStart } from "../src/auth/sso-verifier";
import { botAuthOptions, createBotAdapter } from "../src/bot/bot-endpoint";
import { ConfigError, loadConfig } from "../src/config";
import { tableClient, tableTargetFromConfig } from "../src/storage";

describe("configuration from the environment", () => {
  test("defaults describe local mode on loopback with the bundled demo organisation", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3978, localMode: true, host: "127.0.0.1", orgDirectory: "file", timeZone: "Asia/Jakarta" });
    expect(c.orgDirectoryFile).toBe(path.resolve(__dirname, "..", "data", "org-demo.json"));
    expect(c.storageConnectionString).toBeUndefined();
  });

  test("a bot id turns local mode off and binds every interface", () => {
    const c = loadConfig({ BOT_ID: "11111111-2222-3333-4444-555555555555", BOT_PASSWORD: "p" });
    expect(c).toMatchObject({ localMode: false, host: "0.0.0.0" });
  });

  test.each([
    [{ PORT: "http" }, "PORT"],
    [{ TIME_ZONE: "Asia/Makassar" }, "TIME_ZONE"],
    [{ ORG_DIRECTORY: "ldap" }, "ORG_DIRECTORY"],
    [{ BOT_ID: "abc" }, "BOT_PASSWORD"],
    [{ HOLIDAYS: "2026-12-25,natal" }, "HOLIDAYS"],
    [{ TABLE_PREFIX: "1bad-prefix" }, "TABLE_PREFIX"],
    [{ API_RATE_LIMIT_PER_MINUTE: "0" }, "API_RATE_LIMIT_PER_MINUTE"],
    [{ BOT_ID: "b", BOT_PASSWORD: "p", BOT_TYPE: "Anonymous" }, "BOT_TYPE"],
    [{ BOT_ID: "b", BOT_PASSWORD: "p", BOT_TYPE: "SingleTenant" }, "BOT_TENANT_ID"],
    [{ BOT_ID: "b", BOT_TYPE: "UserAssignedMSI" }, "BOT_TENANT_ID"],
    [{ STORAGE_ACCOUNT_TABLE_URL: "http://acct.table.core.windows.net/" }, "STORAGE_ACCOUNT_TABLE_URL"],
    [{ STORAGE_ACCOUNT_TABLE_URL: "https://acct.table.core.windows.net/", STORAGE_CONNECTION_STRING: "UseDevelopmentStorage=true" }, "not both"],
  ])("%o is refused naming %s", (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });

  test("npm start with an invalid configuration stops with one clear message and exit code 1", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: path.resolve(__dirname, ".."),
      env: { ...process.env, PORT: "not-a-port", STORAGE_CONNECTION_STRING: "UseDevelopmentStorage=true" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Invalid configuration");
    expect(result.stderr).toContain("PORT");
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  test("a broken organisation file stops the start naming the bad entries", () => {
    const broken = path.resolve(__dirname, "fixtures", "org-broken.json");
    const result = spawnSync(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: path.resolve(__dirname, ".."),
      env: { ...process.env, ORG_DIRECTORY_FILE: broken, STORAGE_CONNECTION_STRING: "UseDevelopmentStorage=true" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("ghost-manager");
  });

  test("BOT_ID without the tab's SSO app stops the start naming AAD_APP_CLIENT_ID", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: path.resolve(__dirname, ".."),
      env: { ...process.env, BOT_ID: "11111111-2222-3333-4444-555555555555", BOT_PASSWORD: "p", AAD_APP_CLIENT_ID: "", STORAGE_CONNECTION_STRING: "UseDevelopmentStorage=true" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("AAD_APP_CLIENT_ID");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("tab SSO settings", () => {
  const bot = { BOT_ID: "11111111-2222-3333-4444-555555555555", BOT_PASSWORD: "p" };
  const sso = { AAD_APP_CLIENT_ID: "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", AAD_APP_TENANT_ID: "6f1b7c2e-3a4d-4e5f-8a9b-0c1d2e3f4a5b" };

  test("local mode needs none; with BOT_ID the client id and tenant are required, and a tenant must be its GUID", () => {
    expect(ssoVerifierForStart(loadConfig({}))).toBeUndefined();
    expect(() => ssoVerifierForStart(loadConfig(bot))).toThrow(ConfigError);
    expect(() => ssoVerifierForStart(loadConfig({ ...bot, AAD_APP_CLIENT_ID: sso.AAD_APP_CLIENT_ID }))).toThrow(/AAD_APP_TENANT_ID/);
    expect(() => ssoVerifierForStart(loadConfig({ ...bot, ...sso, AAD_APP_TENANT_ID: "pontianak.go.id" }))).toThrow(/GUID/);
    expect(ssoVerifierForStart(loadConfig({ ...bot, ...sso }))).toEqual({ verify: expect.any(Function) });
  });
});

describe("bot registration type (BOT_TYPE)", () => {
  const base = { BOT_ID: "11111111-2222-3333-4444-555555555555", BOT_PASSWORD: "p" };
  test.each([
    [{}, { MicrosoftAppType: "MultiTenant", MicrosoftAppPassword: "p", MicrosoftAppTenantId: "" }],
    [{ BOT_TENANT_ID: "t-1" }, { MicrosoftAppType: "SingleTenant", MicrosoftAppPassword: "p", MicrosoftAppTenantId: "t-1" }],
    [{ BOT_TYPE: "SingleTenant", BOT_TENANT_ID: "t-1" }, { MicrosoftAppType: "SingleTenant", MicrosoftAppPassword: "p", MicrosoftAppTenantId: "t-1" }],
    [{ BOT_TYPE: "MultiTenant", BOT_TENANT_ID: "t-1" }, { MicrosoftAppType: "MultiTenant", MicrosoftAppPassword: "p", MicrosoftAppTenantId: "" }],
    [{ BOT_TYPE: "UserAssignedMSI", BOT_TENANT_ID: "t-1", BOT_PASSWORD: "" }, { MicrosoftAppType: "UserAssignedMSI", MicrosoftAppPassword: "", MicrosoftAppTenantId: "t-1" }],
  ])("%o gives CloudAdapter %o", (env, expected) => {
    const config = loadConfig({ ...base, ...env });
    expect(botAuthOptions(config)).toEqual({ MicrosoftAppId: base.BOT_ID, ...expected });
    expect(() => createBotAdapter(config)).not.toThrow();
  });
});

describe("storage through the managed identity (STORAGE_ACCOUNT_TABLE_URL)", () => {
  test("the table URL is used with DefaultAzureCredential; a connection string stays a connection string", () => {
    const url = "https://stkinerja.table.core.windows.net/";
    const config = loadConfig({ STORAGE_ACCOUNT_TABLE_URL: url, AZURE_CLIENT_ID: "mi-client-id" });
    expect(config).toMatchObject({ storageTableUrl: url, azureClientId: "mi-client-id", storageConnectionString: undefined });
    const target = tableTargetFromConfig(config);
    if (typeof target !== "object" || !target) throw new Error("expected a URL target");
    expect(target.tableUrl).toBe(url);
    expect(target.credential).toBeInstanceOf(DefaultAzureCredential);
    const client = tableClient(target, "kinerjaReports");
    expect(client).toBeInstanceOf(TableClient);
    expect(client.url).toBe(url);
    expect(client.tableName).toBe("kinerjaReports");

    expect(tableTargetFromConfig(loadConfig({ STORAGE_CONNECTION_STRING: "UseDevelopmentStorage=true" }))).toBe("UseDevelopmentStorage=true");
    expect(tableTargetFromConfig(loadConfig({}))).toBeUndefined();
  });
});
