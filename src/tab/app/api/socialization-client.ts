import type { ApiClient } from "./client";
import { EvalApi } from "./eval-client";
import type { AdoptionView, Announcement, AnnouncementContent, AnnouncementView, CardPreview, ComposeBody, DevelopmentPlan, InstalledTeam } from "./socialization-types";

const seg = encodeURIComponent;

/** Announcements, the adoption view and the development plan, on top of the tab's ApiClient (same identity headers). */
export class SocializationApi {
  constructor(private readonly api: ApiClient) {}

  preview = (content: AnnouncementContent) => this.api.request<CardPreview>("POST", "/api/announcements/preview", { content });
  compose = (body: ComposeBody) => this.api.request<Announcement>("POST", "/api/announcements", body);
  list = () => this.api.request<Announcement[]>("GET", "/api/announcements");
  view = (id: string) => this.api.request<AnnouncementView>("GET", `/api/announcements/${seg(id)}`);
  cancel = (id: string) => this.api.request<AnnouncementView>("POST", `/api/announcements/${seg(id)}/cancel`);
  teams = () => this.api.request<InstalledTeam[]>("GET", "/api/announcements/teams");
  adoption = () => this.api.request<AdoptionView>("GET", "/api/adoption");
  /** The workbook needs the identity headers too: fetched as a Blob (the coverage screen's download does the same). */
  adoptionXlsx = () => new EvalApi(this.api).xlsx("/api/adoption.xlsx");
  plan = (employeeId: string) => this.api.request<DevelopmentPlan>("GET", `/api/competency/plan/${seg(employeeId)}`);
}
