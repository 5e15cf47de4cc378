import type { ApiClient, ApiResult } from "./client";
import { NETWORK_ERROR, SSO_ERROR, UNEXPECTED_ERROR } from "./client";
import type { ApiError } from "./types";
import type { MatrixCell, MatrixSaveAnswer, MatrixView, OrgIndicator, SaveDraftAnswer, Skp, SkpContent, SkpView, TeamSkpRow } from "./planning-types";

const seg = encodeURIComponent;

/** The planning routes (SKP, team SKP, Matriks Peran Hasil, indicators) on top of the tab's ApiClient. */
export class PlanningApi {
  constructor(private readonly api: ApiClient) {}

  skp = (employeeId: string, year: number) => this.api.request<SkpView>("GET", `/api/skp/${seg(employeeId)}?year=${year}`);
  /** If-Match: the etag read, so a draft changed elsewhere (another tab, the matrix) is not overwritten. */
  saveDraft = (employeeId: string, year: number, content: SkpContent, etag: string | undefined) =>
    this.api.request<SaveDraftAnswer>("PUT", `/api/skp/${seg(employeeId)}/draft`, { year, ...content }, etag ? { "If-Match": etag } : {});
  submit = (employeeId: string, year: number) => this.api.request<Skp>("POST", `/api/skp/${seg(employeeId)}/submit`, { year });
  revise = (employeeId: string, year: number) => this.api.request<Skp>("POST", `/api/skp/${seg(employeeId)}/revise`, { year });
  approve = (employeeId: string, year: number) => this.api.request<Skp>("POST", `/api/skp/${seg(employeeId)}/approve`, { year });
  returnSkp = (employeeId: string, year: number, reason: string) =>
    this.api.request<Skp>("POST", `/api/skp/${seg(employeeId)}/return`, { year, reason });
  teamSkp = (year: number) => this.api.request<TeamSkpRow[]>("GET", `/api/team/skp?year=${year}`);
  indicators = (opdId: string, year: number) => this.api.request<OrgIndicator[]>("GET", `/api/opds/${seg(opdId)}/indicators?year=${year}`);
  matrix = (supervisorId: string, year: number) => this.api.request<MatrixView>("GET", `/api/matrix/${seg(supervisorId)}?year=${year}`);
  saveMatrix = (supervisorId: string, year: number, cells: MatrixCell[], etag: string | undefined) =>
    this.api.request<MatrixSaveAnswer>("PUT", `/api/matrix/${seg(supervisorId)}?year=${year}`, { cells }, etag ? { "If-Match": etag } : {});

  /** The PDF needs the same identity headers as every call, so it is fetched and handed over as a file. */
  async pdf(employeeId: string, year: number): Promise<ApiResult<Blob>> {
    let headers: Record<string, string>;
    try {
      headers = await this.api.auth();
    } catch {
      return { ok: false, status: 0, error: SSO_ERROR };
    }
    try {
      const res = await fetch(`/api/skp/${seg(employeeId)}/pdf?year=${year}`, { headers });
      if (res.ok) return { ok: true, status: res.status, data: await res.blob() };
      const body = (await res.json().catch(() => undefined)) as { error?: ApiError } | undefined;
      return { ok: false, status: res.status, error: body?.error?.message ? body.error : UNEXPECTED_ERROR };
    } catch {
      return { ok: false, status: 0, error: NETWORK_ERROR };
    }
  }
}
