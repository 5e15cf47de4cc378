/**
 * Teams Toolkit project files: teamsapp.yml, teamsapp.local.yml, infra/azure.bicep with its parameters,
 * infra/aad.manifest.json and the env files. Read as text (no YAML or Bicep tooling in CI): the lifecycle
 * actions, every ${{VAR}} known to the env files, secrets only through @secure() parameters, the
 * security settings of the Azure resources.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { SERVER_NODE_ARGS } from "../../bench/support/server-process";
import { ROOT, definedInEnvFile, documentedInSample, knownEnvNames, placeholders, readJson, readText, unknownPlaceholders } from "./checks";

/** .ts files under a directory of the repo, as repo-relative paths. */
function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)));
}

/** Top-level lifecycle name -> the `uses:` of its steps, in order (enough YAML for these files). */
function lifecycles(yaml: string): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  let current: string | undefined;
  for (const line of yaml.split(/\r?\n/)) {
    const top = /^([A-Za-z][\w-]*):/.exec(line);
    if (top) current = top[1];
    const step = /^\s*-\s+uses:\s*(\S+)/.exec(line);
    if (step && current) (result[current] ??= []).push(step[1]!);
  }
  return result;
}

/** Actions of the Teams Toolkit v5 project file schema (v1.5) used here; a typo is not one of them. */
const KNOWN_ACTIONS = new Set([
  "teamsApp/create",
  "teamsApp/validateManifest",
  "teamsApp/zipAppPackage",
  "teamsApp/validateAppPackage",
  "teamsApp/update",
  "teamsApp/publishAppPackage",
  "aadApp/create",
  "aadApp/update",
  "botAadApp/create",
  "botFramework/create",
  "arm/deploy",
  "cli/runNpmCommand",
  "azureAppService/zipDeploy",
  "file/createOrUpdateEnvironmentFile",
  "script",
]);

describe("how the server is started (Azure runs npm start)", () => {
  test("npm start runs the server with the heap cap the benchmarks measured it with", () => {
    const start = readJson<{ scripts: Record<string, string> }>("package.json").scripts.start!;
    const nodeFlags = /node ((?:--\S+ )*)dist\/src\/main\.js/.exec(start)?.[1]?.trim().split(" ");
    expect(nodeFlags).toEqual(SERVER_NODE_ARGS);
    expect(readText("infra/azure.bicep")).toContain("appCommandLine: 'npm start'");
  });
});

