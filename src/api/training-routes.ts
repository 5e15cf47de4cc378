import type { Request, Response } from "express";
import type { OrgDirectory } from "../domain/org";
import type { Registration, Training } from "../services/competency-ports";
import type { CompetencyServices } from "../services/competency-services";
import { TRAINING_TYPES } from "../services/competency-ports";
import { emptyCounts } from "../services/outbox/model";
import type { RegistrationOutcome } from "../services/training-registration";
import { sendError, sendValidationError, sendRefusal } from "./errors";
import type { ApiRoute } from "./route-table";

const OBJECT = { type: "object" };
const TRAINING_ID = /^[0-9a-f-]{36}$/;
const PATH = "/api/trainings/:trainingId";

const publicTraining = ({ etag: _e, ...t }: Training) => t;
const publicRegistration = (r: Registration | undefined) => {
  if (!r) return null;
  const { etag: _e, ...rest } = r;
  return rest;
};
/** How many hold a seat (registered or attended), wait, and attended: public to every reader of the catalogue. */
const countsOf = (regs: readonly Registration[]) => ({
  registered: regs.filter((r) => r.status === "registered" || r.status === "attended").length,
  waitlisted: regs.filter((r) => r.status === "waitlisted").length,
  attended: regs.filter((r) => r.status === "attended").length,
});
/** 1-based place on the training's waiting list (first asked, first promoted); null when not waiting. */
export function waitlistPosition(registrations: readonly Registration[], employeeId: string): number | null {
  const waiting = registrations.filter((r) => r.status === "waitlisted").sort((a, b) => a.requestedAt.localeCompare(b.requestedAt) || a.employeeId.localeCompare(b.employeeId));
  const i = waiting.findIndex((r) => r.employeeId === employeeId);
  return i < 0 ? null : i + 1;
}
const bodyOf = (req: Request) => (typeof req.body === "object" && req.body !== null && !Array.isArray(req.body) ? (req.body as Record<string, unknown>) : {});

function trainingIdOf(req: Request, res: Response): string | undefined {
  const id = String(req.params.trainingId);
  if (TRAINING_ID.test(id)) return id;
  sendError(res, 404, "not_found", "error.notFound");
  return undefined;
}

/** The training of the URL when the actor is its organiser; otherwise the 404 or 403 is sent and undefined returned. */
async function organisersTraining(s: CompetencyServices, req: Request, res: Response): Promise<Training | undefined> {
  const id = trainingIdOf(req, res);
  if (!id) return undefined;
  const full = await s.registration.load(id);
  if (!full) return void sendError(res, 404, "not_found", "error.notFound");
  if (full.training.organizerId !== req.actor!.id) return void sendError(res, 403, "training_not_organizer", "training_not_organizer");
  return full.training;
}

function sendRegistration(res: Response, outcome: RegistrationOutcome, created = false, waitlistPosition: number | null = null) {
  switch (outcome.kind) {
    case "notFound":
      return sendError(res, 404, "not_found", "error.notFound");
    case "invalid":
      return sendValidationError(res, outcome.errors);
    case "refused":
      return sendRefusal(res, outcome.status, outcome.errors);
    case "done":
      res.status(created && !outcome.repeated ? 201 : 200).json({ training: publicTraining(outcome.training), registration: publicRegistration(outcome.registration), waitlistPosition, repeated: outcome.repeated });
  }
}

