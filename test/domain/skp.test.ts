import { createSkpDraft, effectiveSkp, skpFormFor, SKP_STATES, type Skp, type SkpState } from "../../src/domain/skp";
import { validateSkpContent } from "../../src/domain/skp-validation";
import { editSkpContent, SKP_ACTIONS, SKP_TRANSITIONS, startSkpRevision, transitionSkp, type SkpAction, type SkpCommand } from "../../src/domain/skp-workflow";
import { JABATAN_TYPES } from "../../src/domain/org";
import { jptSkp, nonJptSkp, NOW, quantitativeIki, rhk, toIndicator, toSupervisor, validationContext } from "./skp-fixtures";

const codesOf = (skp: Skp) => validateSkpContent(skp, validationContext).map((e) => `${e.field}:${e.code}`);

describe("SKP form and draft", () => {
  test.each(JABATAN_TYPES.map((j) => [j, j === "JPT" ? "JPT" : "NON_JPT"]))("%s uses the %s form", (jabatan, form) => {
    expect(skpFormFor(jabatan)).toBe(form);
  });

  test("a new draft is revision 1 with all 7 BerAKHLAK values and an empty Lampiran", () => {
    const skp = createSkpDraft({ id: "s", employeeId: "e", jabatanType: "Fungsional", year: 2026, now: NOW });
    expect(skp).toMatchObject({ state: "draft", revision: 1, form: "NON_JPT", createdAt: NOW.toISOString(), rhks: [] });
    expect(skp.perilaku).toHaveLength(7);
    expect(skp.lampiran).toEqual({ dukunganSumberDaya: [], skemaPertanggungjawaban: [], konsekuensi: [] });
  });
});

