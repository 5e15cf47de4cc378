import { VERBS } from "../../src/cards/verbs";
import type { ActorKind, MatrixContext, MatrixRow } from "./matrix";

/**
 * Rows of the per-person views of posts in a unit channel (issue 4 item 7). Anyone registered gets a view: what
 * it shows (own status, the team's counts, the answer form, or only the public post) is tested in test/channels.
 */
const REGISTERED: ActorKind[] = ["self", "supervisor", "acting", "supervisorsSupervisor", "peer", "otherOpd", "admin"];

const unitOf = (ctx: MatrixContext) => ctx.app.directory.getPerson(ctx.ids.self)!.unitId;

export const CHANNEL_VIEW_ROWS: MatrixRow[] = [
  {
    kind: "verb",
    verb: VERBS.channelPeriodView,
    action: "channel.view",
    allow: REGISTERED,
    data: async (ctx) => ({ periodId: `${ctx.today.slice(0, 4)}-bulanan-${ctx.today.slice(5, 7)}`, unitId: unitOf(ctx) }),
  },
  {
    kind: "verb",
    verb: VERBS.channelFeedbackView,
    action: "channel.view",
    allow: REGISTERED,
    data: async (ctx) => {
      const created = await ctx.asSubject({ method: "POST", path: `/api/feedback-requests/${ctx.ids.self}`, body: { about: { kind: "BERAKHLAK", valueId: "kolaboratif" }, colleagueIds: [ctx.ids.peer] } });
      return { employeeId: ctx.ids.self, requestId: created.id as string, unitId: unitOf(ctx) };
    },
  },
];
