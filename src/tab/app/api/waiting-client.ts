import type { ApiClient } from "./client";
import type { CatalogueEntry, Registration, Training } from "./competency-types";

const seg = encodeURIComponent;

export type WaitingKind = "announcement" | "evaluationResult" | "feedbackRequest" | "coachingRating" | "developmentNeeds" | "externalTraining";

/** One thing waiting for the signed-in person (GET /api/me/waiting; src/services/waiting-service.ts). */
export interface WaitingItem {
  kind: WaitingKind;
  id: string;
  title: string;
  titleEn?: string;
  /** WIB date YYYY-MM-DD. */
  due: string | null;
  /** The ?view= key of the screen where it is done; null: inline or on the card in chat. */
  screen: string | null;
  ref: Record<string, string | number | null>;
}

/** The catalogue with one's place on the waiting list (null when not waiting). */
export type MyCatalogueEntry = CatalogueEntry & { myWaitlistPosition: number | null };

export interface RegistrationAnswer {
  training: Training;
  registration: Registration | null;
  waitlistPosition?: number | null;
  repeated: boolean;
}

export interface ExternalTrainingInput {
  title: string;
  /** As typed: the server validates and explains. */
  jp: string | number;
  date: string;
  evidenceUrl: string;
}

/** "Menunggu saya" and "Pengembangan saya": the calls to act from the list and from the development screen. */
export class WaitingApi {
  constructor(private readonly api: ApiClient) {}

  waiting = () => this.api.request<{ items: WaitingItem[] }>("GET", "/api/me/waiting");
  ackAnnouncement = (announcementId: string) => this.api.request<{ repeated: boolean }>("POST", `/api/me/announcements/${seg(announcementId)}/ack`);
  acceptEvaluation = (periodId: string, employeeId: string) => this.api.request<unknown>("POST", `/api/evaluations/${seg(periodId)}/${seg(employeeId)}/acknowledge`, {});
  answerFeedback = (employeeId: string, requestId: string, text: string) => this.api.request<unknown>("POST", `/api/feedback-requests/${seg(employeeId)}/${seg(requestId)}/answers`, { text });
  decideExternal = (employeeId: string, recordId: string, year: number, decision: "verify" | "reject") =>
    this.api.request<unknown>("POST", `/api/competency/external/${seg(employeeId)}/${seg(recordId)}/decision`, { year, decision });

  trainings = () => this.api.request<MyCatalogueEntry[]>("GET", "/api/trainings");
  register = (trainingId: string) => this.api.request<RegistrationAnswer>("POST", `/api/trainings/${seg(trainingId)}/registration`);
  cancel = (trainingId: string) => this.api.request<RegistrationAnswer>("DELETE", `/api/trainings/${seg(trainingId)}/registration`);
  recordExternal = (input: ExternalTrainingInput) => this.api.request<unknown>("POST", "/api/competency/external", input);
}
