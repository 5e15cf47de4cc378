/**
 * Kebutuhan pengembangan (development needs), DOMAIN.md section 9: they come from the evaluation (a BerAKHLAK value
 * or a competency below expectation, an RHK missed, a Format B.1.9 score of 1-2) and from the supervisor's
 * recommendation. Aggregated per OPD they form the training needs analysis for next year's plan.
 */
import type { BerakhlakId } from "./berakhlak";
import { B19_NEEDS_DEVELOPMENT_AT_OR_BELOW } from "./coaching";
import type { Rating } from "./rating";

export const DEVELOPMENT_NEED_SOURCES = ["PERILAKU", "RHK", "KOMPETENSI", "REKOMENDASI"] as const;
export type DevelopmentNeedSource = (typeof DEVELOPMENT_NEED_SOURCES)[number];

export interface DevelopmentNeed {
  employeeId: string;
  source: DevelopmentNeedSource;
  /** What the need is about: a BerAKHLAK id, an RHK id, a competency name or the recommendation text. */
  topic: string;
}

export interface DevelopmentInputs {
  employeeId: string;
  /** Per-value behaviour judgements, where the supervisor gave them. */
  perilaku?: readonly { valueId: BerakhlakId; judgement: Rating }[];
  rhkAssessments?: readonly { rhkId: string; judgement: Rating }[];
  /** Format B.1.9 scores, and competencies judged below expectation elsewhere (score 1). */
  competencyScores?: readonly { competency: string; score: number }[];
  recommendations?: readonly string[];
}

/** The needs one evaluation and its coaching produce, each once. */
export function deriveDevelopmentNeeds(inputs: DevelopmentInputs): DevelopmentNeed[] {
  const needs = new Map<string, DevelopmentNeed>();
  const add = (source: DevelopmentNeedSource, topic: string) => {
    const t = topic.trim();
    if (t !== "") needs.set(`${source}\u0000${t.toLowerCase()}`, { employeeId: inputs.employeeId, source, topic: t });
  };
  for (const p of inputs.perilaku ?? []) if (p.judgement === "DI_BAWAH") add("PERILAKU", p.valueId);
  for (const r of inputs.rhkAssessments ?? []) if (r.judgement === "DI_BAWAH") add("RHK", r.rhkId);
  for (const c of inputs.competencyScores ?? []) if (c.score <= B19_NEEDS_DEVELOPMENT_AT_OR_BELOW) add("KOMPETENSI", c.competency);
  for (const text of inputs.recommendations ?? []) add("REKOMENDASI", text);
  return [...needs.values()];
}

export interface NeedAggregate {
  source: DevelopmentNeedSource;
  topic: string;
  employeeCount: number;
}

/**
 * The training needs analysis of one OPD: each (source, topic) with the number of distinct employees who need it,
 * most needed first (ties alphabetically, ignoring case). RHK needs are left out: an RHK id names no training.
 */
export function aggregateDevelopmentNeeds(needs: readonly DevelopmentNeed[]): NeedAggregate[] {
  const groups = new Map<string, { source: DevelopmentNeedSource; topic: string; employees: Set<string> }>();
  for (const n of needs) {
    if (n.source === "RHK") continue;
    const key = `${n.source}\u0000${n.topic.toLowerCase()}`;
    const g = groups.get(key) ?? { source: n.source, topic: n.topic, employees: new Set<string>() };
    g.employees.add(n.employeeId);
    groups.set(key, g);
  }
  return [...groups.values()]
    .map((g) => ({ source: g.source, topic: g.topic, employeeCount: g.employees.size }))
    .sort((a, b) => b.employeeCount - a.employeeCount || compareText(a.topic, b.topic));
}

/** Case-insensitive, locale-independent order (the same on every server). */
function compareText(a: string, b: string): number {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : 0;
}
