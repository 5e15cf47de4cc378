import type { Aspek, Iki, Lampiran, Perspektif, Rhk, RhkGroup, Skp, SkpContent } from "../../../api/planning-types";
import { BERAKHLAK_IDS } from "../../../api/planning-types";

/** An IKI as typed: the number stays text until saved, so "12," or "" are not lost while typing. */
export interface IkiForm {
  key: string;
  id?: string;
  text: string;
  aspek: Aspek | "";
  perspektif: Perspektif | "";
  approach: "KUANTITATIF" | "KUALITATIF";
  value: string;
  unit: string;
  narrative: string;
}

export interface RhkForm {
  key: string;
  id?: string;
  group: RhkGroup;
  text: string;
  /** "" (none), "ind:<indicatorId>" or "rhk:<supervisor RHK id>". */
  parent: string;
  ikis: IkiForm[];
}

export interface SkpForm {
  rhks: RhkForm[];
  perilaku: SkpContent["perilaku"];
  lampiran: Lampiran;
}

let counter = 0;
const nextKey = () => `k${++counter}`;

export const emptyIki = (): IkiForm => ({ key: nextKey(), text: "", aspek: "", perspektif: "", approach: "KUANTITATIF", value: "", unit: "", narrative: "" });
export const emptyRhk = (group: RhkGroup = "UTAMA"): RhkForm => ({ key: nextKey(), group, text: "", parent: "", ikis: [emptyIki()] });

function ikiForm(i: Iki): IkiForm {
  const t = i.target;
  return {
    key: nextKey(),
    id: i.id,
    text: i.text,
    aspek: i.aspek ?? "",
    perspektif: i.perspektif ?? "",
    approach: t.approach,
    value: t.approach === "KUANTITATIF" ? String(t.value).replace(".", ",") : "",
    unit: t.approach === "KUANTITATIF" ? t.unit : "",
    narrative: t.approach === "KUALITATIF" ? t.narrative : "",
  };
}

export function toForm(skp: Skp | null): SkpForm {
  if (!skp) return { rhks: [emptyRhk()], perilaku: BERAKHLAK_IDS.map((valueId) => ({ valueId })), lampiran: { dukunganSumberDaya: [], skemaPertanggungjawaban: [], konsekuensi: [] } };
  return {
    rhks: skp.rhks.map((r) => ({
      key: nextKey(),
      id: r.id,
      group: r.group,
      text: r.text,
      parent: !r.parent ? "" : r.parent.kind === "ORG_INDICATOR" ? `ind:${r.parent.indicatorId}` : `rhk:${r.parent.rhkId}`,
      ikis: r.indicators.map(ikiForm),
    })),
    perilaku: skp.perilaku,
    lampiran: skp.lampiran,
  };
}

/** "92,5" and "92.5" are 92.5 (Indonesian writing first); anything else goes as is for the server to refuse. */
export function parseNumber(text: string): number {
  const t = text.trim();
  if (t === "") return NaN;
  return Number(/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t) ? t.replace(/\./g, "").replace(",", ".") : t.replace(",", "."));
}

function parentOf(value: string): Rhk["parent"] {
  if (value.startsWith("ind:")) return { kind: "ORG_INDICATOR", indicatorId: value.slice(4) };
  if (value.startsWith("rhk:")) return { kind: "SUPERVISOR_RHK", rhkId: value.slice(4) };
  return null;
}

export function toContent(form: SkpForm, jpt: boolean): SkpContent {
  return {
    rhks: form.rhks.map((r) => ({
      id: r.id,
      group: r.group,
      text: r.text,
      parent: parentOf(r.parent),
      indicators: r.ikis.map((i) => ({
        id: i.id,
        text: i.text,
        target: i.approach === "KUANTITATIF" ? { approach: "KUANTITATIF", value: parseNumber(i.value), unit: i.unit } : { approach: "KUALITATIF", narrative: i.narrative },
        ...(jpt ? (i.perspektif ? { perspektif: i.perspektif } : {}) : i.aspek ? { aspek: i.aspek } : {}),
      })),
    })),
    perilaku: form.perilaku,
    // Lines typed as one item per line: blank lines (a trailing Enter) are not items.
    lampiran: {
      dukunganSumberDaya: items(form.lampiran.dukunganSumberDaya),
      skemaPertanggungjawaban: items(form.lampiran.skemaPertanggungjawaban),
      konsekuensi: items(form.lampiran.konsekuensi),
    },
  };
}

const items = (lines: string[]) => lines.map((l) => l.trim()).filter((l) => l !== "");

/** Field path (as the server names it, "rhks.0.indicators.1.target.value") → message. */
export type FieldMessages = Record<string, string>;
