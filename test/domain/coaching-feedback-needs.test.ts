import { B18_STATEMENTS, validateCompetencyScores, validateDialogRating } from "../../src/domain/coaching";
import { aggregateDevelopmentNeeds, deriveDevelopmentNeeds } from "../../src/domain/development-needs";
import { feedbackAnswerAudience, validateFeedbackAnswer, validateFeedbackRequest } from "../../src/domain/feedback-request";

const codes = (r: { ok: boolean; errors?: { code: string; field?: string }[] }) => (r.ok ? [] : (r.errors ?? []).map((e) => (e.field ? `${e.field}:${e.code}` : e.code)));

describe("feedback requests", () => {
  const base = { requesterId: "emp", employeeId: "emp", about: { kind: "BERAKHLAK" as const, valueId: "kolaboratif" as const }, colleagueIds: ["a", "b"] };
  test.each<[string, Parameters<typeof validateFeedbackRequest>[0], boolean, string[]]>([
    ["own request", base, false, []],
    ["supervisor's request about a subordinate", { ...base, requesterId: "sup" }, true, []],
    ["a peer asking about someone else", { ...base, requesterId: "peer" }, false, ["feedback_request_not_allowed"]],
    ["no colleagues", { ...base, colleagueIds: [] }, false, ["colleagueIds:feedback_request_no_colleagues"]],
    ["11 colleagues", { ...base, colleagueIds: Array.from({ length: 11 }, (_, i) => `c${i}`) }, false, ["colleagueIds:feedback_request_too_many_colleagues"]],
    ["asking the employee about themself", { ...base, colleagueIds: ["a", "emp"] }, false, ["colleagueIds:feedback_request_colleague_is_subject"]],
    ["an unknown value", { ...base, about: { kind: "BERAKHLAK", valueId: "jujur" as never } }, false, ["about:field_not_allowed"]],
    ["a blank RHK", { ...base, about: { kind: "RHK", rhkId: " " } }, false, ["about:field_required"]],
    ["a long message", { ...base, message: "x".repeat(2001) }, false, ["message:field_too_long"]],
  ])("%s", (_name, input, requesterIsSupervisor, expected) => {
    expect(codes(validateFeedbackRequest(input, { requesterIsSupervisor }))).toEqual(expected);
  });

  test("duplicate colleagues are merged", () => {
    const r = validateFeedbackRequest({ ...base, colleagueIds: ["a", "a", "b"], message: " Mohon masukan " }, { requesterIsSupervisor: false });
    expect(r.ok && r.value).toEqual({ ...base, colleagueIds: ["a", "b"], message: "Mohon masukan" });
  });

  test.each([
    ["a", "Sangat kooperatif", [], []],
    ["z", "x", [], ["feedback_answer_not_invited"]],
    ["a", "x", ["a"], ["feedback_answer_already_given"]],
    ["b", "", [], ["text:field_required"]],
  ])("answer by %s", (answererId, text, answered, expected) => {
    expect(codes(validateFeedbackAnswer({ colleagueIds: ["a", "b"] }, { answererId, text }, new Set(answered)))).toEqual(expected);
  });

  test("answers go to the requester and the employee's supervisor", () => {
    expect(feedbackAnswerAudience({ requesterId: "emp" }, "sup")).toEqual(["emp", "sup"]);
    expect(feedbackAnswerAudience({ requesterId: "sup" }, "sup")).toEqual(["sup"]);
    expect(feedbackAnswerAudience({ requesterId: "sekda" }, null)).toEqual(["sekda"]);
  });
});

