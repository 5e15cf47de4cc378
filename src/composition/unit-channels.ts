import { unitChannelRoutes } from "../api/unit-channel-routes";
import { UnitCheckInOpenHandler } from "../bot/handlers/unit-checkin-open";
import { UnitChannelCommand } from "../bot/unit-channel-command";
import { checkInCard } from "../cards/unit-channel-cards";
import { CHECKIN_CARD_KIND, UnitCheckIn } from "../services/unit-channel-checkin";
import { UnitChannelService } from "../services/unit-channel-service";
import type { AppContext, Feature } from "./context";

/**
 * A unit's Teams channel (issue 4 item 7): picked with `kanal` or in the tab, and its optional daily check-in
 * card, posted through the durable outbox. The period card and channel feedback requests are other features'.
 */
export function unitChannelsFeature(ctx: AppContext) {
  const { config, directory, repos, clock, policy } = ctx;
  const service = new UnitChannelService({ directory, policy, channels: repos.unitChannels, teams: repos.announcements, audit: repos.audit, clock });
  const checkIn = new UnitCheckIn({
    directory,
    channels: repos.unitChannels,
    cardJobs: ctx.cardJobs,
    outbox: repos.outbox.store,
    clock,
    holidays: config.holidays,
    hourWib: config.unitCheckInHourWib,
  });
  ctx.outboxCards.register(CHECKIN_CARD_KIND, async (_item, payload) => {
    const unitId = String(payload.unitId);
    const unit = directory.getUnit(unitId);
    // The unit left the directory or its channel was removed since the job was queued: nothing to post.
    if (!unit || !(await repos.unitChannels.get(unitId))) return undefined;
    return checkInCard({ unitId, unitName: unit.name, date: String(payload.date) });
  });
  const feature: Feature = {
    routes: unitChannelRoutes(service, directory),
    handlers: [new UnitCheckInOpenHandler(checkIn, directory, clock)],
  };
  return { feature, kanal: new UnitChannelCommand(service, config.unitCheckInHourWib), checkIn };
}
