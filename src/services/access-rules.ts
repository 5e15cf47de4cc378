/**
 * The rules of the one authorization policy (DOMAIN.md section 1): an action names what is done; its rule lists
 * the relations between the actor and the subject that allow it. The relations are checked in policy.ts from the
 * directory (and recorded Plt/Plh assignments) at the moment of the request, never from the request.
 * docs/authorization.md is generated from these rules and the test matrix.
 */
export const RELATIONS = {
  registered: "any person in the directory",
  self: "the subject is the actor",
  supervisor: "direct supervisor (atasan langsung) of the subject",
  acting: "Plt/Plh recorded for the subject's supervisor today",
  upline: "above the subject's supervisor in the hierarchy (e.g. atasan pejabat penilai)",
  opdMember: "works in the subject OPD",
  headOfOpd: "head of the subject OPD (its top person)",
  admin: "Admin Kinerja (BKPSDM)",
  kompetensi: "Pengelola Kompetensi (BKPSDM)",
  headOfUnit: "head of the subject unit (its member whose supervisor is outside it), or their Plt/Plh today",
  leaderAboveUnit: "leader one level up of the subject unit: the direct supervisor of its head",
  aboveUnit: "above the head of the subject unit in the hierarchy",
  atasanPenilai: "atasan pejabat penilai: the direct supervisor of the subject's supervisor, or their Plt/Plh today",
} as const;
export type Relation = keyof typeof RELATIONS;

export type SubjectKind = "none" | "employee" | "opd" | "unit";
/** unit: a unit kerja or OPD of the directory, as the calibration of DOMAIN.md section 8 sees it. */
export type Subject = { kind: "none" } | { kind: "employee"; id: string } | { kind: "opd"; id: string } | { kind: "unit"; id: string };

export interface Rule {
  subject: SubjectKind;
  allow: readonly Relation[];
  summary: string;
  /** i18n key of the refusal when a more precise one than error.forbidden helps the user. */
  denied?: string;
}

