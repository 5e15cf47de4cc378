import { UNIT_CHANNEL_VERBS } from "../../src/cards/unit-channel-cards";
import { asUser } from "../support/teams-client";
import type { ActorKind, MatrixContext, MatrixRow } from "./matrix";

/**
 * Rows of a unit's channel (issue 4 item 7). The subject unit is disdukcapil-pi: its head is the subject's
 * supervisor, and the Plt/Plh recorded for the supervisor today heads it too; Admin Kinerja manages any unit.
 * The check-in button answers everyone registered (a member gets their form, others an explanation).
 */
const MANAGERS: ActorKind[] = ["supervisor", "acting", "admin"];
const REGISTERED: ActorKind[] = ["self", "supervisor", "acting", "supervisorsSupervisor", "peer", "otherOpd", "admin"];
const PATH = "/api/units/disdukcapil-pi/channel";
const TEAM = "19:matrix-team@thread.tacv2";

const installed = new WeakSet<object>();
/** The bot installed in one team per app (by the subject), so a channel of it can be picked. */
async function teamInstalled(ctx: MatrixContext): Promise<void> {
  if (installed.has(ctx.app)) return;
  const res = await ctx.app.teams.installInTeam(asUser({ id: ctx.ids.self, displayName: "self" }), { teamId: TEAM, channelId: TEAM });
  if (res.status !== 200) throw new Error(`setup: install in team ${res.status}`);
  installed.add(ctx.app);
}

export const UNIT_CHANNEL_ROWS: MatrixRow[] = [
  { kind: "route", route: "GET /api/units/:unitId/channel", action: "unitChannel.manage", allow: MANAGERS, call: async () => ({ method: "GET", path: PATH }) },
  {
    kind: "route",
    route: "GET /api/units/:unitId/channel/options",
    action: "unitChannel.manage",
    allow: MANAGERS,
    call: async (ctx) => (await teamInstalled(ctx), { method: "GET", path: `${PATH}/options` }),
  },
  {
    kind: "route",
    route: "PUT /api/units/:unitId/channel",
    action: "unitChannel.manage",
    allow: MANAGERS,
    call: async (ctx) => (await teamInstalled(ctx), { method: "PUT", path: PATH, body: { teamId: TEAM, channelId: "19:matrix-kinerja@thread.tacv2", checkIn: true } }),
  },
  { kind: "route", route: "DELETE /api/units/:unitId/channel", action: "unitChannel.manage", allow: MANAGERS, call: async () => ({ method: "DELETE", path: PATH }) },
  {
    kind: "verb",
    verb: UNIT_CHANNEL_VERBS.checkInOpen,
    action: "report.submit",
    allow: REGISTERED,
    data: async (ctx) => ({ unitId: "disdukcapil-pi", date: ctx.today }),
  },
];
