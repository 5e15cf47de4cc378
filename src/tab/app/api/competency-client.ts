import type { ApiClient } from "./client";
import type { AnnouncementDelivery, AnnounceResult, AttendanceResult, CatalogueEntry, CompetencyView, Participants, Training, TrainingInput } from "./competency-types";
import { EvalApi } from "./eval-client";

const seg = encodeURIComponent;

/** The catalogue (Pengelola Kompetensi) and the training needs analysis, on top of the tab's ApiClient. */
export class CompetencyApi {
  constructor(private readonly api: ApiClient) {}

  trainings = () => this.api.request<CatalogueEntry[]>("GET", "/api/trainings");
  create = (input: TrainingInput) => this.api.request<Training>("POST", "/api/trainings", input);
  announce = (trainingId: string) => this.api.request<AnnounceResult>("POST", `/api/trainings/${seg(trainingId)}/announce`);
  delivery = (trainingId: string) => this.api.request<AnnouncementDelivery>("GET", `/api/trainings/${seg(trainingId)}/announcement`);
  participants = (trainingId: string) => this.api.request<Participants>("GET", `/api/trainings/${seg(trainingId)}/participants`);
  attend = (trainingId: string, employeeId: string) => this.api.request<AttendanceResult>("POST", `/api/trainings/${seg(trainingId)}/attendance`, { employeeId });
  city = (year: number) => this.api.request<CompetencyView>("GET", `/api/competency/city?year=${year}`);
  opd = (opdId: string, year: number) => this.api.request<CompetencyView>("GET", `/api/competency/opd/${seg(opdId)}?year=${year}`);
  /** The workbook needs the identity headers too: fetched as a Blob. */
  tnaXlsx = (year: number, opdId?: string) => new EvalApi(this.api).xlsx(`/api/competency/tna.xlsx?year=${year}${opdId ? `&opdId=${seg(opdId)}` : ""}`);
}
