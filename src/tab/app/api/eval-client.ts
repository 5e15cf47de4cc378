import { NETWORK_ERROR, SSO_ERROR, UNEXPECTED_ERROR, type ApiClient, type ApiResult } from "./client";
import type {
  CalibrationView,
  CityCoverage,
  EvaluationSubject,
  ImportProblem,
  ImportResult,
  Indicator,
  IndicatorInput,
  OpdCoverage,
  RatingBody,
  RatingPreview,
  TeamOverview,
} from "./eval-types";
import type { ApiError } from "./types";

const seg = encodeURIComponent;
/** The import's error also lists every bad row. */
export type ImportError = ApiError & { problems?: ImportProblem[] };

/** Evaluation, team overview, indicators and coverage, on top of the tab's ApiClient (same identity headers). */
export class EvalApi {
  constructor(private readonly api: ApiClient) {}

  teamOverview = () => this.api.request<TeamOverview>("GET", "/api/team/overview");
  evaluation = (periodId: string, employeeId: string) => this.api.request<EvaluationSubject>("GET", `/api/evaluations/${seg(periodId)}/${seg(employeeId)}`);
  preview = (periodId: string, employeeId: string, body: Omit<RatingBody, "formId">) =>
    this.api.request<RatingPreview>("POST", `/api/evaluations/${seg(periodId)}/${seg(employeeId)}/rating/preview`, body);
  rate = (periodId: string, employeeId: string, body: RatingBody) => this.api.request<unknown>("POST", `/api/evaluations/${seg(periodId)}/${seg(employeeId)}/rating`, body);
  acknowledge = (periodId: string, employeeId: string) => this.api.request<unknown>("POST", `/api/evaluations/${seg(periodId)}/${seg(employeeId)}/acknowledge`, {});
  calibration = (periodId: string, unitId: string) => this.api.request<CalibrationView>("GET", `/api/calibration/${seg(periodId)}/${seg(unitId)}`);

  indicators = (opdId: string, year: number) => this.api.request<Indicator[]>("GET", `/api/opds/${seg(opdId)}/indicators?year=${year}`);
  createIndicator = (opdId: string, year: number, body: IndicatorInput) => this.api.request<Indicator>("POST", `/api/opds/${seg(opdId)}/indicators?year=${year}`, body);
  updateIndicator = (opdId: string, year: number, id: string, body: IndicatorInput) =>
    this.api.request<Indicator>("PUT", `/api/opds/${seg(opdId)}/indicators/${seg(id)}?year=${year}`, body);
  deleteIndicator = (opdId: string, year: number, id: string) => this.raw<void>("DELETE", `/api/opds/${seg(opdId)}/indicators/${seg(id)}?year=${year}`);
  /** The file travels as it is, with its own Content-Type; the server reads .xlsx and .csv. */
  importIndicators = (opdId: string, year: number, file: File) =>
    this.raw<ImportResult>("POST", `/api/opds/${seg(opdId)}/indicators/import?year=${year}`, file, contentTypeOf(file));
  coverage = (opdId: string, year: number) => this.api.request<OpdCoverage>("GET", `/api/opds/${seg(opdId)}/coverage?year=${year}`);
  cityCoverage = (year: number) => this.api.request<CityCoverage>("GET", `/api/coverage?year=${year}`);
  /** Downloads need the identity headers too, so the workbook is fetched and handed over as a file. */
  xlsx = (path: string) => this.raw<Blob>("GET", path, undefined, undefined, true);

  private async raw<T>(method: string, path: string, body?: Blob, contentType?: string, asBlob = false): Promise<ApiResult<T>> {
    let headers: Record<string, string>;
    try {
      headers = await this.api.auth();
    } catch {
      return { ok: false, status: 0, error: SSO_ERROR };
    }
    let res: Response;
    try {
      res = await fetch(path, { method, body, headers: { Accept: asBlob ? "*/*" : "application/json", ...(contentType ? { "Content-Type": contentType } : {}), ...headers } });
    } catch {
      return { ok: false, status: 0, error: NETWORK_ERROR };
    }
    if (res.ok) return { ok: true, status: res.status, data: (asBlob ? await res.blob() : res.status === 204 ? undefined : await res.json()) as T };
    const json = (await res.json().catch(() => undefined)) as { error?: ImportError } | undefined;
    const error = json?.error;
    return { ok: false, status: res.status, error: error && typeof error.message?.id === "string" ? error : UNEXPECTED_ERROR };
  }
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** Browsers leave the type of a .csv empty on some systems: the name decides then. */
export function contentTypeOf(file: File): string {
  if (/\.xlsx$/i.test(file.name)) return XLSX;
  if (/\.csv$/i.test(file.name)) return "text/csv";
  return file.type || "application/octet-stream";
}
