import { PROJECT_ROOT } from "./paths";
import path from "node:path";
import { z } from "zod";

/** Runtime configuration, read once from the environment at start (documented in env/.env.local.sample). */
export interface AppConfig {
  port: number;
  /** Empty: the embedded Azurite under `.data/` is started by `npm start`. */
  storageConnectionString: string | undefined;
  orgDirectory: "file" | "graph";
  orgDirectoryFile: string;
  botId: string;
  botPassword: string;
  botTenantId: string | undefined;
  /** Local mode: no bot id, so no Bot Framework tokens; the server binds to loopback only. */
  localMode: boolean;
  host: string;
  timeZone: "Asia/Jakarta";
  aadAppClientId: string | undefined;
  aadAppTenantId: string | undefined;
  aadAppIdUri: string | undefined;
  tablePrefix: string;
  /** Working days after which an unanswered report is reminded (DOMAIN section 5). */
  feedbackReminderWorkingDays: number;
  holidays: string[];
}

const DEFAULT_ORG_FILE = path.join(PROJECT_ROOT, "data", "org-demo.json");
const optional = z.string().trim().transform((v) => (v === "" ? undefined : v)).optional();

const EnvSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    STORAGE_CONNECTION_STRING: optional,
    ORG_DIRECTORY: z.enum(["file", "graph"]).default("file"),
    ORG_DIRECTORY_FILE: optional,
    BOT_ID: optional,
    BOT_PASSWORD: optional,
    BOT_TENANT_ID: optional,
    TIME_ZONE: z.literal("Asia/Jakarta", { error: "TIME_ZONE must be Asia/Jakarta (WIB)" }).default("Asia/Jakarta"),
    AAD_APP_CLIENT_ID: optional,
    AAD_APP_TENANT_ID: optional,
    AAD_APP_ID_URI: optional,
    TABLE_PREFIX: z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,20}$/, "TABLE_PREFIX: letters and digits, starting with a letter").default("kinerja"),
    FEEDBACK_REMINDER_WORKING_DAYS: z.coerce.number().int().min(1).max(30).default(3),
    HOLIDAYS: z
      .string()
      .default("")
      .transform((v) => v.split(",").map((d) => d.trim()).filter(Boolean))
      .pipe(z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "HOLIDAYS: comma-separated YYYY-MM-DD dates"))),
  })
  .superRefine((env, ctx) => {
    if (env.BOT_ID && !env.BOT_PASSWORD) {
      ctx.addIssue({ code: "custom", path: ["BOT_PASSWORD"], message: "BOT_PASSWORD is required when BOT_ID is set" });
    }
  });

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".") || "env"}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const localMode = !e.BOT_ID;
  return {
    port: e.PORT,
    storageConnectionString: e.STORAGE_CONNECTION_STRING,
    orgDirectory: e.ORG_DIRECTORY,
    orgDirectoryFile: e.ORG_DIRECTORY_FILE ? path.resolve(e.ORG_DIRECTORY_FILE) : DEFAULT_ORG_FILE,
    botId: e.BOT_ID ?? "",
    botPassword: e.BOT_PASSWORD ?? "",
    botTenantId: e.BOT_TENANT_ID,
    localMode,
    host: localMode ? "127.0.0.1" : "0.0.0.0",
    timeZone: e.TIME_ZONE,
    aadAppClientId: e.AAD_APP_CLIENT_ID,
    aadAppTenantId: e.AAD_APP_TENANT_ID,
    aadAppIdUri: e.AAD_APP_ID_URI,
    tablePrefix: e.TABLE_PREFIX,
    feedbackReminderWorkingDays: e.FEEDBACK_REMINDER_WORKING_DAYS,
    holidays: e.HOLIDAYS,
  };
}
