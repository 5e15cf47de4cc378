import { PROJECT_ROOT } from "./paths";
import path from "node:path";
import { z } from "zod";

/** Runtime configuration, read once from the environment at start (documented in env/.env.local.sample). */
export interface AppConfig {
  port: number;
  /** Empty (and no table URL): the embedded Azurite under `.data/` is started by `npm start`. */
  storageConnectionString: string | undefined;
  /** Azure: the account's Table endpoint, reached with the managed identity instead of a key. */
  storageTableUrl: string | undefined;
  /** Client id of the user-assigned managed identity (AZURE_CLIENT_ID), for the table URL. */
  azureClientId: string | undefined;
  orgDirectory: "file" | "graph";
  orgDirectoryFile: string;
  botId: string;
  botPassword: string;
  botTenantId: string | undefined;
  /** How the bot authenticates to the Bot Framework (CloudAdapter's MicrosoftAppType). */
  botType: BotType;
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
  /** Calendar days (WIB) after ditetapkan in which an employee may file a keberatan (DOMAIN section 7). */
  objectionWindowDays: number;
  /** WIB hour from which the daily evaluation reminders go out on working days. */
  reminderHourWib: number;
  /** API requests per minute per signed-in person (per IP before sign-in). */
  apiRateLimitPerMinute: number;
  /** Issue 7, the outbox: proactive sends per second for the whole tenant (all instances) and per conversation. */
  outboxTenantRatePerSecond: number;
  outboxConversationRatePerSecond: number;
  /** Working days after an announcement's send before those who have not acknowledged are reminded. */
  announcementReminderWorkingDays: number;
  /** WIB hour (0-23) from which the day's announcement reminders go. */
  announcementReminderHourWib: number;
  /** Period of the announcement scheduler (scheduled sends, reminders), in ms. */
  announcementTickMs: number;
  /** WIB hour (0-23) from which the daily check-in card is posted in opted-in unit channels on working days. */
  unitCheckInHourWib: number;
}

export const BOT_TYPES = ["MultiTenant", "SingleTenant", "UserAssignedMSI"] as const;
export type BotType = (typeof BOT_TYPES)[number];

const DEFAULT_ORG_FILE = path.join(PROJECT_ROOT, "data", "org-demo.json");
const optional = z.string().trim().transform((v) => (v === "" ? undefined : v)).optional();

const EnvSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    STORAGE_CONNECTION_STRING: optional,
    STORAGE_ACCOUNT_TABLE_URL: optional,
    AZURE_CLIENT_ID: optional,
    ORG_DIRECTORY: z.enum(["file", "graph"]).default("file"),
    ORG_DIRECTORY_FILE: optional,
    BOT_ID: optional,
    BOT_PASSWORD: optional,
    BOT_TENANT_ID: optional,
    BOT_TYPE: optional.pipe(z.enum(BOT_TYPES, { error: `BOT_TYPE must be one of ${BOT_TYPES.join(", ")}` }).optional()),
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
    OBJECTION_WINDOW_DAYS: z.coerce.number().int().min(1).max(90).default(14),
    REMINDER_HOUR_WIB: z.coerce.number().int().min(0).max(23).default(9),
    API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(300),
    OUTBOX_TENANT_RATE_PER_SECOND: z.coerce.number().min(0.1).max(1000).default(50),
    OUTBOX_CONVERSATION_RATE_PER_SECOND: z.coerce.number().int().min(1).max(14).default(7),
    ANNOUNCEMENT_REMINDER_WORKING_DAYS: z.coerce.number().int().min(1).max(30).default(2),
    ANNOUNCEMENT_REMINDER_HOUR_WIB: z.coerce.number().int().min(0).max(23).default(9),
    ANNOUNCEMENT_TICK_MS: z.coerce.number().int().min(50).max(3_600_000).default(60_000),
    UNIT_CHECKIN_HOUR_WIB: z.coerce.number().int().min(0).max(23).default(8),
  })
  .superRefine((env, ctx) => {
    // A user-assigned managed identity has no secret: BOT_ID is then the identity's client id.
    if (env.BOT_ID && !env.BOT_PASSWORD && env.BOT_TYPE !== "UserAssignedMSI") {
      ctx.addIssue({ code: "custom", path: ["BOT_PASSWORD"], message: "BOT_PASSWORD is required when BOT_ID is set" });
    }
    if ((env.BOT_TYPE === "SingleTenant" || env.BOT_TYPE === "UserAssignedMSI") && !env.BOT_TENANT_ID) {
      ctx.addIssue({ code: "custom", path: ["BOT_TENANT_ID"], message: `BOT_TENANT_ID is required when BOT_TYPE is ${env.BOT_TYPE}` });
    }
    if (env.STORAGE_CONNECTION_STRING && env.STORAGE_ACCOUNT_TABLE_URL) {
      ctx.addIssue({ code: "custom", path: ["STORAGE_ACCOUNT_TABLE_URL"], message: "set either STORAGE_CONNECTION_STRING or STORAGE_ACCOUNT_TABLE_URL, not both" });
    }
    if (env.STORAGE_ACCOUNT_TABLE_URL && !isHttpsUrl(env.STORAGE_ACCOUNT_TABLE_URL)) {
      ctx.addIssue({ code: "custom", path: ["STORAGE_ACCOUNT_TABLE_URL"], message: "must be the account's https Table endpoint, e.g. https://<account>.table.core.windows.net/" });
    }
  });

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}

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
    storageTableUrl: e.STORAGE_ACCOUNT_TABLE_URL,
    azureClientId: e.AZURE_CLIENT_ID,
    orgDirectory: e.ORG_DIRECTORY,
    orgDirectoryFile: e.ORG_DIRECTORY_FILE ? path.resolve(e.ORG_DIRECTORY_FILE) : DEFAULT_ORG_FILE,
    botId: e.BOT_ID ?? "",
    botPassword: e.BOT_PASSWORD ?? "",
    botTenantId: e.BOT_TENANT_ID,
    // Before BOT_TYPE existed a tenant id meant a single-tenant registration; kept as the default.
    botType: e.BOT_TYPE ?? (e.BOT_TENANT_ID ? "SingleTenant" : "MultiTenant"),
    localMode,
    host: localMode ? "127.0.0.1" : "0.0.0.0",
    timeZone: e.TIME_ZONE,
    aadAppClientId: e.AAD_APP_CLIENT_ID,
    aadAppTenantId: e.AAD_APP_TENANT_ID,
    aadAppIdUri: e.AAD_APP_ID_URI,
    tablePrefix: e.TABLE_PREFIX,
    feedbackReminderWorkingDays: e.FEEDBACK_REMINDER_WORKING_DAYS,
    holidays: e.HOLIDAYS,
    objectionWindowDays: e.OBJECTION_WINDOW_DAYS,
    reminderHourWib: e.REMINDER_HOUR_WIB,
    apiRateLimitPerMinute: e.API_RATE_LIMIT_PER_MINUTE,
    outboxTenantRatePerSecond: e.OUTBOX_TENANT_RATE_PER_SECOND,
    outboxConversationRatePerSecond: e.OUTBOX_CONVERSATION_RATE_PER_SECOND,
    announcementReminderWorkingDays: e.ANNOUNCEMENT_REMINDER_WORKING_DAYS,
    announcementReminderHourWib: e.ANNOUNCEMENT_REMINDER_HOUR_WIB,
    announcementTickMs: e.ANNOUNCEMENT_TICK_MS,
    unitCheckInHourWib: e.UNIT_CHECKIN_HOUR_WIB,
  };
}