describe("validateSkpContent", () => {
  test("the fixtures are valid", () => {
    expect(codesOf(nonJptSkp())).toEqual([]);
    expect(codesOf(jptSkp())).toEqual([]);
  });

  test.each<[string, Skp, string[]]>([
    ["no RHK at all", nonJptSkp("draft", { rhks: [] }), ["rhks:skp_utama_required"]],
    ["only Tambahan", nonJptSkp("draft", { rhks: [rhk("r", toSupervisor("sup-rhk-1"), { group: "TAMBAHAN" })] }), ["rhks:skp_utama_required"]],
    ["RHK text blank", nonJptSkp("draft", { rhks: [rhk("r", toSupervisor("sup-rhk-1"), { text: "  " })] }), ["rhks.0.text:rhk_text_required"]],
    ["non-JPT RHK without parent", nonJptSkp("draft", { rhks: [rhk("r", null)] }), ["rhks.0.parent:rhk_parent_required"]],
    ["non-JPT RHK on a supervisor RHK that is not approved", nonJptSkp("draft", { rhks: [rhk("r", toSupervisor("sup-rhk-9"))] }), ["rhks.0.parent:rhk_parent_not_supervisor_rhk"]],
    ["non-JPT RHK straight on an org indicator", nonJptSkp("draft", { rhks: [rhk("r", toIndicator("ind-1"))] }), ["rhks.0.parent:rhk_parent_not_supervisor_rhk"]],
    ["JPT RHK on another OPD's indicator", jptSkp({ rhks: [{ ...jptSkp().rhks[0]!, parent: toIndicator("ind-other-opd") }] }), ["rhks.0.parent:rhk_parent_not_opd_indicator"]],
    ["JPT RHK on a supervisor RHK", jptSkp({ rhks: [{ ...jptSkp().rhks[0]!, parent: toSupervisor("sup-rhk-1") }] }), ["rhks.0.parent:rhk_parent_not_opd_indicator"]],
    ["RHK without IKI", nonJptSkp("draft", { rhks: [rhk("r", toSupervisor("sup-rhk-1"), { indicators: [] })] }), ["rhks.0.indicators:rhk_indicator_required"]],
    [
      "quantitative IKI with target 0 and no unit",
      nonJptSkp("draft", { rhks: [rhk("r", toSupervisor("sup-rhk-1"), { indicators: [quantitativeIki("i", { target: { approach: "KUANTITATIF", value: 0, unit: " " } })] })] }),
      ["rhks.0.indicators.0.target.value:target_value_not_positive", "rhks.0.indicators.0.target.unit:target_unit_required"],
    ],
    [
      "quantitative IKI with a NaN target",
      nonJptSkp("draft", { rhks: [rhk("r", toSupervisor("sup-rhk-1"), { indicators: [quantitativeIki("i", { target: { approach: "KUANTITATIF", value: NaN, unit: "x" } })] })] }),
      ["rhks.0.indicators.0.target.value:target_value_not_positive"],
    ],
    [
      "qualitative IKI with an empty narrative",
      nonJptSkp("draft", { rhks: [rhk("r", toSupervisor("sup-rhk-1"), { indicators: [quantitativeIki("i", { target: { approach: "KUALITATIF", narrative: "" } })] })] }),
      ["rhks.0.indicators.0.target.narrative:target_narrative_required"],
    ],
    [
      "non-JPT IKI without aspek",
      nonJptSkp("draft", { rhks: [rhk("r", toSupervisor("sup-rhk-1"), { indicators: [quantitativeIki("i", { aspek: undefined })] })] }),
      ["rhks.0.indicators.0.aspek:iki_aspek_required"],
    ],
    ["JPT IKI without perspektif", jptSkp({ rhks: [rhk("r", toIndicator("ind-1"))] }), ["rhks.0.indicators.0.perspektif:iki_perspektif_required"]],
    [
      "duplicate RHK ids",
      nonJptSkp("draft", { rhks: [rhk("r", toSupervisor("sup-rhk-1")), rhk("r", toSupervisor("sup-rhk-2"), { indicators: [quantitativeIki("j")] })] }),
      ["rhks.1.id:skp_duplicate_id"],
    ],
    ["a BerAKHLAK value missing", nonJptSkp("draft", { perilaku: nonJptSkp().perilaku.slice(1) }), ["perilaku:skp_perilaku_incomplete"]],
    ["a BerAKHLAK value twice", nonJptSkp("draft", { perilaku: [...nonJptSkp().perilaku.slice(1), { valueId: "loyal" }] }), ["perilaku:skp_perilaku_incomplete"]],
    [
      "ekspektasi khusus too long",
      nonJptSkp("draft", { perilaku: nonJptSkp().perilaku.map((p, i) => (i === 2 ? { ...p, ekspektasiKhusus: "x".repeat(2001) } : p)) }),
      ["perilaku.2.ekspektasiKhusus:ekspektasi_too_long"],
    ],
    [
      "an empty Lampiran item",
      nonJptSkp("draft", { lampiran: { dukunganSumberDaya: ["Laptop"], skemaPertanggungjawaban: [" "], konsekuensi: [] } }),
      ["lampiran.skemaPertanggungjawaban.0:lampiran_item_empty"],
    ],
  ])("%s", (_name, skp, expected) => {
    expect(codesOf(skp)).toEqual(expected);
  });

  test("Tambahan RHKs must serve a need too", () => {
    const skp = nonJptSkp("draft", { rhks: [rhk("u", toSupervisor("sup-rhk-1")), rhk("t", null, { group: "TAMBAHAN", indicators: [quantitativeIki("t-i")] })] });
    expect(codesOf(skp)).toEqual(["rhks.1.parent:rhk_parent_required"]);
  });
});

// Every action from every state: the allowed ones succeed with a valid actor, all others are refused by state.
const commandFor = (action: SkpAction): SkpCommand => {
  switch (action) {
    case "submit":
      return { action, actorId: "emp", now: NOW, validation: validationContext };
    case "approve":
      return { action, actorId: "sup", actorIsApprover: true, now: NOW, validation: validationContext };
    case "return":
      return { action, actorId: "sup", actorIsApprover: true, now: NOW, reason: "Target terlalu rendah" };
    case "reopen":
      return { action, actorId: "emp", now: NOW };
  }
};

