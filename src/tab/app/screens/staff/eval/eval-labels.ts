import type { EvaluationState, Predikat, Rating } from "../../../api/eval-types";
import type { StringKey } from "../../../i18n/strings";

export const RATING_LABEL: Record<Rating, StringKey> = { DI_ATAS: "ratingDiAtas", SESUAI: "ratingSesuai", DI_BAWAH: "ratingDiBawah" };

export const PREDIKAT_LABEL: Record<Predikat, StringKey> = {
  SANGAT_BAIK: "predikatSangatBaik",
  BAIK: "predikatBaik",
  BUTUH_PERBAIKAN: "predikatButuhPerbaikan",
  KURANG_MISCONDUCT: "predikatKurang",
  SANGAT_KURANG: "predikatSangatKurang",
};

export const EVAL_STATE_LABEL: Record<EvaluationState, StringKey> = {
  draft: "evalStateDraft",
  self_assessed: "evalStateSelfAssessed",
  rated: "evalStateRated",
  ditetapkan: "evalStateDitetapkan",
  keberatan: "evalStateKeberatan",
  diterima: "evalStateDiterima",
};
