import { VERBS } from "../../src/cards/verbs";
import { startApp, type AppHarness } from "../support/app-harness";
import { cardActions, cardInputs, cardOf, cardText } from "../support/connector";
import { asUser, personalConversationId, type TeamsUser } from "../support/teams-client";

// Friday 27 November 2026, 10:00 WIB.
const NOW = new Date("2026-11-27T03:00:00Z");
const TODAY = "2026-11-27";

let app: AppHarness;
let employee: TeamsUser;
let supervisor: TeamsUser;
let peer: TeamsUser;
const stranger: TeamsUser = { aadObjectId: "00000000-0000-4000-8000-000000000099", name: "Orang Asing" };

beforeAll(async () => {
  app = await startApp({ clock: { now: () => NOW } });
  employee = asUser(app.directory.getPerson("449ab166-8186-4856-8c52-9b4839c340b3")!); // Eko Kusuma, Pelaksana
  supervisor = asUser(app.directory.getManager(employee.aadObjectId)!); // Utin Wijaya
  peer = asUser(app.directory.getPerson("8e8afc84-9b31-46ab-a745-e5279afad5ab")!); // Ahmad Susanto, same unit
});
afterAll(() => app.stop());

const lastCardTo = (user: TeamsUser) => {
  const calls = app.connector.to(personalConversationId(user)).filter((c) => c.method === "POST");
  return cardOf(calls[calls.length - 1]!.activity)!;
};

async function openReportForm(user: TeamsUser) {
  const res = await app.teams.message(user, "lapor");
  expect(res.status).toBe(200);
  return lastCardTo(user);
}

