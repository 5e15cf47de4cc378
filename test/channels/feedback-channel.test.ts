import { VERBS } from "../../src/cards/verbs";
import type { Person } from "../../src/domain/org";
import type { AppHarness } from "../support/app-harness";
import { cardActions, cardInputs, cardOf, cardText } from "../support/connector";
import { asUser, personalConversationId } from "../support/teams-client";
import { UNIT, api, approvedSkp, cast, rhkIds } from "../evaluation/eval-support";
import { CHANNEL, channelPosts, firstChannelCard, startChannelApp, teamsId, unitChannelWithRoster, viewAs } from "./channel-support";

// A feedback request also posted in the requester's unit channel (issue 4 item 7).
let app: AppHarness;
let people: ReturnType<typeof cast>;
let staff: Person[];
const RHK_TEXT = "Terverifikasinya berkas permohonan izin";
const MESSAGE = "Bagaimana ketelitian verifikasi saya bulan ini?";
const ANSWER = "Teliti dan cepat; pertahankan.";

beforeAll(async () => {
  app = await startChannelApp();
  people = cast(app);
  staff = people.staff;
  for (const p of [...staff, people.head]) await app.teams.install(asUser(p));
  expect((await api(app, people.admin, "PUT", "/api/periods/2026", { type: "bulanan" })).status).toBe(200);
  await approvedSkp(app, staff[0]!);
});
afterAll(async () => {
  await app.background.drain();
  await app.stop();
});

const execute = async (p: Person, verb: string, data: Record<string, unknown>) => (await app.teams.execute(asUser(p), verb, data)).body;
const personalCards = (p: Person) => app.connector.to(personalConversationId(asUser(p))).map((c) => cardOf(c.activity)).filter((c) => c !== undefined);

test("without a unit channel the option is refused with a precise message and nothing is created", async () => {
  const [andi, bella] = staff as [Person, Person];
  const res = await api(app, andi, "POST", `/api/feedback-requests/${andi.id}`, { about: { kind: "BERAKHLAK", valueId: "harmonis" }, colleagueIds: [bella.id], postInChannel: true });
  expect(res.status).toBe(400);
  expect(res.body.error.fields[0]).toMatchObject({ field: "postInChannel", code: "feedbackChannel.noUnitChannel" });
  expect(JSON.stringify(res.body)).toContain("belum memilih kanal Teams");
  expect(await app.repositories.feedbackRequests.listAskedOf(bella.id, "2000-01-01T00:00:00Z")).toEqual([]);

  // On the form card: the same form again, the values kept, the message beside it.
  await app.teams.message(asUser(andi), "nilai");
  const openAction = personalCards(andi).flatMap((c) => cardActions(c)).find((a) => a.verb === VERBS.feedbackRequestOpen)!;
  const form = (await execute(andi, VERBS.feedbackRequestOpen, openAction.data)).value;
  expect(cardInputs(form)).toContain("postInChannel");
  const submit = cardActions(form).find((a) => a.verb === VERBS.feedbackRequestSubmit)!;
  const again = (await execute(andi, VERBS.feedbackRequestSubmit, { ...submit.data, about: `RHK:${rhkIds(andi)[0]}`, colleagueIds: bella.id, postInChannel: "true" })).value;
  expect(cardText(again)).toContain("Unit kerja Anda belum memilih kanal Teams");
  expect(cardInputs(again)).toContain("postInChannel");
  expect(await app.repositories.feedbackRequests.listAskedOf(bella.id, "2000-01-01T00:00:00Z")).toEqual([]);
});