describe("teamsapp.yml (Azure)", () => {
  const yaml = readText("teamsapp.yml");
  const steps = lifecycles(yaml);

  test("is a v1.5 project file with the env folder ./env", () => {
    expect(yaml).toMatch(/^version: v1\.5$/m);
    expect(yaml).toMatch(/^environmentFolderPath: \.\/env$/m);
    expect(yaml).toMatch(/^# yaml-language-server: \$schema=https:\/\/aka\.ms\/teams-toolkit\/v1\.5\/yaml\.schema\.json$/m);
  });

  test("provision creates the apps, deploys the Bicep and validates, zips and updates the package", () => {
    expect(steps.provision).toEqual([
      "teamsApp/create",
      "aadApp/create",
      "botAadApp/create",
      "arm/deploy",
      "aadApp/update",
      "teamsApp/validateManifest",
      "teamsApp/zipAppPackage",
      "teamsApp/validateAppPackage",
      "teamsApp/update",
    ]);
    expect(yaml).toContain("path: ./infra/azure.bicep");
    expect(yaml).toContain("parameters: ./infra/azure.parameters.json");
    expect(yaml).toContain("manifestPath: ./infra/aad.manifest.json");
  });

  test("deploy installs, builds and zip-deploys to the App Service; publish submits the package", () => {
    expect(steps.deploy).toEqual(["cli/runNpmCommand", "cli/runNpmCommand", "azureAppService/zipDeploy"]);
    expect(yaml).toContain("resourceId: ${{BOT_AZURE_APP_SERVICE_RESOURCE_ID}}");
    expect(steps.publish).toContain("teamsApp/publishAppPackage");
  });

  test("secrets from provision go to SECRET_ variables", () => {
    expect(yaml).toMatch(/botPassword: SECRET_BOT_PASSWORD/);
    expect(yaml).toMatch(/clientSecret: SECRET_AAD_APP_CLIENT_SECRET/);
  });
});

describe("teamsapp.local.yml (Teams from a developer box)", () => {
  const yaml = readText("teamsapp.local.yml");
  const steps = lifecycles(yaml);

  test("registers the bot with the Bot Framework at ${{BOT_ENDPOINT}}/api/messages and updates the app", () => {
    expect(yaml).toMatch(/^version: v1\.5$/m);
    expect(steps.provision).toEqual(
      expect.arrayContaining(["teamsApp/create", "botAadApp/create", "botFramework/create", "teamsApp/validateManifest", "teamsApp/zipAppPackage", "teamsApp/update"]),
    );
    expect(steps.provision!.indexOf("botAadApp/create")).toBeLessThan(steps.provision!.indexOf("botFramework/create"));
    expect(yaml).toContain("messagingEndpoint: ${{BOT_ENDPOINT}}/api/messages");
    expect(yaml).toMatch(/- name: msteams/);
  });

  test("writes the server's local configuration (with secrets) only to a gitignored file", () => {
    expect(steps.deploy).toContain("file/createOrUpdateEnvironmentFile");
    const target = /target:\s*(\S+)/.exec(yaml)?.[1];
    expect(target).toBe("./.data/.localConfigs");
    expect(readText(".gitignore")).toMatch(/^\.data\/$/m);
    expect(yaml).toContain("BOT_PASSWORD: ${{SECRET_BOT_PASSWORD}}");
  });
});

describe("every project file uses known actions and known variables", () => {
  const files = ["teamsapp.yml", "teamsapp.local.yml", "infra/azure.parameters.json", "infra/aad.manifest.json", "appPackage/manifest.json"];

  test.each(files)("%s", (file) => {
    const text = readText(file);
    if (file.endsWith(".yml")) {
      const used = Object.values(lifecycles(text)).flat();
      expect(used.filter((a) => !KNOWN_ACTIONS.has(a))).toEqual([]);
    }
    expect(unknownPlaceholders(text)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------
// Bicep

interface BicepParam {
  name: string;
  type: string;
  hasDefault: boolean;
  secure: boolean;
}

function bicepParams(bicep: string): BicepParam[] {
  const params: BicepParam[] = [];
  let decorators: string[] = [];
  for (const raw of bicep.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith("@")) {
      decorators.push(line);
      continue;
    }
    const m = /^param\s+(\w+)\s+(\w+)(\s*=.*)?$/.exec(line);
    if (m) params.push({ name: m[1]!, type: m[2]!, hasDefault: Boolean(m[3]), secure: decorators.some((d) => d.startsWith("@secure(")) });
    if (line !== "" && !line.startsWith("//") && !line.startsWith("'") && !line.startsWith("]")) decorators = [];
  }
  return params;
}

describe("infra/azure.bicep and azure.parameters.json", () => {
  const bicep = readText("infra/azure.bicep");
  const params = bicepParams(bicep);
  const parametersFile = readJson<{ parameters: Record<string, { value: unknown }> }>("infra/azure.parameters.json");
  const given = parametersFile.parameters;

  test("the parameters file gives exactly declared parameters, and every parameter without a default", () => {
    const declared = new Set(params.map((p) => p.name));
    expect(Object.keys(given).filter((name) => !declared.has(name))).toEqual([]);
    expect(params.filter((p) => !p.hasDefault && !(p.name in given)).map((p) => p.name)).toEqual([]);
  });

  test("secrets come only from SECRET_ variables into @secure() parameters", () => {
    const secure = params.filter((p) => p.secure).map((p) => p.name).sort();
    expect(secure).toEqual(["aadAppClientSecret", "botAadAppClientSecret"]);
    for (const [name, { value }] of Object.entries(given)) {
      const vars = placeholders(JSON.stringify(value));
      const secretVars = vars.filter((v) => v.startsWith("SECRET_"));
      if (secure.includes(name)) expect(vars.length === 1 && secretVars.length === 1).toBe(true);
      else expect(secretVars).toEqual([]);
    }
  });

  test("a secure parameter is used only as a Key Vault secret value", () => {
    for (const name of ["botAadAppClientSecret", "aadAppClientSecret"]) {
      const uses = bicep.split(/\r?\n/).filter((l) => new RegExp(`\\b${name}\\b`).test(l) && !/^\s*param\s/.test(l));
      expect(uses.map((l) => l.trim())).toEqual([`value: ${name}`]);
    }
    expect(bicep).toMatch(/resource \w+ 'Microsoft\.KeyVault\/vaults\/secrets@/);
    expect(bicep).toMatch(/@Microsoft\.KeyVault\(SecretUri=/);
    expect(bicep).toContain("keyVaultReferenceIdentity: identity.id");
  });

  test("App Service: Linux, Node 20, always on, HTTPS only, FTPS off, TLS 1.2, run from package", () => {
    for (const expected of [
      "kind: 'app,linux'",
      "reserved: true",
      "linuxFxVersion: 'NODE|20-lts'",
      "alwaysOn: true",
      "httpsOnly: true",
      "ftpsState: 'Disabled'",
      "minTlsVersion: '1.2'",
      "name: 'WEBSITE_RUN_FROM_PACKAGE'",
    ]) {
      expect(bicep).toContain(expected);
    }
  });

  test("app settings carry the configuration, no secret in clear text", () => {
    const settings = [...bicep.matchAll(/name: '([A-Z_]+)'\s*\n\s*value: (.+)/g)].map((m) => [m[1]!, m[2]!.trim()] as const);
    const names = settings.map(([n]) => n);
    for (const n of ["STORAGE_ACCOUNT_TABLE_URL", "BOT_ID", "BOT_TENANT_ID", "BOT_TYPE", "AAD_APP_CLIENT_ID", "TIME_ZONE", "ORG_DIRECTORY", "WEBSITE_RUN_FROM_PACKAGE"]) {
      expect(names).toContain(n);
    }
    expect(names).not.toContain("PORT");
    for (const [name, value] of settings) {
      if (/PASSWORD|SECRET|KEY/.test(name)) expect(`${name}: ${value}`).toMatch(/@Microsoft\.KeyVault\(SecretUri=/);
    }
    expect(bicep).not.toMatch(/listKeys\(|AccountKey=|connectionString/i);
  });

  test("Storage: StorageV2, HTTPS only, TLS 1.2, no public blob access, Tables, data role for the identity", () => {
    for (const expected of [
      "kind: 'StorageV2'",
      "supportsHttpsTrafficOnly: true",
      "minimumTlsVersion: 'TLS1_2'",
      "allowBlobPublicAccess: false",
      "'Microsoft.Storage/storageAccounts/tableServices@",
      "'Microsoft.ManagedIdentity/userAssignedIdentities@",
      // Storage Table Data Contributor (built-in role).
      "'0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'",
    ]) {
      expect(bicep).toContain(expected);
    }
  });

  test("Azure Bot: single tenant, Teams channel, messaging endpoint on the App Service", () => {
    expect(bicep).toContain("'Microsoft.BotService/botServices@");
    expect(bicep).toContain("msaAppType: 'SingleTenant'");
    expect(bicep).toContain("channelName: 'MsTeamsChannel'");
    expect(bicep).toContain("endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'");
  });

  test("its outputs are variables of the env file", () => {
    const outputs = [...bicep.matchAll(/^output\s+(\w+)\s/gm)].map((m) => m[1]!);
    expect(outputs).toEqual(expect.arrayContaining(["BOT_AZURE_APP_SERVICE_RESOURCE_ID", "BOT_DOMAIN", "TAB_DOMAIN", "TAB_ENDPOINT"]));
    const dev = definedInEnvFile(readText("env/.env.dev"));
    expect(outputs.filter((o) => !dev.has(o))).toEqual([]);
  });

  test("the parameter parser sees decorators (so the checks above can fail)", () => {
    const parsed = bicepParams("@secure()\n@description('x')\nparam a string\nparam b string = 'x'\n\nparam c int");
    expect(parsed).toEqual([
      { name: "a", type: "string", hasDefault: false, secure: true },
      { name: "b", type: "string", hasDefault: true, secure: false },
      { name: "c", type: "int", hasDefault: false, secure: false },
    ]);
  });
});

describe("infra/aad.manifest.json (tab SSO)", () => {
  const aad = readJson<{
    identifierUris: string[];
    signInAudience: string;
    accessTokenAcceptedVersion: number;
    oauth2Permissions: Array<{ value: string; id: string }>;
    preAuthorizedApplications: Array<{ appId: string; permissionIds: string[] }>;
  }>("infra/aad.manifest.json");
  const manifest = readJson<{ webApplicationInfo: { resource: string } }>("appPackage/manifest.json");

  test("exposes access_as_user at the resource the Teams manifest names, v2 tokens, one tenant", () => {
    expect(aad.identifierUris).toEqual([manifest.webApplicationInfo.resource]);
    expect(aad.accessTokenAcceptedVersion).toBe(2);
    expect(aad.signInAudience).toBe("AzureADMyOrg");
    expect(aad.oauth2Permissions.map((p) => p.value)).toEqual(["access_as_user"]);
  });

  test("pre-authorizes the Teams desktop/mobile and web clients", () => {
    const ids = aad.preAuthorizedApplications.map((a) => a.appId);
    expect(ids).toEqual(expect.arrayContaining(["1fec8e78-bce4-4aaf-ab1b-5451cc387264", "5e3ce6c0-2b1f-4285-8d4b-75ee78787346"]));
    for (const a of aad.preAuthorizedApplications) expect(a.permissionIds).toEqual([aad.oauth2Permissions[0]!.id]);
  });
});

describe("env files", () => {
  const dev = readText("env/.env.dev");

  test("env/.env.dev is committed without secrets", () => {
    const assignments = [...dev.matchAll(/^([A-Z][A-Z0-9_]*)=(.*)$/gm)].map((m) => [m[1]!, m[2]!.trim()] as const);
    expect(assignments.filter(([name]) => name.startsWith("SECRET_"))).toEqual([]);
    expect(assignments.filter(([, value]) => value !== "").map(([name]) => name).sort()).toEqual(["APP_NAME_SUFFIX", "TEAMSFX_ENV"]);
    expect(dev).toMatch(/^TEAMSFX_ENV=dev$/m);
  });

  test("env/.env.local.sample documents the server's runtime configuration", () => {
    const known = knownEnvNames();
    for (const name of [
      "PORT",
      "STORAGE_CONNECTION_STRING",
      "ORG_DIRECTORY",
      "ORG_DIRECTORY_FILE",
      "BOT_ID",
      "BOT_PASSWORD",
      "BOT_TENANT_ID",
      "TIME_ZONE",
      "AAD_APP_CLIENT_ID",
      "AAD_APP_TENANT_ID",
      "SECRET_BOT_PASSWORD",
    ]) {
      expect(known).toContain(name);
    }
    const sample = readText("env/.env.local.sample");
    expect(sample).toMatch(/^PORT=3978$/m);
    expect(sample).toMatch(/^TIME_ZONE=Asia\/Jakarta$/m);
    expect(sample).toMatch(/^ORG_DIRECTORY_FILE=data\/org-demo\.json$/m);
    expect(sample).not.toMatch(/^SECRET_\w+=\S/m);
  });

  test("every variable the server reads is documented in env/.env.local.sample", () => {
    const documented = documentedInSample(readText("env/.env.local.sample"));
    const read = new Set<string>();
    // Keys of the environment schema in src/config.ts, and process.env.X anywhere in src/.
    for (const m of readText("src/config.ts").matchAll(/^\s+([A-Z][A-Z0-9_]+):/gm)) read.add(m[1]!);
    for (const file of sourceFiles("src")) {
      for (const m of readText(file).matchAll(/process\.env\.([A-Z][A-Z0-9_]+)/g)) read.add(m[1]!);
    }
    expect(read.size).toBeGreaterThan(5);
    expect([...read].filter((name) => !documented.has(name))).toEqual([]);
  });

  test("local env files with secrets are gitignored", () => {
    const gitignore = readText(".gitignore");
    expect(gitignore).toMatch(/^env\/\.env\.local$/m);
    expect(gitignore).toMatch(/^env\/\.env\.\*\.user$/m);
  });
});
