import type { StringKey } from "../../../i18n/strings";

const LABELS: Record<string, StringKey> = {
  draft: "ovSkpDraft",
  diajukan: "ovSkpDiajukan",
  dikembalikan: "ovSkpDikembalikan",
  disetujui: "ovSkpDisetujui",
};

/** The SKP state as people say it; an unknown or missing state reads "no SKP yet". */
export function skpStateLabel(state: string | undefined): StringKey {
  return (state && LABELS[state]) || "ovSkpNone";
}