test("posted in the channel: the named colleagues' view is the form, others see only that a request is open", async () => {
  const [andi, bella, citra, dedi] = staff as [Person, Person, Person, Person];
  await unitChannelWithRoster(app, UNIT, people.head, [people.head, ...staff, people.kadis]);
  const form = (await execute(andi, VERBS.feedbackRequestOpen, { employeeId: andi.id })).value;
  const submit = cardActions(form).find((a) => a.verb === VERBS.feedbackRequestSubmit)!;
  const sent = await execute(andi, VERBS.feedbackRequestSubmit, { ...submit.data, about: `RHK:${rhkIds(andi)[0]}`, colleagueIds: `${bella.id},${citra.id}`, message: MESSAGE, postInChannel: "true" });
  expect(cardText(sent.value)).toContain("Dikirim kepada: Bella Safitri, Citra Lestari.");

  const post = await firstChannelCard(app);
  const publicText = cardText(post);
  expect(publicText).toContain("Andi Pratama meminta umpan balik dari 2 rekan kerja");
  expect(publicText).toContain("Terbuka");
  for (const secret of [RHK_TEXT, MESSAGE, rhkIds(andi)[0]!]) expect(JSON.stringify(post)).not.toContain(secret);
  expect([...post.refresh.userIds].sort()).toEqual([bella, citra].map(teamsId).sort());
  expect(cardInputs(post)).toEqual([]);

  const bellaView = (await viewAs(app, bella, post)).value;
  expect(cardInputs(bellaView)).toEqual(["text"]);
  expect(cardText(bellaView)).toContain(RHK_TEXT);
  expect(bellaView.refresh).toEqual(post.refresh);
  for (const other of [dedi, people.head, people.kadis]) {
    const view = (await viewAs(app, other, post)).value;
    expect(cardText(view)).toBe(publicText);
    expect(cardInputs(view)).toEqual([]);
  }

  // Dedi replays Bella's form (the existing answer verb): refused, nothing stored.
  const answer = cardActions(bellaView).find((a) => a.verb === VERBS.feedbackAnswer)!;
  const forged = await app.teams.channelExecute(asUser(dedi), CHANNEL, answer.verb, { ...answer.data, text: "Jawaban palsu" });
  expect(forged.body.statusCode).toBe(403);
  const requestId = String(answer.data.requestId);
  expect((await app.repositories.feedbackRequests.get(andi.id, requestId))?.answers).toEqual([]);

  // An empty answer: the form again with its message, still a view of the post.
  const empty = (await app.teams.channelExecute(asUser(bella), CHANNEL, answer.verb, { ...answer.data, text: "" })).body.value;
  expect(cardInputs(empty)).toEqual(["text"]);
  expect(empty.refresh).toEqual(post.refresh);
  expect(cardActions(empty).find((a) => a.verb === VERBS.feedbackAnswer)!.data).toEqual(answer.data);
  const given = await app.teams.channelExecute(asUser(bella), CHANNEL, answer.verb, { ...answer.data, text: ANSWER });
  expect(cardText(given.body.value)).toContain("Terima kasih");
  expect(given.body.value.refresh).toEqual(post.refresh);
  expect((await app.teams.channelExecute(asUser(bella), CHANNEL, answer.verb, { ...answer.data, text: "Kedua kali" })).body.statusCode).toBe(200);
  await app.background.drain();
  const stored = await app.repositories.feedbackRequests.get(andi.id, requestId);
  expect(stored?.answers.map((a) => [a.answererId, a.text])).toEqual([[bella.id, ANSWER]]);

  // Bella's view now says she answered; Citra still has the form; the public card still says open.
  const after = (await viewAs(app, bella, post)).value;
  expect(cardText(after)).toContain("Anda sudah menjawab permintaan umpan balik dari Andi Pratama");
  expect(cardInputs(after)).toEqual([]);
  expect(after.refresh).toEqual(post.refresh);
  expect(cardInputs((await viewAs(app, citra, post)).value)).toEqual(["text"]);
  expect(cardText((await viewAs(app, dedi, post, "manual")).value)).toContain("Terbuka");

  // The answer went to the requester and the supervisor in personal chat, never to the channel.
  for (const reader of [andi, people.head]) expect(personalCards(reader).some((c) => cardText(c).includes(ANSWER))).toBe(true);
  expect(channelPosts(app)).toHaveLength(1);
  expect(app.connector.to(CHANNEL.channelId).some((c) => JSON.stringify(c.activity).includes(ANSWER))).toBe(false);
});
