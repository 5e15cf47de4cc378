import type { OrgIndicator, RhkParent, UplineLevel } from "../../../api/planning-types";

export type ChainLink = { kind: "rhk"; personName: string; text: string } | { kind: "indicator"; text: string } | { kind: "broken" };

const MAX_DEPTH = 10;

/**
 * What an RHK serves, nearest first: the supervisors' RHKs up to the organisation indicator, from the upline
 * the SKP answer carries. A link that cannot be followed ends the chain with "broken", so the gap is visible.
 */
export function chainOf(parent: RhkParent | null, upline: UplineLevel[], indicators: OrgIndicator[]): ChainLink[] {
  const links: ChainLink[] = [];
  let next = parent;
  while (next && links.length < MAX_DEPTH) {
    if (next.kind === "ORG_INDICATOR") {
      const id = next.indicatorId;
      const indicator = indicators.find((i) => i.id === id);
      links.push(indicator ? { kind: "indicator", text: `${indicator.sasaran} — ${indicator.indicator}` } : { kind: "broken" });
      return links;
    }
    const rhkId = next.rhkId;
    const level = upline.find((l) => l.rhks.some((r) => r.id === rhkId));
    const rhk = level?.rhks.find((r) => r.id === rhkId);
    if (!level || !rhk) break;
    links.push({ kind: "rhk", personName: level.person.displayName, text: rhk.text });
    next = rhk.parent;
  }
  links.push({ kind: "broken" });
  return links;
}
