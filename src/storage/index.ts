import { TableClient } from "@azure/data-tables";
import { DefaultAzureCredential, type TokenCredential } from "@azure/identity";
import type { ActingRepository, AuditLog, ConversationRepository, DeliveryLog, ReportRepository } from "../services/ports";
import { TableActingRepository } from "./acting-repository";
import { CachedActingRepository } from "./cached-acting";
import { CachedConversationRepository } from "./cached-conversations";
import { TableAuditLog } from "./audit-log";
import { TableConversationRepository } from "./conversation-repository";
import { TableDeliveryLog } from "./delivery-log";
import { TableDirectoryCopyStore } from "./directory-copy-store";
import { TableIndicatorRepository } from "./indicator-repository";
import { TableMatrixRepository } from "./matrix-repository";
import { TableSkpRepository } from "./skp-repository";
import { TableReportRepository } from "./report-repository";
import { TablePeriodRepository } from "./period-repository";
import { TableEvaluationRepository } from "./evaluation-repository";
import { TableFeedbackRequestRepository } from "./feedback-request-repository";
import { TableReminderLog } from "./reminder-log";
import type { FeedbackRequestRepository } from "../services/feedback-request-service";
import type { ReminderLog } from "../services/evaluation-reminders";
import { TableCompetencyRepository } from "./competency-repository";
import { TableCoachingRepository } from "./coaching-repository";
import type { CoachingRepository } from "../services/coaching-ports";
import type { CompetencyRepository } from "../services/competency-ports";
import type { PeriodRepository } from "../services/period-ports";
import type { EvaluationRepository } from "../services/evaluation-ports";
import type { IndicatorRepository, MatrixRepository, SkpRepository } from "../services/planning-ports";
import { TableAnnouncementStore } from "./announcement-store";
import { TableUnitChannelRepository } from "./unit-channel-repository";
import type { UnitChannelRepository } from "../services/unit-channel-ports";
import { outboxStorageFrom, type OutboxStorage } from "./outbox-tables";
import { createTableClients, ensureTables, TABLES, type TableClients, type TableKey } from "./tables";

export interface Repositories {
  reports: ReportRepository;
  conversations: ConversationRepository;
  audit: AuditLog;
  deliveries: DeliveryLog;
  acting: ActingRepository;
  skps: SkpRepository;
  indicators: IndicatorRepository;
  matrices: MatrixRepository;
  periods: PeriodRepository;
  evaluations: EvaluationRepository;
  feedbackRequests: FeedbackRequestRepository;
  reminders: ReminderLog;
  competency: CompetencyRepository;
  /** Issue 7: announcements with their acknowledgements, and the durable outbox that sends them. */
  announcements: TableAnnouncementStore;
  outbox: OutboxStorage;
  /** Dialog / bimbingan kinerja (issue 4 item 10). */
  coaching: CoachingRepository;
  /** Issue 4 item 7: the channel each unit's evaluation posts go to. */
  unitChannels: UnitChannelRepository;
}

/**
 * Where the tables are: a connection string (Azurite, or an account key), or the account's Table endpoint with
 * an Entra credential (Azure: the App Service's managed identity, no key anywhere).
 */
export type TableTarget = string | { tableUrl: string; credential: TokenCredential };

/** Name of the table holding the directory's last good copy (ORG_DIRECTORY=graph). */
export const DIRECTORY_COPY_TABLE = "DirectoryCopy";

/**
 * The credential for STORAGE_ACCOUNT_TABLE_URL: DefaultAzureCredential, told which user-assigned managed
 * identity to use (AZURE_CLIENT_ID, set by infra/azure.bicep); on a developer box it falls back to az login.
 */
export function storageCredential(azureClientId: string | undefined): TokenCredential {
  return new DefaultAzureCredential(azureClientId ? { managedIdentityClientId: azureClientId } : {});
}

/** The table target from the configuration; undefined when neither is set (npm start then runs Azurite). */
export function tableTargetFromConfig(config: {
  storageConnectionString: string | undefined;
  storageTableUrl: string | undefined;
  azureClientId: string | undefined;
}): TableTarget | undefined {
  if (config.storageTableUrl) return { tableUrl: config.storageTableUrl, credential: storageCredential(config.azureClientId) };
  return config.storageConnectionString;
}

export function tableClient(target: TableTarget, tableName: string): TableClient {
  // Insecure (http) is only possible when the connection string itself names an http endpoint: Azurite.
  if (typeof target === "string") return TableClient.fromConnectionString(target, tableName, { allowInsecureConnection: true });
  return new TableClient(target.tableUrl, tableName, target.credential);
}

/** Connects to Azure Tables (or Azurite), creates missing tables, and returns the repositories. */
export async function openTableStorage(target: TableTarget, prefix: string): Promise<Repositories> {
  const clients = typeof target === "string" ? createTableClients(target, prefix) : credentialClients(target, prefix);
  await ensureTables(clients);
  return {
    reports: new TableReportRepository(clients.reports),
    conversations: new CachedConversationRepository(new TableConversationRepository(clients.conversations)),
    audit: new TableAuditLog(clients.audit),
    deliveries: new TableDeliveryLog(clients.deliveries),
    acting: new CachedActingRepository(new TableActingRepository(clients.acting)),
    skps: new TableSkpRepository(clients.skps),
    indicators: new TableIndicatorRepository(clients.indicators),
    matrices: new TableMatrixRepository(clients.matrices),
    periods: new TablePeriodRepository(clients.periods),
    evaluations: new TableEvaluationRepository(clients.evaluations),
    feedbackRequests: new TableFeedbackRequestRepository(clients.feedbackRequests),
    reminders: new TableReminderLog(clients.reminders),
    competency: new TableCompetencyRepository(clients.competency),
    announcements: new TableAnnouncementStore(clients.announcements, clients.conversations),
    outbox: outboxStorageFrom(clients.outbox, clients.outboxRate),
    coaching: new TableCoachingRepository(clients.coaching),
    unitChannels: new TableUnitChannelRepository(clients.unitChannels),
  };
}

/** The store of the directory's last good copy, its table created when missing. */
export async function openDirectoryCopyStore<TSource>(target: TableTarget, prefix: string): Promise<TableDirectoryCopyStore<TSource>> {
  const store = new TableDirectoryCopyStore<TSource>(tableClient(target, `${prefix}${DIRECTORY_COPY_TABLE}`));
  await store.ensureTable();
  return store;
}

function credentialClients(target: Exclude<TableTarget, string>, prefix: string): TableClients {
  const clients = {} as TableClients;
  for (const key of Object.keys(TABLES) as TableKey[]) clients[key] = tableClient(target, `${prefix}${TABLES[key]}`);
  return clients;
}
