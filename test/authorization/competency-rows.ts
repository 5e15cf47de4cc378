import { VERBS } from "../../src/cards/verbs";
import { addDays } from "../../src/domain/time";
import type { ActorKind, HttpCall, MatrixContext, MatrixRow } from "./matrix";

/**
 * Rows of competency development (issue 8). The cast has no Pengelola Kompetensi, so the catalogue's write and
 * attendance rows allow nobody of it; the trainings those rows and the registration rows act on are created by the
 * demo's Pengelola Kompetensi (Putri Permata) directly over HTTP. Only the direct supervisor verifies external
 * training: not the Plt/Plh, not the upline.
 */
const REGISTERED: ActorKind[] = ["self", "supervisor", "acting", "supervisorsSupervisor", "peer", "otherOpd", "admin"];
const NOBODY_OF_THE_CAST: ActorKind[] = [];

async function as(ctx: MatrixContext, actorId: string, call: HttpCall) {
  const res = await fetch(ctx.app.server.url + call.path, {
    method: call.method,
    headers: { "Content-Type": "application/json", "X-Dev-User": actorId },
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

const trainings = new WeakMap<object, Promise<string>>();
/** One upcoming workshop per app, with room for everyone. */
function training(ctx: MatrixContext): Promise<string> {
  let id = trainings.get(ctx.app);
  if (!id) {
    const organiser = ctx.app.directory.listByRole("kompetensi")[0];
    if (!organiser) throw new Error("setup: the demo org has no Pengelola Kompetensi");
    const day = addDays(ctx.today, 30);
    const body = { title: "Workshop Pelayanan Publik", type: "seminar-workshop", jp: 4, start: `${day}T09:00`, end: `${day}T12:00`, place: "Aula BKPSDM", capacity: 100, addresses: ["Berorientasi Pelayanan"] };
    id = as(ctx, organiser.id, { method: "POST", path: "/api/trainings", body }).then((r) => {
      if (r.status !== 201) throw new Error(`setup: training ${r.status}`);
      return r.body.id as string;
    });
    trainings.set(ctx.app, id);
  }
  return id;
}

/** A fresh external training record of the subject, awaiting verification. */
async function externalRecord(ctx: MatrixContext): Promise<{ id: string; year: number }> {
  const rec = await ctx.asSubject({ method: "POST", path: "/api/competency/external", body: external(ctx) });
  return { id: rec.id, year: rec.year };
}
const external = (ctx: MatrixContext) => ({ title: "Diklat daring Pelayanan Prima", jp: 2, date: ctx.today, evidenceUrl: "https://pontianak.sharepoint.com/sertifikat/1.pdf" });

const year = (ctx: MatrixContext) => Number(ctx.today.slice(0, 4));

export const COMPETENCY_ROWS: MatrixRow[] = [
  {
    kind: "route",
    route: "GET /api/competency/plan/:employeeId",
    action: "development.read",
    allow: ["self", "supervisor", "acting", "supervisorsSupervisor", "admin"],
    call: async (ctx) => ({ method: "GET", path: `/api/competency/plan/${ctx.ids.self}` }),
  },
  {
    kind: "route",
    route: "POST /api/competency/needs/:employeeId",
    action: "development.decide",
    allow: ["supervisor", "acting"],
    call: async (ctx) => ({ method: "POST", path: `/api/competency/needs/${ctx.ids.self}`, body: { add: ["Pelayanan publik yang baik"] } }),
  },
  { kind: "route", route: "GET /api/competency/opd/:opdId", action: "competency.readOpd", allow: ["supervisorsSupervisor", "admin"], call: async () => ({ method: "GET", path: "/api/competency/opd/disdukcapil" }) },
  { kind: "route", route: "GET /api/competency/city", action: "competency.readCity", allow: ["admin"], call: async () => ({ method: "GET", path: "/api/competency/city" }) },
  { kind: "route", route: "GET /api/competency/tna.xlsx", action: "competency.readCity", allow: ["admin"], call: async () => ({ method: "GET", path: "/api/competency/tna.xlsx" }) },
  { kind: "route", route: "POST /api/competency/daily-tick", action: "competency.tick", allow: ["admin"], call: async () => ({ method: "POST", path: "/api/competency/daily-tick", body: {} }) },
  { kind: "route", route: "POST /api/competency/external", action: "jp.recordExternal", allow: REGISTERED, call: async (ctx) => ({ method: "POST", path: "/api/competency/external", body: external(ctx) }) },
  {
    kind: "route",
    route: "POST /api/competency/external/:employeeId/:recordId/decision",
    action: "jp.verifyExternal",
    allow: ["supervisor"],
    call: async (ctx) => {
      const rec = await externalRecord(ctx);
      return { method: "POST", path: `/api/competency/external/${ctx.ids.self}/${rec.id}/decision`, body: { year: rec.year, decision: "verify" } };
    },
  },
  { kind: "route", route: "GET /api/trainings", action: "training.read", allow: REGISTERED, call: async () => ({ method: "GET", path: "/api/trainings" }) },
  { kind: "route", route: "POST /api/trainings", action: "training.manage", allow: NOBODY_OF_THE_CAST, call: async () => ({ method: "POST", path: "/api/trainings", body: {} }) },
  {
    kind: "route",
    route: "POST /api/trainings/:trainingId/announce",
    action: "training.manage",
    allow: NOBODY_OF_THE_CAST,
    call: async (ctx) => ({ method: "POST", path: `/api/trainings/${await training(ctx)}/announce`, body: {} }),
  },
  {
    kind: "route",
    route: "GET /api/trainings/:trainingId/announcement",
    action: "training.manage",
    allow: NOBODY_OF_THE_CAST,
    call: async (ctx) => ({ method: "GET", path: `/api/trainings/${await training(ctx)}/announcement` }),
  },
  {
    kind: "route",
    route: "POST /api/trainings/:trainingId/registration",
    action: "training.register",
    allow: REGISTERED,
    call: async (ctx) => ({ method: "POST", path: `/api/trainings/${await training(ctx)}/registration`, body: {} }),
  },
  {
    kind: "route",
    route: "DELETE /api/trainings/:trainingId/registration",
    action: "training.register",
    allow: REGISTERED,
    call: async (ctx) => ({ method: "DELETE", path: `/api/trainings/${await training(ctx)}/registration` }),
  },
  {
    kind: "route",
    route: "GET /api/trainings/:trainingId/participants",
    action: "training.attendance",
    allow: NOBODY_OF_THE_CAST,
    call: async (ctx) => ({ method: "GET", path: `/api/trainings/${await training(ctx)}/participants` }),
  },
  {
    kind: "route",
    route: "POST /api/trainings/:trainingId/attendance",
    action: "training.attendance",
    allow: NOBODY_OF_THE_CAST,
    call: async (ctx) => ({ method: "POST", path: `/api/trainings/${await training(ctx)}/attendance`, body: { employeeId: ctx.ids.self } }),
  },
  {
    kind: "verb",
    verb: VERBS.developmentDecide,
    action: "development.decide",
    allow: ["supervisor", "acting"],
    data: async (ctx) => ({ employeeId: ctx.ids.self, year: year(ctx), needIds: [], add: "Pelayanan publik yang baik" }),
  },
  { kind: "verb", verb: VERBS.trainingRegister, action: "training.register", allow: REGISTERED, data: async (ctx) => ({ trainingId: await training(ctx) }) },
  { kind: "verb", verb: VERBS.trainingCancel, action: "training.register", allow: REGISTERED, data: async (ctx) => ({ trainingId: await training(ctx) }) },
  {
    kind: "verb",
    verb: VERBS.trainingAttendance,
    action: "training.attendance",
    allow: NOBODY_OF_THE_CAST,
    data: async (ctx) => ({ trainingId: await training(ctx), [`attended_${ctx.ids.self}`]: "true" }),
  },
  {
    kind: "verb",
    verb: VERBS.jpExternalDecide,
    action: "jp.verifyExternal",
    allow: ["supervisor"],
    data: async (ctx) => {
      const rec = await externalRecord(ctx);
      return { employeeId: ctx.ids.self, year: rec.year, recordId: rec.id, decision: "verify" };
    },
  },
];
