import type { Report } from "../../api/types";

/** By report date, then by submission time, newest first. */
export function newestFirst(reports: readonly Report[]): Report[] {
  return [...reports].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}
