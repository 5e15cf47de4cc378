import { getBerakhlakValue, BERAKHLAK_IDS, type BerakhlakId } from "../domain/berakhlak";
import type { Person } from "../domain/org";
import type { StoredNeed } from "../services/competency-ports";
import { summaryCard } from "./eval-cards";
import type { AdaptiveCard } from "./render";
import { bi, line } from "./text";
import { VERBS } from "./verbs";

/** Input ids of the needs card: one toggle per suggested need, one field for a recommendation to add. */
export const KEEP_INPUT_PREFIX = "keep_";
export const ADD_INPUT = "add";
export const MAX_ADD_LENGTH = 200;

/** What a need is about, for people: a value's name, an RHK's text, or the topic itself. */
export function needLabel(n: Pick<StoredNeed, "source" | "topic" | "label">): string {
  if (n.source === "PERILAKU" && (BERAKHLAK_IDS as readonly string[]).includes(n.topic)) return getBerakhlakValue(n.topic as BerakhlakId).name;
  return n.label ?? n.topic;
}

const sourceLine = (n: StoredNeed) => line(`development.source.${n.source}`);

/** To the supervisor after a rating: the suggested needs to keep (confirm) or untick (remove), and one to add. */
export function needsDecisionCard(employee: Person, year: number, needs: readonly StoredNeed[]): AdaptiveCard {
  const card = summaryCard({
    titleKey: "development.card.title",
    params: { name: employee.displayName, year },
    facts: [],
    noticeKey: "development.card.intro",
  });
  const body = card.body as unknown[];
  for (const n of needs) {
    body.push({ type: "Input.Toggle", id: `${KEEP_INPUT_PREFIX}${n.id}`, title: `${needLabel(n)} (${sourceLine(n)})`, value: "true", valueOn: "true", valueOff: "false", wrap: true });
  }
  const add = bi("development.card.add");
  body.push({ type: "Input.Text", id: ADD_INPUT, label: `${add.id} / ${add.en}`, maxLength: MAX_ADD_LENGTH, placeholder: "Pelayanan publik yang baik" });
  card.actions = [
    {
      type: "Action.Execute",
      title: line("development.card.save"),
      verb: VERBS.developmentDecide,
      style: "positive",
      data: { employeeId: employee.id, year, needIds: needs.map((n) => n.id) },
    },
  ];
  return card;
}

/** After the decision: the confirmed needs, without inputs (the same card on every device). */
export function needsDecidedCard(employee: Person, year: number, needs: readonly StoredNeed[]): AdaptiveCard {
  const confirmed = needs.filter((n) => n.status === "confirmed");
  return summaryCard({
    titleKey: "development.card.decided",
    params: { name: employee.displayName, year },
    facts: confirmed.map((n) => ({ title: sourceLine(n), value: needLabel(n) })),
    noticeKey: confirmed.length === 0 ? "development.card.none" : "development.card.sent",
  });
}
