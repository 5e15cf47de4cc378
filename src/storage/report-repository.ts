import type { TableClient } from "@azure/data-tables";
import type { NewReport, ReportFeedback, ReportRepository, SentCard, StoredReport } from "../services/ports";
import { isConflict, isNotFound, isPreconditionFailed, odataString } from "./tables";

/**
 * Reports: PartitionKey = employee id, RowKey = `${date}_${formId}` (a date range is one partition range query).
 * An idempotency marker `idem_${formId}` is written in the same transaction as the report, so a repeated
 * submit of the same card finds the marker and returns the first report: never two reports, never half of one.
 */
const MARKER_PREFIX = "idem_";
/** Report row keys start with a digit (the date); ':' sorts right after '9', so markers are never listed. */
const REPORT_ROWS_END = ":";

/** The report's own fields as columns; feedback and the supervisor's card are flattened into columns too. */
interface ReportEntity extends Omit<NewReport, "employeeId"> {
  partitionKey: string;
  rowKey: string;
  feedbackText?: string;
  feedbackById?: string;
  feedbackAt?: string;
  supervisorConversationKey?: string;
  supervisorActivityId?: string;
  etag?: string;
}

export class TableReportRepository implements ReportRepository {
  constructor(private readonly table: TableClient) {}

  async createOnce(report: NewReport): Promise<{ created: boolean; report: StoredReport }> {
    const rowKey = `${report.date}_${report.formId}`;
    const entity: ReportEntity = { partitionKey: report.employeeId, rowKey, ...withoutEmployee(report) };
    const marker = { partitionKey: report.employeeId, rowKey: MARKER_PREFIX + report.formId, reportId: rowKey };
    try {
      await this.table.submitTransaction([
        ["create", marker],
        ["create", dropUndefined(entity) as unknown as Record<string, unknown> & { partitionKey: string; rowKey: string }],
      ]);
      return { created: true, report: { ...report, id: rowKey } };
    } catch (err) {
      if (!isConflict(err)) throw err;
      const existing = await this.table.getEntity<{ reportId: string }>(report.employeeId, marker.rowKey);
      const stored = await this.get(report.employeeId, existing.reportId);
      if (!stored) throw new Error("idempotency marker points to a missing report");
      return { created: false, report: stored };
    }
  }

  async get(employeeId: string, reportId: string): Promise<StoredReport | undefined> {
    if (reportId.startsWith(MARKER_PREFIX)) return undefined;
    try {
      return toReport(await this.table.getEntity<ReportEntity>(employeeId, reportId));
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  async listForEmployee(employeeId: string, range: { from?: string; to?: string } = {}): Promise<StoredReport[]> {
    const lower = range.from ?? "0";
    const upper = range.to ? `${range.to}~` : REPORT_ROWS_END;
    const filter =
      `PartitionKey eq ${odataString(employeeId)} and RowKey ge ${odataString(lower)} ` +
      `and RowKey lt ${odataString(upper)}`;
    const out: StoredReport[] = [];
    for await (const e of this.table.listEntities<ReportEntity>({ queryOptions: { filter } })) out.push(toReport(e));
    return out;
  }

  async setFeedback(report: StoredReport, feedback: ReportFeedback): Promise<"ok" | "conflict"> {
    try {
      await this.table.updateEntity(
        {
          partitionKey: report.employeeId,
          rowKey: report.id,
          feedbackText: feedback.text,
          feedbackById: feedback.byId,
          feedbackAt: feedback.at,
        },
        "Merge",
        { etag: report.etag ?? "*" },
      );
      return "ok";
    } catch (err) {
      if (isPreconditionFailed(err)) return "conflict";
      throw err;
    }
  }

  async setSupervisorCard(report: StoredReport, card: SentCard): Promise<void> {
    // No etag: these fields are written once, by the sender, and nothing else writes them.
    await this.table.updateEntity(
      {
        partitionKey: report.employeeId,
        rowKey: report.id,
        supervisorConversationKey: card.conversationKey,
        supervisorActivityId: card.activityId,
      },
      "Merge",
    );
  }
}

function withoutEmployee(report: NewReport): Omit<ReportEntity, "partitionKey" | "rowKey"> {
  const { employeeId: _employeeId, ...rest } = report;
  return rest;
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function toReport(e: ReportEntity): StoredReport {
  const report: StoredReport = {
    id: e.rowKey,
    employeeId: e.partitionKey,
    formId: e.formId,
    date: e.date,
    activity: e.activity,
    periodId: e.periodId,
    createdAt: e.createdAt,
    etag: e.etag,
  };
  if (e.quantity !== undefined && e.quantity !== null) report.quantity = Number(e.quantity);
  if (e.unit) report.unit = e.unit;
  if (e.evidenceUrl) report.evidenceUrl = e.evidenceUrl;
  if (e.rhkId) report.rhkId = e.rhkId;
  if (e.feedbackText && e.feedbackById && e.feedbackAt) {
    report.feedback = { text: e.feedbackText, byId: e.feedbackById, at: e.feedbackAt };
  }
  if (e.supervisorConversationKey && e.supervisorActivityId) {
    report.supervisorCard = { conversationKey: e.supervisorConversationKey, activityId: e.supervisorActivityId };
  }
  return report;
}
