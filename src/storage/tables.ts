import { TableClient, type TableServiceClientOptions } from "@azure/data-tables";

/** The tables the app uses; names are prefixed so several apps or test files can share one account. */
export const TABLES = {
  reports: "Reports",
  conversations: "Conversations",
  audit: "Audit",
  deliveries: "Deliveries",
  acting: "Acting",
  skps: "Skps",
  indicators: "Indicators",
  matrices: "Matrices",
  periods: "Periods",
  evaluations: "Evaluations",
  feedbackRequests: "FeedbackRequests",
  reminders: "Reminders",
  competency: "Competency",
  announcements: "Announcements",
  outbox: "Outbox",
  outboxRate: "OutboxRate",
  coaching: "Coaching",
  unitChannels: "UnitChannels",
} as const;
export type TableKey = keyof typeof TABLES;

export type TableClients = Record<TableKey, TableClient>;

export function createTableClients(connectionString: string, prefix: string): TableClients {
  const options: TableServiceClientOptions = { allowInsecureConnection: isLoopback(connectionString) };
  const clients = {} as TableClients;
  for (const key of Object.keys(TABLES) as TableKey[]) {
    clients[key] = TableClient.fromConnectionString(connectionString, `${prefix}${TABLES[key]}`, options);
  }
  return clients;
}

/** Creates every table; an existing table is fine, so a second start keeps its data. */
export async function ensureTables(clients: TableClients): Promise<void> {
  await Promise.all(Object.values(clients).map((c) => c.createTable()));
}

function isLoopback(connectionString: string): boolean {
  return /UseDevelopmentStorage=true|\/\/(127\.0\.0\.1|localhost)[:/]/i.test(connectionString);
}

interface RestErrorLike {
  statusCode?: number;
  code?: string;
}

export function statusOf(err: unknown): number | undefined {
  return typeof err === "object" && err !== null ? (err as RestErrorLike).statusCode : undefined;
}

export const isNotFound = (err: unknown): boolean => statusOf(err) === 404;
export const isConflict = (err: unknown): boolean => statusOf(err) === 409;
export const isPreconditionFailed = (err: unknown): boolean => statusOf(err) === 412;

/** Escapes a value for an OData string literal in a table query filter. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
