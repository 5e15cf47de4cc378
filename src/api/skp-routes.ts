import type { Request, Response } from "express";
import type { OrgDirectory, Person } from "../domain/org";
import type { DomainError } from "../domain/result";
import { bilingual } from "../i18n";
import type { Clock } from "../services/ports";
import type { StoredSkp } from "../services/planning-ports";
import type { SkpDecisionService } from "../services/skp-decision-service";
import type { SkpService } from "../services/skp-service";
import type { DecisionOutcome, SkpFailure } from "../services/skp-types";
import { sendError, sendValidationError } from "./errors";
import { subjectFromParam, type ApiRoute } from "./route-table";
import { PERSON_SCHEMA } from "./schemas";
import { planYear, SKP_CONTENT, withServerIds, YEAR_LIMITS, zodErrors } from "./skp-schemas";

const SKP_SCHEMA = { type: "object", description: "One SKP revision (DOMAIN.md section 3); etag for If-Match" };
const UPLINE_SCHEMA = {
  type: "array",
  description: "Read-only: the approved RHKs (id, text, parent) of each supervisor up the chain, nearest first, to pick a parent RHK and to show what an RHK serves",
  items: { type: "object", properties: { person: PERSON_SCHEMA, rhks: { type: "array", items: { type: "object" } } } },
};
const VIEW_SCHEMA = { type: "object", properties: { employee: PERSON_SCHEMA, year: { type: "integer" }, opdId: { type: "string" }, revisions: { type: "array", items: SKP_SCHEMA }, effective: SKP_SCHEMA, current: SKP_SCHEMA, upline: UPLINE_SCHEMA } };
/** Levels of supervisors read for the chain; an OPD is never deeper (JPT → Administrator → Pengawas → staff). */
const MAX_UPLINE = 6;
const YEAR_BODY = { type: "object", properties: { year: { type: "integer" } } };
const employee = subjectFromParam.employee();

export function skpRoutes(skps: SkpService, decisions: SkpDecisionService, directory: OrgDirectory, clock: Clock): ApiRoute[] {
  const year = (req: Request, res: Response): number | undefined => {
    const y = planYear(req, clock.now(), (req.body as Record<string, unknown> | undefined)?.year);
    if (y === undefined) sendError(res, 400, "bad_year", "error.invalidYear", YEAR_LIMITS);
    return y;
  };
  return [
    {
      method: "get",
      path: "/api/skp/:employeeId",
      access: { action: "skp.read", subject: employee },
      summary: "An employee's SKP for ?year= (default this year): all revisions, the one in force, the one being worked on",
      authenticated: true,
      response: VIEW_SCHEMA,
      handler: async (req, res) => {
        const y = year(req, res);
        if (y === undefined) return;
        const view = await skps.get(String(req.params.employeeId), y);
        if (!view) return sendError(res, 404, "not_found", "error.personNotFound");
        const upline = await uplineOf(view.employee, y, skps, directory);
        const opdId = directory.getOpdOf(view.employee.unitId)?.id ?? null;
        res.json({ employee: personDto(view.employee), year: y, opdId, revisions: view.revisions.map(publicSkp), effective: opt(view.effective), current: opt(view.current), upline });
      },
    },
    {
      method: "put",
      path: "/api/skp/:employeeId/draft",
      access: { action: "skp.edit", subject: employee },
      summary: "Create or replace my draft SKP (a returned one is reopened); If-Match: the etag read. Answers with the problems that block submitting",
      authenticated: true,
      requestBody: { type: "object", required: ["rhks", "perilaku"], properties: { year: { type: "integer" }, rhks: { type: "array" }, perilaku: { type: "array" }, lampiran: { type: "object" } } },
      response: { type: "object", properties: { skp: SKP_SCHEMA, problems: { type: "array" } } },
      handler: async (req, res) => {
        const y = year(req, res);
        if (y === undefined) return;
        const parsed = SKP_CONTENT.safeParse(req.body);
        if (!parsed.success) return sendValidationError(res, zodErrors(parsed.error));
        const view = await skps.get(req.actor!.id, y);
        const known = new Set((view?.revisions ?? []).flatMap((s) => s.rhks.flatMap((r) => [r.id, ...r.indicators.map((i) => i.id)])));
        const ifMatch = req.get("if-match") ?? undefined;
        const outcome = await skps.saveDraft(req.actor!, y, withServerIds(parsed.data, known), ifMatch);
        if (outcome.kind !== "ok") return sendFailure(res, outcome);
        res.status(outcome.created ? 201 : 200).json({ skp: publicSkp(outcome.skp), problems: localized(outcome.problems) });
      },
    },
    {
      method: "post",
      path: "/api/skp/:employeeId/submit",
      access: { action: "skp.edit", subject: employee },
      summary: "Submit my SKP to the direct supervisor (or the acting Plt/Plh) for approval",
      authenticated: true,
      requestBody: YEAR_BODY,
      response: SKP_SCHEMA,
      handler: async (req, res) => {
        const y = year(req, res);
        if (y === undefined) return;
        const outcome = await skps.submit(req.actor!, y);
        if (outcome.kind !== "ok") return sendFailure(res, outcome);
        res.json({ ...publicSkp(outcome.skp), approver: outcome.recipient ? personDto(outcome.recipient) : null });
      },
    },
    decisionRoute("approve", decisions, year),
    decisionRoute("return", decisions, year),
    {
      method: "post",
      path: "/api/skp/:employeeId/revise",
      access: { action: "skp.edit", subject: employee },
      summary: "Start a new revision of my approved SKP (approved again; earlier revisions are kept)",
      authenticated: true,
      requestBody: YEAR_BODY,
      response: SKP_SCHEMA,
      handler: async (req, res) => {
        const y = year(req, res);
        if (y === undefined) return;
        const outcome = await skps.revise(req.actor!, y);
        if (outcome.kind !== "ok") return sendFailure(res, outcome);
        res.status(201).json(publicSkp(outcome.skp));
      },
    },
    {
      method: "get",
      path: "/api/team/skp",
      access: { action: "team.read" },
      summary: "SKP status of my direct reports for ?year=",
      authenticated: true,
      response: { type: "array", items: { type: "object", properties: { employee: PERSON_SCHEMA, state: { type: "string" }, revision: { type: "integer" } } } },
      handler: async (req, res) => {
        const y = year(req, res);
        if (y === undefined) return;
        const rows = await skps.team(req.actor!, y, directory.getDirectReports(req.actor!.id));
        res.json(rows.map((r) => ({ employee: personDto(r.employee), state: r.latest?.state ?? null, revision: r.latest?.revision ?? null, submittedAt: r.latest?.submittedAt ?? null, approvedRevision: r.effective?.revision ?? null })));
      },
    },
  ];
}

