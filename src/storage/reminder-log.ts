import type { TableClient } from "@azure/data-tables";
import type { ReminderLog } from "../services/evaluation-reminders";
import { isConflict } from "./tables";

/** Reminders sent: PartitionKey = WIB date, RowKey = `${kind}:${personId}`; inserting is the claim. */
export class TableReminderLog implements ReminderLog {
  constructor(private readonly table: TableClient) {}

  async claim(date: string, key: string, at: string): Promise<boolean> {
    try {
      await this.table.createEntity({ partitionKey: date, rowKey: key, at });
      return true;
    } catch (err) {
      if (isConflict(err)) return false;
      throw err;
    }
  }
}
