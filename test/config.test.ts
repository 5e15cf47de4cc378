import { spawnSync } from "node:child_process";
import path from "node:path";
import { ConfigError, loadConfig } from "../src/config";

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
});
