/** Shapes of the announcement, adoption and development-plan APIs (GET /api/openapi.json describes them). */

export interface AnnouncementContent {
  titleId: string;
  titleEn?: string;
  bodyId: string;
  bodyEn?: string;
  imageUrl?: string;
  linkUrl?: string;
  /** WIB date YYYY-MM-DD. */
  ackDeadline?: string;
}

export type Audience = { kind: "opds"; opdIds: string[] } | { kind: "everyone" } | { kind: "channels"; teamIds?: string[] };

export interface ComposeBody {
  content: AnnouncementContent;
  audience: Audience;
  /** WIB wall-clock time YYYY-MM-DDTHH:mm; absent: send now. */
  scheduledAt?: string;
}

export type AnnouncementStatus = "scheduled" | "sending" | "done" | "cancelled";

export interface Announcement {
  id: string;
  content: AnnouncementContent;
  audience: Audience;
  status: AnnouncementStatus;
  createdAt: string;
  sendAt: string;
  startedAt?: string;
}

export const OUTBOX_STATUSES = ["queued", "sending", "retrying", "sent", "failed", "cancelled"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export interface OpdAnnouncementRow {
  opdId: string;
  opdName: string;
  recipients: number;
  delivered: number;
  failed: number;
  pending: number;
  acknowledged: number;
}

export interface AnnouncementView {
  announcement: Announcement;
  progress: Record<OutboxStatus, number> & { total: number };
  totals: { recipients: number; delivered: number; failed: number; acknowledged: number };
  failures: Record<string, number>;
  byOpd: OpdAnnouncementRow[];
}

/** An Adaptive Card element, as far as the preview needs to read it. */
export interface CardElement {
  type: string;
  text?: string;
  url?: string;
  title?: string;
  altText?: string;
  items?: CardElement[];
}

export interface CardPreview {
  card: { body?: CardElement[]; actions?: CardElement[] };
  bytes: number;
}

export interface InstalledTeam {
  teamId: string;
  channelId: string;
}

export interface OpdAdoption {
  opdId: string;
  opdName: string;
  staff: number;
  installed: number;
  installedPct: number | null;
  delivered: number;
  acknowledged: number;
  acknowledgedPct: number | null;
  activeReporters: number;
  activeReportersPct: number | null;
  approvedSkp: number;
  approvedSkpPct: number | null;
}

export interface AdoptionView {
  generatedAt: string;
  from: string;
  to: string;
  opds: OpdAdoption[];
}

export interface DevelopmentNeed {
  id: string;
  topic: string;
  label?: string;
  source: string;
  status: "suggested" | "confirmed";
}

export interface JpCredit {
  id: string;
  kind: "training" | "external";
  title: string;
  jp: number;
  date: string;
  status: "pending" | "verified" | "rejected" | "credited";
}

export interface DevelopmentPlan {
  year: number;
  needs: DevelopmentNeed[];
  recommendations: { id: string; title: string; jp: number; start: string }[];
  jp: { year: number; reached: boolean; total: number; target: number; remaining?: number; credits: JpCredit[] };
}
