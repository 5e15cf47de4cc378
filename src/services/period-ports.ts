import type { DeadlineRule, Period, PeriodType } from "../domain/periods";

/** How the Admin Kinerja defined the periods of one year (DOMAIN.md section 4). */
export interface PeriodYearConfig {
  year: number;
  type: PeriodType;
  deadlineRule: DeadlineRule;
  definedById: string;
  definedAt: string;
}

export interface StoredPeriodYear {
  config: PeriodYearConfig;
  periods: Period[];
}

export interface PeriodRepository {
  /** Every defined year with its periods, oldest first (a few dozen rows: one small query). */
  listAll(): Promise<StoredPeriodYear[]>;
  /** Replaces the periods of the year as one transaction: never half of the old and half of the new. */
  saveYear(year: StoredPeriodYear): Promise<void>;
}