function decisionRoute(action: "approve" | "return", decisions: SkpDecisionService, year: (req: Request, res: Response) => number | undefined): ApiRoute {
  return {
    method: "post",
    path: `/api/skp/:employeeId/${action}`,
    access: { action: "skp.decide", subject: employee },
    summary: action === "approve" ? "Approve a submitted SKP (direct supervisor or acting Plt/Plh; approving twice = once)" : "Return a submitted SKP with a required reason",
    authenticated: true,
    requestBody: { type: "object", ...(action === "return" ? { required: ["reason"] } : {}), properties: { year: { type: "integer" }, reason: { type: "string", maxLength: 2000 } } },
    response: SKP_SCHEMA,
    handler: async (req, res) => {
      const y = year(req, res);
      if (y === undefined) return;
      const body = (req.body ?? {}) as Record<string, unknown>;
      const decision = action === "approve" ? { action } : { action, reason: body.reason };
      const outcome: DecisionOutcome = await decisions.decide(req.actor!, String(req.params.employeeId), y, decision);
      if (outcome.kind !== "decided") return sendFailure(res, outcome);
      res.json({ ...publicSkp(outcome.skp), alreadyDecided: !outcome.first });
    },
  };
}

const FORBIDDEN_CODES = new Set(["skp_self_approval", "skp_not_approver", "skp_not_owner"]);

function sendFailure(res: Response, failure: SkpFailure) {
  switch (failure.kind) {
    case "notFound":
      return sendError(res, 404, "not_found", "error.skpNotFound");
    case "conflict":
      return sendError(res, 412, "stale", "error.staleVersion");
    case "invalid":
      return sendValidationError(res, failure.errors);
    case "refused": {
      const first = failure.errors[0]!;
      return sendError(res, FORBIDDEN_CODES.has(first.code) ? 403 : 409, first.code, first.code, first.params);
    }
  }
}

function localized(errors: DomainError[]) {
  return errors.map((e) => ({ field: e.field, code: e.code, message: bilingual(e.code, e.params) }));
}

export function publicSkp(s: StoredSkp) {
  const { approvalCard: _card, ...rest } = s;
  return rest;
}

const opt = (s: StoredSkp | undefined) => (s ? publicSkp(s) : null);

/**
 * The approved RHKs of each supervisor above the employee, nearest first: what a non-JPT RHK may point to
 * and the chain "RHK saya melayani…" up to the organisation indicator, in the one request the tab makes.
 */
async function uplineOf(employee: Person, year: number, skps: SkpService, directory: OrgDirectory) {
  const levels = [];
  const seen = new Set([employee.id]);
  for (let boss = directory.getManager(employee.id); boss && !seen.has(boss.id) && levels.length < MAX_UPLINE; boss = directory.getManager(boss.id)) {
    seen.add(boss.id);
    const effective = (await skps.get(boss.id, year))?.effective;
    levels.push({ person: personDto(boss), rhks: (effective?.rhks ?? []).map((r) => ({ id: r.id, text: r.text, parent: r.parent })) });
  }
  return levels;
}

export function personDto(p: Person) {
  return { id: p.id, displayName: p.displayName, jobTitle: p.jobTitle, jabatanType: p.jabatanType, unitId: p.unitId };
}
