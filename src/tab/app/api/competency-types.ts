/** Shapes of the catalogue, participants and training needs analysis (src/api/training-routes.ts, competency-routes.ts). */
// The server's own types, type-only where they come from a module with code: the wire shape is written once.
export { TRAINING_TYPES, type RegistrationStatus, type Training, type TrainingType } from "../../../services/competency-ports";
export type { TnaPerson, TnaTopic } from "../../../services/development-tna";
export type { DevelopmentNeedSource as NeedSource } from "../../../domain/development-needs";
import type { RegistrationStatus, Training } from "../../../services/competency-ports";
import type { TnaTopic } from "../../../services/development-tna";

export interface Registration {
  trainingId: string;
  employeeId: string;
  status: RegistrationStatus;
  requestedAt: string;
  jp?: number;
  updatedAt: string;
}

export interface CatalogueEntry extends Training {
  myRegistration: Registration | null;
  counts: { registered: number; waitlisted: number; attended: number };
}

/** The form's values as typed: the server validates (and explains) everything, numbers included. */
export interface TrainingInput {
  title: string;
  /** Absent when none is chosen: the server answers "required". */
  type?: string;
  jp: string;
  start: string;
  end: string;
  place?: string;
  onlineUrl?: string;
  capacity: string;
  addresses: string[];
  targetUnitIds: string[];
}

export interface Participants {
  training: Training;
  registrations: (Registration & { name: string })[];
}

export interface AttendanceResult {
  training: Training;
  registration: Registration | null;
  repeated: boolean;
}

/** The cards are queued in the outbox and sent in the background; a repeated announce queues only the newly reached. */
export interface AnnounceResult {
  queued: number;
  audience: number;
  jobId: string | null;
}

export interface DeliveryCounts {
  total: number;
  queued: number;
  sending: number;
  sent: number;
  retrying: number;
  failed: number;
  cancelled: number;
}

/** Delivery of the training's announcement cards through the outbox, per announce (jobs) and in all. */
export interface AnnouncementDelivery {
  trainingId: string;
  jobs: (DeliveryCounts & { jobId: string })[];
  total: DeliveryCounts;
}

export interface ComplianceRow {
  id: string;
  name: string;
  employees: number;
  reached: number;
  /** Percentage with one decimal. */
  share: number;
}

export interface CompetencyView {
  tna: { year: number; opdId?: string; topics: TnaTopic[] };
  jp: { year: number; target: number; total: ComplianceRow; opds: ComplianceRow[]; units: ComplianceRow[] };
}