/** The catalogue (Pengelola Kompetensi), registration with a waiting list, and attendance by the organiser. */
export function trainingRoutes(s: CompetencyServices, directory: OrgDirectory): ApiRoute[] {
  return [
    {
      method: "get",
      path: "/api/trainings",
      access: { action: "training.read" },
      summary: "The catalogue of trainings and workshops, with one's own registration status and the seat/waiting counts",
      authenticated: true,
      response: { type: "array" },
      handler: async (req, res) => {
        const list = await s.catalogue.list();
        // One partition query per training gives both one's own registration and the counts the tab shows.
        const regs = await Promise.all(list.map(async (t) => (await s.registration.load(t.id))?.registrations ?? []));
        res.json(list.map((t, i) => ({ ...publicTraining(t), myRegistration: publicRegistration(regs[i]!.find((r) => r.employeeId === req.actor!.id)), counts: countsOf(regs[i]!), myWaitlistPosition: waitlistPosition(regs[i]!, req.actor!.id) })));
      },
    },
    {
      method: "post",
      path: "/api/trainings",
      access: { action: "training.manage" },
      summary: "Add a training or workshop to the catalogue; the creator is its organiser (start/end in WIB)",
      authenticated: true,
      requestBody: {
        type: "object",
        required: ["title", "type", "jp", "start", "end", "capacity", "addresses"],
        properties: {
          title: { type: "string" },
          type: { type: "string", enum: [...TRAINING_TYPES] },
          jp: { type: "number" },
          start: { type: "string", description: "YYYY-MM-DDTHH:mm (WIB) or an ISO instant with offset" },
          end: { type: "string" },
          place: { type: "string" },
          onlineUrl: { type: "string" },
          capacity: { type: "integer" },
          addresses: { type: "array", items: { type: "string" } },
          targetUnitIds: { type: "array", items: { type: "string" } },
        },
      },
      response: OBJECT,
      handler: async (req, res) => {
        const r = await s.catalogue.create(req.actor!, bodyOf(req));
        if (!r.training) return sendValidationError(res, r.errors);
        res.status(201).json(publicTraining(r.training));
      },
    },
    {
      method: "post",
      path: `${PATH}/announce`,
      access: { action: "training.manage" },
      summary: "Announce a training to its target audience with a Daftar card (each person at most once): queued in the outbox, answered at once with {queued, audience, jobId}",
      authenticated: true,
      response: OBJECT,
      handler: async (req, res) => {
        const training = await organisersTraining(s, req, res);
        if (training) res.json(await s.catalogue.announce(req.actor!, training));
      },
    },
    {
      method: "get",
      path: `${PATH}/announcement`,
      access: { action: "training.manage" },
      summary: "Delivery progress of the training's announcement (the organiser only): item counts by status, per announce and in all",
      authenticated: true,
      response: OBJECT,
      handler: async (req, res) => {
        const training = await organisersTraining(s, req, res);
        if (!training) return;
        const jobs = await s.catalogue.announcementProgress(training.id);
        const total = { total: 0, ...emptyCounts() };
        for (const j of jobs) for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += j[k];
        res.json({ trainingId: training.id, jobs, total });
      },
    },
    {
      method: "post",
      path: `${PATH}/registration`,
      access: { action: "training.register" },
      summary: "Register oneself: a seat while there is one, else the waiting list; registering twice changes nothing",
      authenticated: true,
      response: OBJECT,
      handler: async (req, res) => {
        const id = trainingIdOf(req, res);
        if (!id) return;
        const outcome = await s.registration.register(req.actor!, id);
        const waiting = outcome.kind === "done" && outcome.registration?.status === "waitlisted";
        // The place is read after the commit: others may have registered or cancelled in between.
        const position = waiting ? waitlistPosition((await s.registration.load(id))?.registrations ?? [], req.actor!.id) : null;
        sendRegistration(res, outcome, true, position);
      },
    },
    {
      method: "delete",
      path: `${PATH}/registration`,
      access: { action: "training.register" },
      summary: "Cancel one's registration; the first person waiting gets the seat",
      authenticated: true,
      response: OBJECT,
      handler: async (req, res) => {
        const id = trainingIdOf(req, res);
        if (id) sendRegistration(res, await s.registration.cancel(req.actor!, id));
      },
    },
    {
      method: "get",
      path: `${PATH}/participants`,
      access: { action: "training.attendance" },
      summary: "The participants and waiting list (the organiser only)",
      authenticated: true,
      response: OBJECT,
      handler: async (req, res) => {
        const id = trainingIdOf(req, res);
        if (!id) return;
        const r = await s.registration.participants(req.actor!, id);
        if (r.kind === "notFound") return sendError(res, 404, "not_found", "error.notFound");
        if (r.kind === "refused") return sendRefusal(res, r.status, r.errors);
        const name = (pid: string) => directory.getPerson(pid)?.displayName ?? pid;
        res.json({ training: publicTraining(r.training), registrations: r.registrations.map((x) => ({ ...publicRegistration(x), name: name(x.employeeId) })) });
      },
    },
    {
      method: "post",
      path: `${PATH}/attendance`,
      access: { action: "training.attendance" },
      summary: "The organiser confirms a registered participant's attendance ({employeeId, jp?}); the JP are credited",
      authenticated: true,
      requestBody: { type: "object", required: ["employeeId"], properties: { employeeId: { type: "string" }, jp: { type: "number" } } },
      response: OBJECT,
      handler: async (req, res) => {
        const id = trainingIdOf(req, res);
        const body = bodyOf(req);
        if (id) sendRegistration(res, await s.registration.attend(req.actor!, id, body.employeeId, body.jp));
      },
    },
  ];
}
