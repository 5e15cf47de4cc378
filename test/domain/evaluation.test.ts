import { createEvaluation, EVALUATION_ACTIONS, EVALUATION_STATES, EVALUATION_TRANSITIONS, type Evaluation, type EvaluationAction, type EvaluationState } from "../../src/domain/evaluation";
import { transitionEvaluation, type EvaluationCommand } from "../../src/domain/evaluation-workflow";

const NOW = new Date("2027-01-12T03:00:00Z");
const SET_AT = "2027-01-10T03:00:00.000Z"; // ditetapkan on 10 January (WIB)

const rating = {
  rhkAssessments: [{ rhkId: "r1", group: "UTAMA" as const, judgement: "SESUAI" as const }],
  suggestedHasilKerja: "SESUAI" as const,
  hasilKerja: "SESUAI" as const,
  perilakuKerja: "SESUAI" as const,
  perilakuFeedback: [],
  predikat: "BAIK" as const,
  ratedById: "sup",
  ratedAt: "2027-01-05T03:00:00.000Z",
};

/** An evaluation as it looks in each state. */
function evaluationIn(state: EvaluationState): Evaluation {
  const ev: Evaluation = { ...createEvaluation({ id: "ev-1", employeeId: "emp", periodId: "2026-bulanan-12", kind: "TAHUNAN" }), state };
  if (state === "draft") return ev;
  if (state === "self_assessed") return { ...ev, selfAssessment: { realisasi: [], perilakuNotes: [], submittedAt: SET_AT } };
  if (state === "rated") return { ...ev, rating };
  const set = { ...ev, rating, penetapan: { byId: "sup", at: SET_AT } };
  if (state === "ditetapkan") return set;
  if (state === "keberatan") return { ...set, objection: { filedAt: "2027-01-11T03:00:00.000Z", reason: "Bukti belum dipertimbangkan" } };
  return { ...set, acknowledgedAt: "2027-01-11T03:00:00.000Z" };
}

/** A command that succeeds whenever the state allows the action. */
function validCommand(action: EvaluationAction): EvaluationCommand {
  const base = { actorId: "emp", now: NOW };
  switch (action) {
    case "self_assess":
      return { ...base, action, realisasi: [{ rhkId: "r1", text: "Tercapai 120 berkas", evidenceUrls: ["https://example.com/bukti"] }] };
    case "rate":
      return { action, actorId: "sup", now: NOW, actorIsRater: true, rhkAssessments: rating.rhkAssessments, hasilKerja: "SESUAI", perilakuKerja: "DI_ATAS" };
    case "tetapkan":
      return { action, actorId: "sup", now: NOW, actorIsRater: true, distributionOk: true };
    case "acknowledge":
      return { ...base, action };
    case "file_objection":
      return { ...base, action, reason: "Bukti dukung belum dipertimbangkan" };
    case "decide_objection":
      return { action, actorId: "kadis", now: NOW, actorIsAtasanPenilai: true, outcome: "REJECTED", reason: "Penilaian sudah sesuai bukti" };
  }
}

describe("evaluation state machine: every state x action", () => {
  const cases = EVALUATION_STATES.flatMap((s) => EVALUATION_ACTIONS.map((a) => [s, a] as [EvaluationState, EvaluationAction]));
  test.each(cases)("from %s, %s", (state, action) => {
    const r = transitionEvaluation(evaluationIn(state), validCommand(action));
    const { from, to } = EVALUATION_TRANSITIONS[action];
    if (from.includes(state)) {
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      expect(r.value.evaluation.state).toBe(to);
      expect(r.value.audit).toEqual({
        actorId: validCommand(action).actorId,
        action,
        subjectType: "evaluation",
        subjectId: "ev-1",
        ownerId: "emp",
        fromState: state,
        toState: to,
        at: NOW.toISOString(),
      });
    } else {
      expect(r).toEqual({ ok: false, errors: [{ code: "evaluation_invalid_transition", params: { action, state } }] });
    }
  });

  test("the allowed moves (self-assessment optional: draft may go straight to rated)", () => {
    expect(EVALUATION_TRANSITIONS).toEqual({
      self_assess: { from: ["draft", "self_assessed"], to: "self_assessed" },
      rate: { from: ["draft", "self_assessed", "rated"], to: "rated" },
      tetapkan: { from: ["rated"], to: "ditetapkan" },
      acknowledge: { from: ["ditetapkan"], to: "diterima" },
      file_objection: { from: ["ditetapkan"], to: "keberatan" },
      decide_objection: { from: ["keberatan"], to: "ditetapkan" },
    });
  });

  test("the audit record carries no evaluation content", () => {
    const r = transitionEvaluation(evaluationIn("ditetapkan"), validCommand("file_objection"));
    expect(JSON.stringify(r.ok && r.value.audit)).not.toContain("Bukti");
  });
});

