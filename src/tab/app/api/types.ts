/** Shapes of the tab's API (GET /api/openapi.json describes them). */
export interface Bilingual {
  id: string;
  en: string;
}

export interface FieldError {
  field: string;
  code: string;
  message: Bilingual;
}

/** Every API error body is { error: ApiError } (src/api/errors.ts). */
export interface ApiError {
  code: string;
  message: Bilingual;
  fields?: FieldError[];
}

export interface PersonView {
  id: string;
  displayName: string;
  jobTitle: string;
  jabatanType?: string;
  unitId?: string;
  unitName?: string;
}

export interface Me {
  person: PersonView;
  nip?: string;
  roles: string[];
  supervisor: PersonView | null;
  directReports: PersonView[];
  organization: string;
}

export interface ReportFeedback {
  text: string;
  byId: string;
  at: string;
}

export interface Report {
  id: string;
  employeeId: string;
  date: string;
  activity: string;
  quantity?: number;
  unit?: string;
  evidenceUrl?: string;
  rhkId?: string;
  periodId?: string;
  createdAt: string;
  feedback?: ReportFeedback;
}

/** The form's values as typed: the server validates (and explains) everything, numbers included. */
export interface NewReport {
  formId: string;
  date: string;
  activity: string;
  quantity?: string;
  unit?: string;
  evidenceUrl?: string;
}

export interface TeamReportsRow {
  employee: Pick<PersonView, "id" | "displayName" | "jobTitle">;
  reports: Report[];
}

export interface DirectoryStatusView {
  source: "graph" | "file";
  inUse: { people: number; units: number; version: string | null; savedAt: string | null };
  lastRun: { startedAt: string; finishedAt: string; status: "ok" | "failed"; users: number } | null;
  reported: Record<string, { userId: string; displayName: string }[]>;
}

export type PeriodType = "bulanan" | "triwulanan" | "semesteran";

export interface Period {
  id: string;
  year: number;
  type: PeriodType;
  index: number;
  start: string;
  end: string;
  fillingDeadline: string;
}

export interface PeriodYear {
  year: number;
  type: PeriodType;
  periods: Period[];
  /** Ids of the periods open today (WIB). */
  open: string[];
}