export const ACCESS_RULES = {
  "help.open": { subject: "none", allow: ["registered"], summary: "See the help card" },
  "me.read": { subject: "none", allow: ["registered"], summary: "See one's own identity and roles" },
  "report.submit": { subject: "none", allow: ["registered"], summary: "Submit one's own progress report" },
  "report.readOwn": { subject: "none", allow: ["registered"], summary: "Read one's own reports" },
  "team.read": { subject: "none", allow: ["registered"], summary: "Read the reports of one's own direct reports" },
  "report.feedback": {
    subject: "employee",
    allow: ["supervisor", "acting"],
    summary: "Give umpan balik on an employee's report",
    denied: "error.notSupervisor",
  },
  "skp.read": { subject: "employee", allow: ["self", "supervisor", "acting", "upline", "admin"], summary: "Read an employee's SKP" },
  "skp.edit": { subject: "employee", allow: ["self"], summary: "Draft, edit, submit or revise one's own SKP" },
  "skp.decide": {
    subject: "employee",
    allow: ["supervisor", "acting"],
    summary: "Approve or return an employee's SKP",
    denied: "error.notSkpApprover",
  },
  "matrix.edit": { subject: "employee", allow: ["self"], summary: "Fill one's own Matriks Peran Hasil" },
  "indicator.read": { subject: "opd", allow: ["opdMember", "admin"], summary: "Read the organisation indicators of an OPD" },
  "indicator.write": { subject: "opd", allow: ["headOfOpd", "admin"], summary: "Record or import the organisation indicators of an OPD" },
  "coverage.readOpd": { subject: "opd", allow: ["headOfOpd", "admin"], summary: "Coverage of an OPD" },
  "coverage.readCity": { subject: "none", allow: ["admin"], summary: "City-wide coverage" },
  "acting.manage": { subject: "none", allow: ["admin"], summary: "Record Plt/Plh assignments" },
  "directory.manage": { subject: "none", allow: ["admin"], summary: "Sync the directory and see its status" },
  "period.read": { subject: "none", allow: ["registered"], summary: "See the evaluation periods" },
  "period.manage": { subject: "none", allow: ["admin"], summary: "Define the evaluation periods of a year" },
  "period.close": { subject: "none", allow: ["admin"], summary: "Close a period city-wide: set every ready unit, and its dry run per OPD and unit" },
  "evaluation.read": {
    subject: "employee",
    allow: ["self", "supervisor", "acting", "upline", "admin"],
    summary: "Read an employee's evaluation (never peers)",
  },
  "evaluation.selfAssess": { subject: "employee", allow: ["self"], summary: "Fill one's own self-assessment" },
  "evaluation.rate": { subject: "employee", allow: ["supervisor", "acting"], summary: "Rate an employee (pejabat penilai)", denied: "evaluation.notRater" },
  "evaluation.acknowledge": { subject: "employee", allow: ["self"], summary: "Accept (Terima) one's own evaluation result" },
  "calibration.read": { subject: "unit", allow: ["headOfUnit", "aboveUnit", "admin"], summary: "See a unit's calibration view" },
  "orgPredikat.set": { subject: "unit", allow: ["leaderAboveUnit"], summary: "Set a unit's Predikat Kinerja Organisasi" },
  "evaluation.tetapkan": { subject: "unit", allow: ["headOfUnit"], summary: "Set (tetapkan) the predikat of a unit" },
  "calibration.override": { subject: "unit", allow: ["admin"], summary: "Allow a unit's curve that breaks the rule, with a reason" },
  "announcement.manage": { subject: "none", allow: ["admin"], summary: "Compose, send, follow and cancel announcements" },
  "announcement.ack": { subject: "none", allow: ["registered"], summary: "Acknowledge an announcement one received (for oneself only)" },
  "adoption.read": { subject: "none", allow: ["admin"], summary: "See and export the adoption view per OPD" },
  "evaluation.object": { subject: "employee", allow: ["self"], summary: "File a keberatan (objection) to one's own set evaluation" },
  "evaluation.decideObjection": {
    subject: "employee",
    allow: ["atasanPenilai"],
    summary: "Decide an employee's keberatan (atasan pejabat penilai)",
    denied: "evaluation_not_decider",
  },
  "feedback.request": { subject: "employee", allow: ["self", "supervisor", "acting"], summary: "Ask named colleagues for feedback about an employee" },
  // Who may answer is on the request itself (its named colleagues), checked by the service: others get 403.
  "feedback.answer": { subject: "none", allow: ["registered"], summary: "Answer a feedback request one was named in (only the named colleagues)" },
  "evaluation.annualOpen": { subject: "none", allow: ["admin"], summary: "Open the annual evaluation of a year (from each employee's last period)" },
  "coaching.read": { subject: "employee", allow: ["self", "supervisor", "acting", "upline", "admin"], summary: "Read an employee's coaching conversations (dialog kinerja)" },
  "coaching.record": { subject: "employee", allow: ["supervisor", "acting"], summary: "Record a coaching conversation with an employee", denied: "coaching.notCoach" },
  "coaching.rate": { subject: "employee", allow: ["self"], summary: "Rate one's own coaching conversation (Format B.1.8)" },
  "coaching.score": { subject: "employee", allow: ["supervisor", "acting"], summary: "Score an employee's competencies 1-5 with reasons (Format B.1.9)", denied: "coaching.notCoach" },
  "coaching.remind": { subject: "none", allow: ["admin"], summary: "Run the daily follow-up reminders of coaching conversations" },
  // Competency development (issue 8, DOMAIN.md section 9).
  "development.read": {
    subject: "employee",
    allow: ["self", "supervisor", "acting", "upline", "admin", "kompetensi"],
    summary: "Read an employee's development plan (needs, recommendations, JP)",
  },
  "development.decide": { subject: "employee", allow: ["supervisor", "acting"], summary: "Confirm, remove or add an employee's development needs", denied: "error.notSupervisor" },
  "competency.readOpd": { subject: "opd", allow: ["headOfOpd", "admin", "kompetensi"], summary: "Training needs analysis and JP compliance of an OPD" },
  "competency.readCity": { subject: "none", allow: ["admin", "kompetensi"], summary: "City-wide training needs analysis, its .xlsx export and JP compliance" },
  "competency.tick": { subject: "none", allow: ["admin", "kompetensi"], summary: "Run the daily training and JP reminders now" },
  "training.read": { subject: "none", allow: ["registered"], summary: "See the training catalogue" },
  "training.manage": { subject: "none", allow: ["kompetensi"], summary: "Add trainings to the catalogue and announce them (announce: its organiser)" },
  "training.register": { subject: "none", allow: ["registered"], summary: "Register oneself for a training or cancel (for oneself only)" },
  // The organiser is on the training itself (its creator), checked by the service: other Pengelola Kompetensi get 403.
  "training.attendance": { subject: "none", allow: ["kompetensi"], summary: "See participants and confirm attendance (the training's organiser only)" },
  "jp.recordExternal": { subject: "none", allow: ["registered"], summary: "Record one's own training done elsewhere, with evidence" },
  "jp.verifyExternal": { subject: "employee", allow: ["supervisor"], summary: "Verify or reject an employee's external training (direct supervisor only)", denied: "jp_not_direct_supervisor" },
  // Always about the signed-in person: the list is built for the actor, never for an id in the request.
  "waiting.read": { subject: "none", allow: ["registered"], summary: "See what waits for oneself (acknowledgements, feedback requests, decisions)" },
  // Posts in a unit's channel (issue 4 item 7): anyone may ask for their view; what it shows comes from the directory.
  "channel.view": { subject: "none", allow: ["registered"], summary: "See one's own view of a post in a unit channel (own status, a form one was named in, or the public post)" },
  "channel.teamProgress": { subject: "unit", allow: ["headOfUnit"], summary: "See the unit's self-assessment and rating counts in its channel post (never ratings)" },
  // Issue 4 item 7: the channel of an installed team where a unit's posts (period card, daily check-in) go.
  "unitChannel.manage": { subject: "unit", allow: ["admin", "headOfUnit"], summary: "See, pick or remove a unit's Teams channel and its daily check-in", denied: "unit_channel_not_head" },
} as const satisfies Record<string, Rule>;
export type AccessAction = keyof typeof ACCESS_RULES;

/** The i18n key to answer a refusal of `action` with. */
export function deniedMessageKey(action: AccessAction): string {
  const rule: Rule = ACCESS_RULES[action];
  return rule.denied ?? "error.forbidden";
}

export function isAccessAction(value: string): value is AccessAction {
  return Object.prototype.hasOwnProperty.call(ACCESS_RULES, value);
}