describe("report and feedback in personal chat", () => {
  test("install greets the employee by name and role and stores the conversation", async () => {
    expect((await app.teams.install(employee)).status).toBe(200);
    const text = cardText(lastCardTo(employee));
    expect(text).toContain("Halo, Eko Kusuma!");
    expect(text).toContain("Pengolah Data dan Informasi");
    expect(text).toContain("Pegawai");
    expect(text).toContain("lapor");
    expect(await app.repositories.conversations.get("personal", employee.aadObjectId)).toBeDefined();

    await app.teams.install(supervisor);
    expect(cardText(lastCardTo(supervisor))).toContain("Atasan langsung");
  });

  test.each(["bantuan", "help", "apa ini?"])("'%s' answers with the help card", async (text) => {
    const before = app.connector.to(personalConversationId(employee)).length;
    await app.teams.message(employee, text);
    expect(app.connector.to(personalConversationId(employee)).length).toBe(before + 1);
    expect(cardText(lastCardTo(employee))).toContain("Halo, Eko Kusuma!");
  });

  test("lapor shows the report form with today's WIB date; submit stores it and notifies the supervisor", async () => {
    for (const alias of ["laporan", "report"]) {
      await app.teams.message(employee, alias);
      expect(cardInputs(lastCardTo(employee))).toContain("activity");
    }
    const form = await openReportForm(employee);
    expect(cardInputs(form)).toEqual(expect.arrayContaining(["date", "activity", "quantity", "unit", "evidenceUrl"]));
    expect(JSON.stringify(form)).toContain(`"value":"${TODAY}"`);
    const submit = cardActions(form).find((a) => a.verb === VERBS.reportSubmit)!;
    const data = {
      ...submit.data,
      date: TODAY,
      activity: "Memverifikasi 25 berkas usulan kenaikan pangkat",
      quantity: "25",
      unit: "berkas",
      evidenceUrl: "https://pontianak.sharepoint.com/sites/bkpsdm/bukti/1",
    };
    const res = await app.teams.execute(employee, VERBS.reportSubmit, data);
    expect(res.status).toBe(200);
    expect(res.body.statusCode).toBe(200);
    expect(res.body.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(cardText(res.body.value)).toContain("Laporan tersimpan");
    expect(cardText(res.body.value)).toContain("Utin Wijaya");

    const stored = await app.repositories.reports.listForEmployee(employee.aadObjectId);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ date: TODAY, quantity: 25, unit: "berkas", activity: data.activity });

    const toSupervisor = await app.connector.waitFor((c) => c.conversationId === personalConversationId(supervisor) && cardText(cardOf(c.activity)).includes(data.activity));
    const supervisorCard = cardOf(toSupervisor.activity)!;
    await app.background.drain();
    expect(cardInputs(supervisorCard)).toEqual(["feedback"]);
    expect(cardActions(supervisorCard)[0]).toEqual({ verb: VERBS.reportFeedback, data: { employeeId: employee.aadObjectId, reportId: stored[0]!.id } });

    // The same card submitted again (double click, retry) stores nothing new and notifies nobody again.
    const supervisorCallsBefore = app.connector.to(personalConversationId(supervisor)).length;
    const again = await app.teams.execute(employee, VERBS.reportSubmit, data);
    expect(cardText(again.body.value)).toContain("Laporan tersimpan");
    expect(await app.repositories.reports.listForEmployee(employee.aadObjectId)).toHaveLength(1);
    expect(app.connector.to(personalConversationId(supervisor)).length).toBe(supervisorCallsBefore);
  });

  test("only the supervisor may answer; the answer reaches the employee and closes the supervisor's card", async () => {
    const [report] = await app.repositories.reports.listForEmployee(employee.aadObjectId);
    const data = { employeeId: employee.aadObjectId, reportId: report!.id, feedback: "Bagus, lanjutkan verifikasi berkas." };

    for (const intruder of [peer, employee]) {
      const refused = await app.teams.execute(intruder, VERBS.reportFeedback, { ...data, feedback: "palsu" });
      expect(refused.status).toBe(200);
      expect(refused.body).toMatchObject({ statusCode: 403, type: "application/vnd.microsoft.error", value: { code: "Forbidden" } });
      expect(refused.body.value.message).toContain("atasan langsung");
    }
    expect((await app.repositories.reports.get(employee.aadObjectId, report!.id))!.feedback).toBeUndefined();

    const answered = await app.teams.execute(supervisor, VERBS.reportFeedback, data);
    expect(answered.body.statusCode).toBe(200);
    expect(cardInputs(answered.body.value)).toEqual([]);
    expect(cardActions(answered.body.value)).toEqual([]);
    expect(cardText(answered.body.value)).toContain(data.feedback);

    const stored = await app.repositories.reports.get(employee.aadObjectId, report!.id);
    expect(stored!.feedback).toMatchObject({ text: data.feedback, byId: supervisor.aadObjectId });

    const toEmployee = await app.connector.waitFor((c) => c.conversationId === personalConversationId(employee) && cardText(cardOf(c.activity)).includes(data.feedback));
    expect(cardText(cardOf(toEmployee.activity))).toContain("Umpan balik dari Utin Wijaya");
    const update = await app.connector.waitFor((c) => c.method === "PUT" && c.conversationId === personalConversationId(supervisor));
    expect(update.activityId).toBe(stored!.supervisorCard!.activityId);
    expect(cardInputs(cardOf(update.activity))).toEqual([]);

    // Answering twice changes nothing and sends nothing new.
    const employeeCalls = app.connector.to(personalConversationId(employee)).length;
    const twice = await app.teams.execute(supervisor, VERBS.reportFeedback, { ...data, feedback: "Jawaban kedua" });
    expect(cardText(twice.body.value)).toContain(data.feedback);
    expect((await app.repositories.reports.get(employee.aadObjectId, report!.id))!.feedback!.text).toBe(data.feedback);
    expect(app.connector.to(personalConversationId(employee)).length).toBe(employeeCalls);

    const audit = await app.repositories.audit.listForOwner(employee.aadObjectId);
    expect(audit.map((a) => [a.action, a.actorId, a.fromState, a.toState])).toEqual([
      ["report.feedback", supervisor.aadObjectId, "submitted", "answered"],
    ]);
  });

  test("a form with mistakes comes back with the values kept and a message at each input; nothing is stored", async () => {
    const form = await openReportForm(employee);
    const { formId } = cardActions(form)[0]!.data;
    const bad = { formId, date: "2025-01-15", activity: "   ", quantity: "-3", unit: "", evidenceUrl: "ftp://server/berkas" };
    const res = await app.teams.execute(employee, VERBS.reportSubmit, bad);
    expect(res.body.statusCode).toBe(200);
    const card = res.body.value;
    expect(cardInputs(card)).toContain("activity");
    expect(JSON.stringify(card)).toContain('"value":"ftp://server/berkas"');
    expect(JSON.stringify(card)).toContain('"value":"2025-01-15"');
    const text = cardText(card);
    expect(text).toContain("Periksa kembali isian yang ditandai");
    expect(text).toMatch(/http/i);
    expect(await app.repositories.reports.listForEmployee(employee.aadObjectId)).toHaveLength(1);
  });

  test("someone outside the directory gets a polite card and nothing is stored", async () => {
    await app.teams.install(stranger);
    expect(cardText(lastCardTo(stranger))).toContain("belum terdaftar");
    await app.teams.message(stranger, "lapor");
    expect(cardText(lastCardTo(stranger))).toContain("BKPSDM");
    const res = await app.teams.execute(stranger, VERBS.reportSubmit, { formId: "0b6f1a34-8e55-4c1e-9d43-2a9f5b7c6d10", date: TODAY, activity: "x" });
    expect(res.body).toMatchObject({ statusCode: 403, type: "application/vnd.microsoft.error" });
    expect(await app.repositories.conversations.get("personal", stranger.aadObjectId)).toBeUndefined();
    expect(await app.repositories.reports.listForEmployee(stranger.aadObjectId)).toEqual([]);
  });

  test("a supervisor who blocked the bot: the report is stored, the refusal recorded as blocked, and not retried", async () => {
    const conversation = personalConversationId(supervisor);
    app.connector.blocked.add(conversation);
    try {
      const before = app.connector.attempts.get(conversation) ?? 0;
      const form = await openReportForm(employee);
      const res = await app.teams.execute(employee, VERBS.reportSubmit, { ...cardActions(form)[0]!.data, date: TODAY, activity: "Menyusun notula rapat" });
      expect(res.body.statusCode).toBe(200);
      await app.background.drain();
      expect(app.connector.attempts.get(conversation)! - before).toBe(1);
      const deliveries = await app.repositories.deliveries.listForRecipient(supervisor.aadObjectId);
      expect(deliveries.find((d) => d.status === "blocked")).toMatchObject({ reason: "MessageWritesBlocked" });
      const stored = await app.repositories.reports.listForEmployee(employee.aadObjectId, {});
      expect(stored.some((r) => r.activity === "Menyusun notula rapat")).toBe(true);
    } finally {
      app.connector.blocked.delete(conversation);
    }
  });

  test("after the supervisor uninstalls, a new report is stored and the undelivered card is recorded", async () => {
    await app.teams.uninstall(supervisor);
    expect(await app.repositories.conversations.get("personal", supervisor.aadObjectId)).toBeUndefined();
    const form = await openReportForm(employee);
    const res = await app.teams.execute(employee, VERBS.reportSubmit, { ...cardActions(form)[0]!.data, date: TODAY, activity: "Rapat koordinasi" });
    await app.background.drain();
    expect(cardText(res.body.value)).toContain("belum memasang Kinerja ASN");
    const deliveries = await app.repositories.deliveries.listForRecipient(supervisor.aadObjectId);
    expect(deliveries.find((d) => d.status === "undeliverable")).toMatchObject({ reason: "not_installed" });
  });
});
