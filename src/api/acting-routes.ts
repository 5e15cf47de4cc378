import { z } from "zod";
import type { OrgDirectory } from "../domain/org";
import { error, type DomainError } from "../domain/result";
import { isIsoDate } from "../domain/time";
import type { ActingAssignment, ActingRepository, AuditLog, Clock } from "../services/ports";
import { sendError, sendValidationError } from "./errors";
import type { ApiRoute } from "./route-table";
import { zodErrors } from "./skp-schemas";

const PERSON_ID = z.string().min(1).max(200);
const ISO_DATE = z.string().refine(isIsoDate, { message: "date" });
const ACTING_BODY = z.object({ supervisorId: PERSON_ID, actingId: PERSON_ID, from: ISO_DATE, to: ISO_DATE, reason: z.string().trim().max(500).optional() });
const ASSIGNMENT = {
  type: "object",
  properties: { supervisorId: { type: "string" }, actingId: { type: "string" }, from: { type: "string", format: "date" }, to: { type: "string", format: "date" }, reason: { type: "string" }, recordedById: { type: "string" } },
};

/**
 * Plt/Plh (acting officials), recorded by Admin Kinerja: approvals and feedback meant for the supervisor go to
 * the acting official from `from` to `to` (WIB dates, inclusive). Recorded in the audit of both people.
 */
export function actingRoutes(acting: ActingRepository, audit: AuditLog, directory: OrgDirectory, clock: Clock): ApiRoute[] {
  return [
    {
      method: "post",
      path: "/api/admin/acting",
      access: { action: "acting.manage" },
      summary: "Record that actingId acts (Plt/Plh) for supervisorId from `from` to `to` (WIB dates)",
      authenticated: true,
      requestBody: { ...ASSIGNMENT, required: ["supervisorId", "actingId", "from", "to"] },
      response: ASSIGNMENT,
      handler: async (req, res) => {
        const parsed = ACTING_BODY.safeParse(req.body);
        if (!parsed.success) return sendValidationError(res, zodErrors(parsed.error).map((e) => (e.code === "field_not_allowed" && /^(from|to)$/.test(e.field ?? "") ? { ...e, code: "field_invalid_date" } : e)));
        const b = parsed.data;
        const errors: DomainError[] = [];
        if (!directory.getPerson(b.supervisorId)) errors.push(error("acting_person_unknown", "supervisorId"));
        if (!directory.getPerson(b.actingId)) errors.push(error("acting_person_unknown", "actingId"));
        if (b.actingId === b.supervisorId) errors.push(error("acting_same_person", "actingId"));
        if (b.from > b.to) errors.push(error("acting_dates_order", "to"));
        if (errors.length > 0) return sendValidationError(res, errors);
        const assignment: ActingAssignment = { supervisorId: b.supervisorId, actingId: b.actingId, from: b.from, to: b.to, recordedById: req.actor!.id, reason: b.reason || undefined };
        await acting.add(assignment);
        const at = clock.now().toISOString();
        const subjectId = `${b.supervisorId}:${b.from}:${b.actingId}`;
        for (const ownerId of [b.supervisorId, b.actingId]) {
          await audit.append({ actorId: req.actor!.id, action: "acting.record", subjectType: "acting", subjectId, ownerId, toState: `${b.from}..${b.to}`, at });
        }
        res.status(201).json(assignment);
      },
    },
    {
      method: "get",
      path: "/api/admin/acting",
      access: { action: "acting.manage" },
      summary: "Plt/Plh assignments recorded for ?supervisorId=",
      authenticated: true,
      response: { type: "array", items: ASSIGNMENT },
      handler: async (req, res) => {
        const id = req.query.supervisorId;
        if (typeof id !== "string" || id === "" || id.length > 200) return sendError(res, 400, "bad_request", "error.badRequest");
        res.json(await acting.listForSupervisor(id));
      },
    },
  ];
}
