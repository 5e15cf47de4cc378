import type { Person } from "../domain/org";
import type { Period } from "../domain/periods";
import type { Rhk } from "../domain/skp";
import type { RhkProgress } from "../services/evaluation-sources";
import { line, formatDate, formatNumber, type Fact } from "./text";
import { RATINGS } from "../domain/rating";

/** Shared pieces of the evaluation cards: period and person facts, RHK headings, rating choices. */
export function periodLabel(p: Period): string {
  return `${line(`label_period_type_${p.type}`)} ${p.index}/${p.year}`;
}

export function periodFacts(p: Period, employee?: Person): Fact[] {
  return [
    ...(employee ? [{ title: line("eval.fact.employee"), value: `${employee.displayName} · ${employee.jobTitle}` }] : []),
    { title: line("eval.fact.period"), value: `${periodLabel(p)} (${formatDate(p.start)} – ${formatDate(p.end)})` },
    { title: line("eval.fact.deadline"), value: formatDate(p.fillingDeadline) },
  ];
}

export function rhkHeading(rhk: Rhk, index: number): string {
  return `${index + 1}. [${line(`label_rhk_group_${rhk.group}`)}] ${rhk.text}`;
}

export function progressLine(progress: RhkProgress | undefined): string {
  if (!progress) return "";
  const quantity = progress.quantity !== undefined ? `${formatNumber(progress.quantity)} ${progress.unit ?? ""}`.trim() : "-";
  return line("eval.self.progress", { quantity, count: progress.reportCount });
}

export function ratingChoices() {
  return RATINGS.map((r) => ({ title: line(`label_rating_${r}`), value: r }));
}

/** Evidence links typed one per line (or separated by spaces or commas). */
export function splitUrls(value: unknown): string[] {
  return typeof value === "string" ? value.split(/[\s,]+/).filter((u) => u !== "") : [];
}
