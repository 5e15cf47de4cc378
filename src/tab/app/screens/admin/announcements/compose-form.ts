import type { AnnouncementContent, ComposeBody } from "../../../api/socialization-types";

/** The compose form as typed; the server validates (and explains) everything. */
export interface ComposeState {
  titleId: string;
  bodyId: string;
  titleEn: string;
  bodyEn: string;
  imageUrl: string;
  linkUrl: string;
  ackDeadline: string;
  audience: "opds" | "everyone" | "channels";
  opdIds: string[];
  /** Teams chosen for a channel post; none chosen: every team where the app is installed. */
  teamIds: string[];
  when: "now" | "later";
  /** datetime-local value, YYYY-MM-DDTHH:mm, read as WIB by the server. */
  scheduledAt: string;
}

export const EMPTY_COMPOSE: ComposeState = {
  titleId: "",
  bodyId: "",
  titleEn: "",
  bodyEn: "",
  imageUrl: "",
  linkUrl: "",
  ackDeadline: "",
  audience: "opds",
  opdIds: [],
  teamIds: [],
  when: "now",
  scheduledAt: "",
};

const optional = (v: string) => (v.trim() ? v.trim() : undefined);

export function contentOf(s: ComposeState): AnnouncementContent {
  return {
    titleId: s.titleId,
    bodyId: s.bodyId,
    titleEn: optional(s.titleEn),
    bodyEn: optional(s.bodyEn),
    imageUrl: optional(s.imageUrl),
    linkUrl: optional(s.linkUrl),
    ackDeadline: optional(s.ackDeadline),
  };
}

export function composeBodyOf(s: ComposeState): ComposeBody {
  const audience =
    s.audience === "opds"
      ? { kind: "opds" as const, opdIds: s.opdIds }
      : s.audience === "channels" && s.teamIds.length > 0
        ? { kind: "channels" as const, teamIds: s.teamIds }
        : { kind: s.audience };
  // An empty schedule still travels, so the server says what is missing rather than sending at once.
  return { content: contentOf(s), audience, ...(s.when === "later" ? { scheduledAt: s.scheduledAt } : {}) };
}
