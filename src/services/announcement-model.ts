/**
 * Announcements of BKPSDM to ASN (issue 7): what the admin composes, to whom it goes, and its life:
 * scheduled → sending → done | cancelled. Sending is the outbox's job (src/services/outbox); an announcement
 * has one main outbox job and at most one reminder job per WIB day.
 */
import { z } from "zod";

/** Caps that keep the rendered card well under Teams' 40 KB message limit (≈ 20 KB at most, in UTF-8 JSON). */
export const ANNOUNCEMENT_LIMITS = { title: 200, body: 4000, url: 1000, opds: 100, teams: 200 } as const;

const httpsUrl = z
  .string()
  .trim()
  .max(ANNOUNCEMENT_LIMITS.url)
  .refine((v) => {
    try {
      return new URL(v).protocol === "https:";
    } catch {
      return false;
    }
  }, "https_only");

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));

export const AUDIENCE_SCHEMA = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("opds"), opdIds: z.array(z.string().min(1).max(100)).min(1).max(ANNOUNCEMENT_LIMITS.opds) }),
  z.object({ kind: z.literal("everyone") }),
  /**
   * Teams where the app is installed: the channel recorded at install of each of `teamIds` (all teams when
   * absent), and/or any other `channels` of those teams by id (a new post in that channel).
   */
  z.object({
    kind: z.literal("channels"),
    teamIds: z.array(z.string().min(1).max(300)).max(ANNOUNCEMENT_LIMITS.teams).optional(),
    channels: z
      .array(z.object({ teamId: z.string().min(1).max(300), channelId: z.string().regex(/^19:[^\s/]{1,250}@thread\.(tacv2|skype)$/) }))
      .max(ANNOUNCEMENT_LIMITS.teams)
      .optional(),
  }),
]);
export type Audience = z.infer<typeof AUDIENCE_SCHEMA>;

export const CONTENT_SCHEMA = z.object({
  titleId: z.string().trim().min(1).max(ANNOUNCEMENT_LIMITS.title),
  titleEn: optionalText(ANNOUNCEMENT_LIMITS.title),
  bodyId: z.string().trim().min(1).max(ANNOUNCEMENT_LIMITS.body),
  bodyEn: optionalText(ANNOUNCEMENT_LIMITS.body),
  imageUrl: httpsUrl.optional(),
  linkUrl: httpsUrl.optional(),
  /** WIB date until which acknowledgement is expected. */
  ackDeadline: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});
export type AnnouncementContent = z.infer<typeof CONTENT_SCHEMA>;

export const COMPOSE_SCHEMA = z.object({
  content: CONTENT_SCHEMA,
  audience: AUDIENCE_SCHEMA,
  /** WIB wall-clock time "YYYY-MM-DDTHH:mm"; absent: send now. */
  scheduledAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/).optional(),
});
export type ComposeInput = z.infer<typeof COMPOSE_SCHEMA>;

export const ANNOUNCEMENT_STATUSES = ["scheduled", "sending", "done", "cancelled"] as const;
export type AnnouncementStatus = (typeof ANNOUNCEMENT_STATUSES)[number];

export interface Announcement {
  id: string;
  authorId: string;
  content: AnnouncementContent;
  audience: Audience;
  status: AnnouncementStatus;
  createdAt: string;
  /** ISO instant the send is due (now for "send now"). */
  sendAt: string;
  /** ISO instant the outbox job was written. */
  startedAt?: string;
  /** WIB date of the last reminder job. */
  lastReminderDate?: string;
  etag?: string;
}

/** Outbox job ids: the main send, and one reminder job per WIB day (which makes reminders once a day). */
export const mainJobId = (announcementId: string) => `ann-${announcementId}`;
export const reminderJobId = (announcementId: string, wibDate: string) => `ann-${announcementId}-r${wibDate}`;

/** What the outbox carries for the send port (the job payload). */
export interface AnnouncementPayload {
  announcementId: string;
  reminder: boolean;
}

/** Recipient ids in the outbox: a person's personal chat, or a team's channel. */
export const personalRecipient = (personId: string) => `personal:${personId}`;
export const channelRecipient = (teamId: string, channelId?: string) => (channelId ? `channel:${teamId}:${channelId}` : `channel:${teamId}`);
export function personOfRecipient(recipientId: string): string | undefined {
  return recipientId.startsWith("personal:") ? recipientId.slice("personal:".length) : undefined;
}

/** "YYYY-MM-DDTHH:mm" in WIB as an instant. */
export function wibLocalToInstant(local: string): Date {
  return new Date(`${local}:00+07:00`);
}