describe("SKP state machine: every state x action", () => {
  const cases = SKP_STATES.flatMap((state) => SKP_ACTIONS.map((action) => [state, action] as [SkpState, SkpAction]));
  test.each(cases)("from %s, %s", (state, action) => {
    const r = transitionSkp(nonJptSkp(state), commandFor(action));
    const allowed = SKP_TRANSITIONS[action].from === state;
    if (allowed) {
      expect(r.ok).toBe(true);
      if (r.ok) {
        expect(r.value.skp.state).toBe(SKP_TRANSITIONS[action].to);
        expect(r.value.audit).toEqual({
          actorId: commandFor(action).actorId,
          action,
          subjectType: "skp",
          subjectId: "skp-emp-2026",
          ownerId: "emp",
          fromState: state,
          toState: SKP_TRANSITIONS[action].to,
          at: NOW.toISOString(),
        });
      }
    } else {
      expect(r).toEqual({ ok: false, errors: [{ code: "skp_invalid_transition", params: { action, state } }] });
    }
  });

  test("the allowed moves are exactly the four of DOMAIN.md", () => {
    expect(SKP_TRANSITIONS).toEqual({
      submit: { from: "draft", to: "diajukan" },
      approve: { from: "diajukan", to: "disetujui" },
      return: { from: "diajukan", to: "dikembalikan" },
      reopen: { from: "dikembalikan", to: "draft" },
    });
  });
});

describe("SKP workflow: who may act and with what", () => {
  const errorCodes = (r: ReturnType<typeof transitionSkp>) => (r.ok ? [] : r.errors.map((e) => e.code));

  test.each<[string, SkpState, SkpCommand, string[]]>([
    ["submit by someone else", "draft", { action: "submit", actorId: "sup", now: NOW, validation: validationContext }, ["skp_not_owner"]],
    ["submit with invalid content", "draft", { action: "submit", actorId: "emp", now: NOW, validation: { ...validationContext, supervisorApprovedRhkIds: new Set() } }, ["rhk_parent_not_supervisor_rhk"]],
    ["approve own SKP", "diajukan", { action: "approve", actorId: "emp", actorIsApprover: true, now: NOW, validation: validationContext }, ["skp_self_approval"]],
    ["approve by a non-approver", "diajukan", { action: "approve", actorId: "peer", actorIsApprover: false, now: NOW, validation: validationContext }, ["skp_not_approver"]],
    ["approve after the supervisor's RHK lost its approval", "diajukan", { action: "approve", actorId: "sup", actorIsApprover: true, now: NOW, validation: { ...validationContext, supervisorApprovedRhkIds: new Set() } }, ["rhk_parent_not_supervisor_rhk"]],
    ["return own SKP", "diajukan", { action: "return", actorId: "emp", actorIsApprover: true, now: NOW, reason: "x" }, ["skp_self_approval"]],
    ["return by a non-approver", "diajukan", { action: "return", actorId: "peer", actorIsApprover: false, now: NOW, reason: "x" }, ["skp_not_approver"]],
    ["return without a reason", "diajukan", { action: "return", actorId: "sup", actorIsApprover: true, now: NOW, reason: "   " }, ["field_required"]],
    ["reopen by the supervisor", "dikembalikan", { action: "reopen", actorId: "sup", now: NOW }, ["skp_not_owner"]],
  ])("%s is refused", (_name, state, cmd, expected) => {
    expect(errorCodes(transitionSkp(nonJptSkp(state), cmd))).toEqual(expected);
  });

  test("approval records the approver; return records the reason, which survives reopening", () => {
    const approved = transitionSkp(nonJptSkp("diajukan"), commandFor("approve"));
    expect(approved.ok && approved.value.skp).toMatchObject({ state: "disetujui", decidedById: "sup", decidedAt: NOW.toISOString() });
    const returned = transitionSkp(nonJptSkp("diajukan"), { action: "return", actorId: "sup", actorIsApprover: true, now: NOW, reason: "  Lengkapi target  " });
    expect(returned.ok && returned.value.skp.returnReason).toBe("Lengkapi target");
    if (!returned.ok) throw new Error("unreachable");
    const reopened = transitionSkp(returned.value.skp, commandFor("reopen"));
    expect(reopened.ok && reopened.value.skp).toMatchObject({ state: "draft", returnReason: "Lengkapi target" });
  });

  test("a full cycle: draft → diajukan → dikembalikan → draft → diajukan → disetujui", () => {
    let skp = nonJptSkp();
    for (const action of ["submit", "return", "reopen", "submit", "approve"] as const) {
      const r = transitionSkp(skp, commandFor(action));
      if (!r.ok) throw new Error(`${action}: ${JSON.stringify(r.errors)}`);
      skp = r.value.skp;
    }
    expect(skp.state).toBe("disetujui");
    expect(skp.returnReason).toBeUndefined();
  });
});

