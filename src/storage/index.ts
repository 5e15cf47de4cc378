import type { ActingRepository, AuditLog, ConversationRepository, DeliveryLog, ReportRepository } from "../services/ports";
import { TableActingRepository } from "./acting-repository";
import { CachedActingRepository } from "./cached-acting";
import { CachedConversationRepository } from "./cached-conversations";
import { TableAuditLog } from "./audit-log";
import { TableConversationRepository } from "./conversation-repository";
import { TableDeliveryLog } from "./delivery-log";
import { TableReportRepository } from "./report-repository";
import { createTableClients, ensureTables } from "./tables";

export interface Repositories {
  reports: ReportRepository;
  conversations: ConversationRepository;
  audit: AuditLog;
  deliveries: DeliveryLog;
  acting: ActingRepository;
}

/** Connects to Azure Tables (or Azurite), creates missing tables, and returns the repositories. */
export async function openTableStorage(connectionString: string, prefix: string): Promise<Repositories> {
  const clients = createTableClients(connectionString, prefix);
  await ensureTables(clients);
  return {
    reports: new TableReportRepository(clients.reports),
    conversations: new CachedConversationRepository(new TableConversationRepository(clients.conversations)),
    audit: new TableAuditLog(clients.audit),
    deliveries: new TableDeliveryLog(clients.deliveries),
    acting: new CachedActingRepository(new TableActingRepository(clients.acting)),
  };
}
