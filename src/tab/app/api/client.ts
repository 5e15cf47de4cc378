import { STRINGS } from "../i18n/strings";
import type { ApiError, DirectoryStatusView, Me, NewReport, PeriodType, PeriodYear, PersonView, Report, TeamReportsRow } from "./types";

export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; error: ApiError };

/** Headers that identify the user: a Teams SSO bearer token, or X-Dev-User in local mode. May throw. */
export type AuthHeaders = () => Promise<Record<string, string>>;

const localError = (code: string, key: "networkError" | "unexpectedError" | "ssoFailed"): ApiError => ({
  code,
  message: { id: STRINGS.id[key], en: STRINGS.en[key] },
});
export const NETWORK_ERROR = localError("network", "networkError");
export const UNEXPECTED_ERROR = localError("unexpected", "unexpectedError");
export const SSO_ERROR = localError("sso_failed", "ssoFailed");

function isApiError(v: unknown): v is ApiError {
  const e = v as ApiError | undefined;
  return typeof e?.code === "string" && typeof e.message?.id === "string" && typeof e.message?.en === "string";
}

/** One method per API route the tab uses; answers are results, never exceptions. */
export class ApiClient {
  constructor(readonly auth: AuthHeaders) {}

  me = () => this.request<Me>("GET", "/api/me");
  devPeople = () => this.request<PersonView[]>("GET", "/api/dev/people");
  myReports = () => this.request<Report[]>("GET", "/api/reports/mine");
  submitReport = (report: NewReport) => this.request<Report>("POST", "/api/reports", report);
  teamReports = () => this.request<TeamReportsRow[]>("GET", "/api/team/reports");
  giveFeedback = (employeeId: string, reportId: string, feedback: string) =>
    this.request<Report>("POST", `/api/reports/${encodeURIComponent(employeeId)}/${encodeURIComponent(reportId)}/feedback`, { feedback });
  directoryStatus = () => this.request<DirectoryStatusView>("GET", "/api/admin/directory/status");
  periods = () => this.request<PeriodYear[]>("GET", "/api/periods");
  /** The year travels as typed: the server answers a precise message for a bad one. */
  defineYear = (year: string, type: PeriodType) => this.request<PeriodYear>("PUT", `/api/periods/${encodeURIComponent(year)}`, { type });

  /** Public so feature clients (api/planning-client.ts) add their routes without a second auth path. */
  async request<T>(method: "GET" | "POST" | "PUT" | "DELETE", path: string, body?: unknown, extraHeaders: Record<string, string> = {}): Promise<ApiResult<T>> {
    let headers: Record<string, string>;
    try {
      headers = await this.auth();
    } catch {
      return { ok: false, status: 0, error: SSO_ERROR };
    }
    let res: Response;
    try {
      res = await fetch(path, {
        method,
        headers: { Accept: "application/json", ...(body === undefined ? {} : { "Content-Type": "application/json" }), ...extraHeaders, ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      return { ok: false, status: 0, error: NETWORK_ERROR };
    }
    const json: unknown = await res.json().catch(() => undefined);
    if (res.ok) return { ok: true, status: res.status, data: json as T };
    const error = (json as { error?: unknown } | undefined)?.error;
    return { ok: false, status: res.status, error: isApiError(error) ? error : UNEXPECTED_ERROR };
  }
}