describe("editing and revisions", () => {
  test.each<[SkpState, string, boolean, string | null]>([
    ["draft", "emp", false, null],
    ["draft", "sup", true, null],
    ["draft", "peer", false, "skp_not_owner"],
    ["diajukan", "emp", false, "skp_not_editable"],
    ["disetujui", "emp", false, "skp_not_editable"],
    ["dikembalikan", "emp", false, "skp_not_editable"],
  ])("edit in %s by %s (approver: %s) → %s", (state, actorId, actorIsApprover, code) => {
    const content = { ...nonJptSkp(), rhks: [rhk("new", toSupervisor("sup-rhk-2"))] };
    const r = editSkpContent(nonJptSkp(state), { actorId, actorIsApprover, content });
    if (code) expect(r).toMatchObject({ ok: false, errors: [{ code }] });
    else expect(r.ok && r.value.rhks.map((x) => x.id)).toEqual(["new"]);
  });

  const revise = (skp: Skp, overrides: Partial<Parameters<typeof startSkpRevision>[1]> = {}) =>
    startSkpRevision(skp, { actorId: "emp", actorIsApprover: false, newId: "skp-emp-2026-r2", now: NOW, latestRevision: skp.revision, ...overrides });

  test("an approved SKP changes only through a new revision; the approved one stays", () => {
    const approved = nonJptSkp("disetujui", { decidedById: "sup" });
    const frozen = JSON.stringify(approved);
    const r = revise(approved);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value.skp).toMatchObject({ id: "skp-emp-2026-r2", revision: 2, previousRevisionId: "skp-emp-2026", state: "draft", rhks: approved.rhks });
    expect(r.value.skp.decidedById).toBeUndefined();
    expect(r.value.audit).toMatchObject({ action: "revise", fromState: "disetujui", toState: "draft", subjectId: "skp-emp-2026-r2" });
    // Editing the revision does not touch the approved SKP (deep copy).
    r.value.skp.rhks[0]!.indicators[0]!.text = "changed";
    expect(JSON.stringify(approved)).toBe(frozen);
    expect(effectiveSkp([approved, r.value.skp])).toBe(approved);
    const approvedRevision = { ...r.value.skp, state: "disetujui" as const };
    expect(effectiveSkp([approved, approvedRevision])).toBe(approvedRevision);
  });

  test.each<[SkpState]>([["draft"], ["diajukan"], ["dikembalikan"]])("no revision of an SKP in %s", (state) => {
    expect(revise(nonJptSkp(state))).toMatchObject({ ok: false, errors: [{ code: "skp_invalid_transition" }] });
  });

  test("no second open revision, and only the owner or the approver starts one", () => {
    expect(revise(nonJptSkp("disetujui"), { latestRevision: 2 })).toMatchObject({ ok: false, errors: [{ code: "skp_not_latest_revision" }] });
    expect(revise(nonJptSkp("disetujui"), { actorId: "peer" })).toMatchObject({ ok: false, errors: [{ code: "skp_not_owner" }] });
    expect(revise(nonJptSkp("disetujui"), { actorId: "sup", actorIsApprover: true }).ok).toBe(true);
  });

  test("effectiveSkp ignores drafts and picks the highest approved revision", () => {
    expect(effectiveSkp([nonJptSkp("draft")])).toBeUndefined();
    expect(effectiveSkp([nonJptSkp("disetujui", { revision: 3 }), nonJptSkp("disetujui", { revision: 1 }), nonJptSkp("draft", { revision: 4 })])?.revision).toBe(3);
  });
});
