/**
 * `@Kinerja ASN kanal` in a team channel (issue 4 item 7): makes this channel the unit's channel. Forms:
 * `kanal` (the unit the sender heads), `kanal <unit id or exact name>` (an admin, or a Plt/Plh naming the unit),
 * and `kanal cekin on|off [unit]` (the same, also turning the daily check-in card on or off).
 */
import type { AdaptiveCard } from "../cards/render";
import { channelRefusedCard, channelSetCard } from "../cards/unit-channel-cards";
import type { Person } from "../domain/org";
import type { UnitChannelService } from "../services/unit-channel-service";

/** The message as the command needs it, free of Bot Framework types. */
export interface ChannelCommandMessage {
  /** Absent outside a team channel (personal or group chat). */
  teamId?: string;
  /** The message's conversation id (Teams adds ";messageid=…" in a thread). */
  conversationId: string;
  /** The message's conversation reference: the channel's address for later posts. */
  reference: unknown;
  /** The text after the command word. */
  args: string;
}

const CHECKIN_WORDS = new Set(["cekin", "checkin", "check-in"]);
const SWITCH: Record<string, boolean> = { on: true, off: false, aktif: true, nonaktif: false, ya: true, tidak: false };

export class UnitChannelCommand {
  constructor(
    private readonly service: UnitChannelService,
    private readonly checkInHourWib: number,
  ) {}

  async answer(actor: Person, message: ChannelCommandMessage): Promise<AdaptiveCard> {
    if (!message.teamId) return channelRefusedCard("unitChannel.channelOnly");
    const words = message.args.trim().split(/\s+/).filter(Boolean);
    let checkIn: boolean | undefined;
    if (words[0] && CHECKIN_WORDS.has(words[0].toLowerCase())) {
      checkIn = SWITCH[(words[1] ?? "").toLowerCase()];
      if (checkIn === undefined) return channelRefusedCard("unitChannel.channelOnly");
      words.splice(0, 2);
    }
    const named = words.join(" ");
    const unit = named ? this.service.findUnit(named) : this.service.unitHeadedBy(actor);
    if (!unit) return named ? channelRefusedCard("unit_channel_unknown_unit", { unit: named }) : channelRefusedCard("unitChannel.noUnitHeaded");
    const result = await this.service.set(actor, unit.id, { teamId: message.teamId, channelId: message.conversationId, reference: message.reference, checkIn });
    if (!result.ok) return channelRefusedCard(result.errors[0]!.code, result.errors[0]!.params);
    return channelSetCard({ unitName: unit.name, checkIn: result.value.checkIn === true, checkInHourWib: this.checkInHourWib });
  }
}