const codes = (state: EvaluationState, cmd: EvaluationCommand) => {
  const r = transitionEvaluation(evaluationIn(state), cmd);
  return r.ok ? [] : r.errors.map((e) => (e.field ? `${e.field}:${e.code}` : e.code));
};

describe("who may act, and with what", () => {
  const rate = validCommand("rate") as Extract<EvaluationCommand, { action: "rate" }>;
  const decide = validCommand("decide_objection") as Extract<EvaluationCommand, { action: "decide_objection" }>;
  test.each<[string, EvaluationState, EvaluationCommand, string[]]>([
    ["self-assessment by the supervisor", "draft", { ...validCommand("self_assess"), actorId: "sup" }, ["evaluation_not_employee"]],
    ["self-assessment with a bad evidence link", "draft", { action: "self_assess", actorId: "emp", now: NOW, realisasi: [{ rhkId: "r1", text: "x", evidenceUrls: ["file:///c:/x"] }] }, ["realisasi.0.evidenceUrls.0:field_invalid_url"]],
    ["self-assessment without realisasi text", "draft", { action: "self_assess", actorId: "emp", now: NOW, realisasi: [{ rhkId: "r1", text: " " }] }, ["realisasi.0.text:field_required"]],
    ["self-assessment with an unknown value", "draft", { action: "self_assess", actorId: "emp", now: NOW, realisasi: [], perilakuNotes: [{ valueId: "jujur" as never, text: "x" }] }, ["perilakuNotes.0.valueId:field_not_allowed"]],
    ["rating oneself", "self_assessed", { ...rate, actorId: "emp" }, ["evaluation_self_rating"]],
    ["rating by someone who is not the rater", "self_assessed", { ...rate, actorId: "peer", actorIsRater: false }, ["evaluation_not_rater"]],
    ["rating against the suggestion without a reason", "self_assessed", { ...rate, hasilKerja: "DI_ATAS" }, ["hasilKerjaReason:field_required"]],
    ["rating the same RHK twice", "self_assessed", { ...rate, rhkAssessments: [...rate.rhkAssessments, ...rate.rhkAssessments] }, ["rhkAssessments.1.rhkId:evaluation_duplicate_rhk"]],
    ["a forged rating value", "self_assessed", { ...rate, perilakuKerja: "LUAR_BIASA" as never }, ["perilakuKerja:field_not_allowed"]],
    ["setting one's own predikat", "rated", { ...validCommand("tetapkan"), actorId: "emp" }, ["evaluation_self_rating"]],
    ["setting by a non-rater", "rated", { ...validCommand("tetapkan"), actorId: "peer", actorIsRater: false } as EvaluationCommand, ["evaluation_not_rater"]],
    ["setting while the curve is broken", "rated", { action: "tetapkan", actorId: "sup", now: NOW, actorIsRater: true, distributionOk: false }, ["evaluation_distribution_violated"]],
    ["an override without a reason", "rated", { action: "tetapkan", actorId: "sup", now: NOW, actorIsRater: true, distributionOk: false, override: { byId: "admin", reason: "" } }, ["overrideReason:field_required"]],
    ["acknowledging someone else's evaluation", "ditetapkan", { ...validCommand("acknowledge"), actorId: "sup" }, ["evaluation_not_employee"]],
    ["an objection by someone else", "ditetapkan", { ...validCommand("file_objection"), actorId: "sup" }, ["evaluation_not_employee"]],
    ["an objection without reasons", "ditetapkan", { action: "file_objection", actorId: "emp", now: NOW, reason: "  " }, ["reason:field_required"]],
    ["deciding one's own objection", "keberatan", { ...decide, actorId: "emp" }, ["evaluation_not_decider"]],
    ["deciding without being the atasan pejabat penilai", "keberatan", { ...decide, actorIsAtasanPenilai: false }, ["evaluation_not_decider"]],
    ["the rater deciding the objection to their own rating", "keberatan", { ...decide, actorId: "sup" }, ["evaluation_decider_is_rater"]],
    ["a decision without reasons", "keberatan", { ...decide, reason: "" }, ["reason:field_required"]],
    ["upholding without changing a rating", "keberatan", { ...decide, outcome: "UPHELD", hasilKerja: "SESUAI" }, ["evaluation_objection_no_change"]],
  ])("%s is refused", (_name, state, cmd, expected) => {
    expect(codes(state, cmd)).toEqual(expected);
  });

  test("rating computes the suggestion and the predikat; a reason is kept when the choice differs", () => {
    const r = transitionEvaluation(evaluationIn("draft"), {
      ...(validCommand("rate") as Extract<EvaluationCommand, { action: "rate" }>),
      hasilKerja: "DI_ATAS",
      hasilKerjaReason: "Inovasi layanan daring",
    });
    expect(r.ok && r.value.evaluation.rating).toMatchObject({
      suggestedHasilKerja: "SESUAI",
      hasilKerja: "DI_ATAS",
      hasilKerjaReason: "Inovasi layanan daring",
      perilakuKerja: "DI_ATAS",
      predikat: "SANGAT_BAIK",
      ratedById: "sup",
    });
  });

  test("for the head of a unit, the unit's result replaces the RHK-based suggestion", () => {
    const r = transitionEvaluation(evaluationIn("draft"), {
      ...(validCommand("rate") as Extract<EvaluationCommand, { action: "rate" }>),
      suggestedHasilKerja: "DI_ATAS",
      hasilKerja: "DI_ATAS",
    });
    expect(r.ok && r.value.evaluation.rating?.hasilKerjaReason).toBeUndefined();
  });

  test("an admin override with a reason lets the predikat be set and is recorded", () => {
    const r = transitionEvaluation(evaluationIn("rated"), {
      action: "tetapkan",
      actorId: "sup",
      now: NOW,
      actorIsRater: true,
      distributionOk: false,
      override: { byId: "admin", reason: "Unit hanya 2 pegawai" },
    });
    expect(r.ok && r.value.evaluation.penetapan).toEqual({ byId: "sup", at: NOW.toISOString(), distributionOverride: { byId: "admin", reason: "Unit hanya 2 pegawai" } });
  });
});