describe("dialog kinerja: Format B.1.8 and B.1.9", () => {
  const all = (score: unknown) => Object.fromEntries(B18_STATEMENTS.map((s) => [s, score]));

  test("9 statements", () => {
    expect(B18_STATEMENTS).toHaveLength(9);
  });

  test.each<[string, Record<string, unknown>, string[]]>([
    ["all 5", all(5), []],
    ["all 1", all(1), []],
    ["a 6", { ...all(4), spoke_freely: 6 }, ["spoke_freely:coaching_score_out_of_range"]],
    ["a 0", { ...all(4), felt_heard: 0 }, ["felt_heard:coaching_score_out_of_range"]],
    ["a half", { ...all(4), felt_heard: 3.5 }, ["felt_heard:coaching_score_out_of_range"]],
    ["a string", { ...all(4), felt_heard: "4" }, ["felt_heard:coaching_score_out_of_range"]],
    ["one missing", { ...all(4), understands_purpose: undefined }, ["understands_purpose:coaching_statement_missing"]],
  ])("B.1.8: %s", (_name, answers, expected) => {
    expect(codes(validateDialogRating(answers))).toEqual(expected);
  });

  test.each<[string, { competency: unknown; score: unknown; reason: unknown }[], string[]]>([
    ["valid", [{ competency: "Komunikasi", score: 2, reason: "Perlu latihan presentasi" }], []],
    ["no reason", [{ competency: "Komunikasi", score: 4, reason: "" }], ["scores.0.reason:field_required"]],
    ["score 0", [{ competency: "Komunikasi", score: 0, reason: "x" }], ["scores.0.score:coaching_score_out_of_range"]],
    [
      "the same competency twice",
      [
        { competency: "Komunikasi", score: 3, reason: "x" },
        { competency: "komunikasi ", score: 4, reason: "y" },
      ],
      ["scores.1.competency:coaching_duplicate"],
    ],
  ])("B.1.9: %s", (_name, scores, expected) => {
    expect(codes(validateCompetencyScores(scores))).toEqual(expected);
  });
});

describe("kebutuhan pengembangan", () => {
  test("needs come from values and RHKs below expectation, B.1.9 scores 1-2 and recommendations", () => {
    const needs = deriveDevelopmentNeeds({
      employeeId: "emp",
      perilaku: [
        { valueId: "kompeten", judgement: "DI_BAWAH" },
        { valueId: "loyal", judgement: "SESUAI" },
      ],
      rhkAssessments: [
        { rhkId: "r1", judgement: "DI_BAWAH" },
        { rhkId: "r2", judgement: "DI_ATAS" },
      ],
      competencyScores: [
        { competency: "Analisis data", score: 2 },
        { competency: "Komunikasi", score: 3 },
        { competency: "Penulisan naskah dinas", score: 1 },
      ],
      recommendations: ["Pelatihan Excel lanjutan", "  ", "pelatihan excel lanjutan"],
    });
    expect(needs.map((n) => `${n.source}:${n.topic}`)).toEqual([
      "PERILAKU:kompeten",
      "RHK:r1",
      "KOMPETENSI:Analisis data",
      "KOMPETENSI:Penulisan naskah dinas",
      "REKOMENDASI:pelatihan excel lanjutan",
    ]);
  });

  test("aggregated per OPD: distinct employees per topic, most needed first, RHK needs left out", () => {
    const needs = [
      ...deriveDevelopmentNeeds({ employeeId: "a", competencyScores: [{ competency: "Analisis data", score: 1 }], rhkAssessments: [{ rhkId: "r", judgement: "DI_BAWAH" }] }),
      ...deriveDevelopmentNeeds({ employeeId: "b", competencyScores: [{ competency: "analisis data", score: 2 }], perilaku: [{ valueId: "adaptif", judgement: "DI_BAWAH" }] }),
      ...deriveDevelopmentNeeds({ employeeId: "b", competencyScores: [{ competency: "Analisis data", score: 2 }] }),
      ...deriveDevelopmentNeeds({ employeeId: "c", perilaku: [{ valueId: "adaptif", judgement: "DI_BAWAH" }], recommendations: ["Coaching"] }),
    ];
    expect(aggregateDevelopmentNeeds(needs)).toEqual([
      { source: "PERILAKU", topic: "adaptif", employeeCount: 2 },
      { source: "KOMPETENSI", topic: "Analisis data", employeeCount: 2 },
      { source: "REKOMENDASI", topic: "Coaching", employeeCount: 1 },
    ]);
  });
});
