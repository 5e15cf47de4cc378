import type { Person } from "../domain/org";
import type { JpCredit, Registration, Training } from "../services/competency-ports";
import { summaryCard } from "./eval-cards";
import type { AdaptiveCard } from "./render";
import { formatDate, formatDateTime, formatNumber, line, type Fact } from "./text";
import { VERBS } from "./verbs";

export function trainingFacts(t: Training): Fact[] {
  return [
    { title: line("training.card.type"), value: line(`training.type.${t.type}`) },
    { title: line("training.card.when"), value: `${formatDateTime(t.start)} – ${formatDateTime(t.end)} WIB` },
    { title: line("training.card.where"), value: [t.place, t.onlineUrl].filter(Boolean).join(" · ") },
    { title: "JP", value: formatNumber(t.jp) },
    { title: line("training.card.capacity"), value: String(t.capacity) },
  ];
}

/**
 * The announcement with Daftar; once the person acted, their status with Batal (cancel). The same card answers
 * the register and cancel verbs, so every device shows the current state.
 */
export function trainingCard(t: Training, registration?: Registration): AdaptiveCard {
  const status = registration?.status;
  const active = status === "registered" || status === "waitlisted";
  const data = { trainingId: t.id };
  return summaryCard({
    titleKey: "training.card.title",
    params: { title: t.title },
    facts: trainingFacts(t),
    ...(status ? { noticeKey: `training.status.${status}` } : { noticeKey: "training.card.invite" }),
    actions: active
      ? [{ title: line("training.card.cancel"), verb: VERBS.trainingCancel, data }]
      : status === "attended"
        ? []
        : [{ title: line("training.card.register"), verb: VERBS.trainingRegister, style: "positive", data }],
  });
}

export function reminderCard(t: Training): AdaptiveCard {
  return summaryCard({ titleKey: "training.reminder.title", params: { title: t.title }, facts: trainingFacts(t), noticeKey: "training.reminder.body" });
}

export function promotedCard(t: Training): AdaptiveCard {
  return summaryCard({
    titleKey: "training.promoted.title",
    params: { title: t.title },
    facts: trainingFacts(t),
    noticeKey: "training.status.registered",
    actions: [{ title: line("training.card.cancel"), verb: VERBS.trainingCancel, data: { trainingId: t.id } }],
  });
}

/** To the direct supervisor: an external training record with Verifikasi / Tolak; after the decision, without. */
export function externalTrainingCard(employee: Person, c: JpCredit): AdaptiveCard {
  const data = { employeeId: employee.id, year: c.year, recordId: c.id };
  return summaryCard({
    titleKey: "jp.external.title",
    params: { name: employee.displayName },
    facts: [
      { title: line("jp.external.training"), value: c.title },
      { title: line("jp.external.date"), value: formatDate(c.date) },
      { title: "JP", value: formatNumber(c.jp) },
      { title: line("jp.external.evidence"), value: c.evidenceUrl ?? "-" },
    ],
    noticeKey: `jp.external.status.${c.status}`,
    actions:
      c.status === "pending"
        ? [
            { title: line("jp.external.verify"), verb: VERBS.jpExternalDecide, style: "positive", data: { ...data, decision: "verify" } },
            { title: line("jp.external.reject"), verb: VERBS.jpExternalDecide, data: { ...data, decision: "reject" } },
          ]
        : [],
  });
}

export function jpBehindCard(total: number, target: number): AdaptiveCard {
  return summaryCard({
    titleKey: "jp.behind.title",
    facts: [{ title: line("jp.behind.total"), value: `${formatNumber(total)} / ${target} JP` }],
    noticeKey: "jp.behind.body",
  });
}

export function jpBehindTeamCard(behind: readonly { person: Person; total: number }[], target: number): AdaptiveCard {
  return summaryCard({
    titleKey: "jp.team.title",
    params: { count: behind.length },
    facts: behind.map((b) => ({ title: b.person.displayName, value: `${formatNumber(b.total)} / ${target} JP` })),
    noticeKey: "jp.team.body",
  });
}

export const ATTENDED_INPUT_PREFIX = "attended_";

/** To the organiser after the training: one toggle per seated participant; Simpan confirms the ticked ones. */
export function attendanceCard(t: Training, seated: readonly Registration[], nameOf: (id: string) => string): AdaptiveCard {
  const card = summaryCard({ titleKey: "training.attendance.title", params: { title: t.title }, facts: trainingFacts(t), noticeKey: "training.attendance.intro" });
  const body = card.body as unknown[];
  for (const r of seated) {
    const attended = r.status === "attended";
    body.push({ type: "Input.Toggle", id: `${ATTENDED_INPUT_PREFIX}${r.employeeId}`, title: `${nameOf(r.employeeId)}${attended ? ` (${formatNumber(r.jp ?? 0)} JP)` : ""}`, value: attended ? "true" : "false", valueOn: "true", valueOff: "false", wrap: true });
  }
  card.actions = [{ type: "Action.Execute", title: line("training.attendance.save"), verb: VERBS.trainingAttendance, style: "positive", data: { trainingId: t.id } }];
  return card;
}