describe("keberatan (objection)", () => {
  const file = (now: string, windowDays?: number) =>
    transitionEvaluation(evaluationIn("ditetapkan"), { action: "file_objection", actorId: "emp", now: new Date(now), reason: "x", ...(windowDays ? { windowDays } : {}) });

  test.each([
    ["2027-01-10T03:00:00Z", undefined, true],
    ["2027-01-24T16:59:59Z", undefined, true], // 23:59 WIB on day 14
    ["2027-01-24T17:00:00Z", undefined, false], // 00:00 WIB on day 15
    ["2027-01-17T16:59:59Z", 7, true],
    ["2027-01-17T17:00:00Z", 7, false],
  ])("filed at %s with a window of %s days → ok=%s", (now, days, ok) => {
    const r = file(now, days);
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.errors).toEqual([{ code: "evaluation_objection_window_closed", params: { lastDay: days ? "2027-01-17" : "2027-01-24", days: days ?? 14 } }]);
  });

  test("only one objection per evaluation", () => {
    const decided = transitionEvaluation(evaluationIn("keberatan"), validCommand("decide_objection"));
    if (!decided.ok) throw new Error("unreachable");
    expect(decided.value.evaluation.state).toBe("ditetapkan");
    const again = transitionEvaluation(decided.value.evaluation, validCommand("file_objection"));
    expect(again).toEqual({ ok: false, errors: [{ code: "evaluation_objection_already_filed" }] });
    expect(transitionEvaluation(decided.value.evaluation, validCommand("acknowledge")).ok).toBe(true);
  });

  test("a rejected objection keeps the predikat and records the decision", () => {
    const r = transitionEvaluation(evaluationIn("keberatan"), validCommand("decide_objection"));
    expect(r.ok && r.value.evaluation).toMatchObject({
      rating: { predikat: "BAIK" },
      objection: { decision: { byId: "kadis", outcome: "REJECTED", reason: "Penilaian sudah sesuai bukti", previous: { hasilKerja: "SESUAI", perilakuKerja: "SESUAI", predikat: "BAIK" } } },
    });
  });

  test("an upheld objection changes the ratings and the predikat follows the matrix", () => {
    const r = transitionEvaluation(evaluationIn("keberatan"), {
      ...(validCommand("decide_objection") as Extract<EvaluationCommand, { action: "decide_objection" }>),
      outcome: "UPHELD",
      reason: "Bukti inovasi diterima",
      hasilKerja: "DI_ATAS",
      perilakuKerja: "DI_ATAS",
    });
    expect(r.ok && r.value.evaluation).toMatchObject({
      state: "ditetapkan",
      rating: { hasilKerja: "DI_ATAS", perilakuKerja: "DI_ATAS", predikat: "SANGAT_BAIK", ratedById: "sup" },
      objection: { decision: { outcome: "UPHELD", previous: { predikat: "BAIK" } } },
    });
  });

  test("a full cycle without self-assessment: draft → rated → ditetapkan → keberatan → ditetapkan → diterima", () => {
    let ev = evaluationIn("draft");
    const states: string[] = [];
    for (const action of ["rate", "tetapkan", "file_objection", "decide_objection", "acknowledge"] as const) {
      const r = transitionEvaluation(ev, validCommand(action));
      if (!r.ok) throw new Error(`${action}: ${JSON.stringify(r.errors)}`);
      ev = r.value.evaluation;
      states.push(ev.state);
    }
    expect(states).toEqual(["rated", "ditetapkan", "keberatan", "ditetapkan", "diterima"]);
    expect(ev.acknowledgedAt).toBe(NOW.toISOString());
  });
});
