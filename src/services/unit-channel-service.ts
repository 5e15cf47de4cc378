/**
 * Picking a unit's channel (issue 4 item 7): an admin or the unit head names the channel of a team where the bot
 * is installed; the unit's posts (period card, daily check-in) go there. Who may do it is the policy's
 * `unitChannel.manage` (admin, or head of the unit or their Plt/Plh today), decided from the directory.
 */
import type { OrgDirectory, Person, Unit } from "../domain/org";
import { fail, ok, type Result } from "../domain/result";
import type { StoredTeamConversation } from "./announcement-ports";
import { CalibrationUnits } from "./calibration-units";
import type { AccessPolicy } from "./policy";
import type { AuditLog, Clock } from "./ports";
import type { UnitChannel, UnitChannelRepository } from "./unit-channel-ports";

export interface UnitChannelDeps {
  directory: OrgDirectory;
  policy: Pick<AccessPolicy, "allows">;
  channels: UnitChannelRepository;
  /** Teams where the bot is installed, with the channel reference recorded at install. */
  teams: { teamConversations(): Promise<StoredTeamConversation[]> };
  audit: AuditLog;
  clock: Clock;
}

/** A channel of an installed team the tab offers (the channel recorded at install, and channels already picked). */
export interface ChannelOption {
  teamId: string;
  channelId: string;
}

export interface ChannelChoice extends ChannelOption {
  /** The reference of the message that picked it (the `kanal` command); absent: built from the team's reference. */
  reference?: unknown;
  /** Absent: kept when the channel stays the same, off otherwise. */
  checkIn?: boolean;
}

export type ChannelError = "unit_channel_unknown_unit" | "unit_channel_not_head" | "unit_channel_not_installed";

/** Teams sends a channel message's conversation id with ";messageid=…" (its thread); the channel is the part before. */
export function channelIdOf(conversationId: string): string {
  return conversationId.split(";messageid=")[0]!;
}

const conversationOf = (reference: unknown) => (reference as { conversation?: Record<string, unknown> } | undefined)?.conversation;

export class UnitChannelService {
  private readonly units: CalibrationUnits;
  constructor(private readonly deps: UnitChannelDeps) {
    this.units = new CalibrationUnits(deps.directory);
  }

  /** A unit by id or by its exact name (case and surrounding spaces ignored). */
  findUnit(idOrName: string): Unit | undefined {
    const wanted = idOrName.trim();
    const byId = this.deps.directory.getUnit(wanted);
    if (byId) return byId;
    const lower = wanted.toLowerCase();
    return this.deps.directory.listUnits().find((u) => u.name.trim().toLowerCase() === lower);
  }

  /** The unit the person heads in the directory (not as Plt/Plh: they name the unit). */
  unitHeadedBy(person: Person): Unit | undefined {
    const id = this.units.unitHeadedBy(person.id);
    return id ? this.deps.directory.getUnit(id) : undefined;
  }

  get(unitId: string): Promise<UnitChannel | undefined> {
    return this.deps.channels.get(unitId);
  }

  async options(): Promise<ChannelOption[]> {
    const installed = await this.deps.teams.teamConversations();
    const teams = new Set(installed.map((t) => t.teamId));
    const out = new Map<string, ChannelOption>();
    for (const t of installed) {
      const channelId = conversationOf(t.reference)?.id;
      if (typeof channelId === "string") out.set(`${t.teamId}|${channelId}`, { teamId: t.teamId, channelId: channelIdOf(channelId) });
    }
    // Channels picked with the command are not known otherwise (the bot lists no channels): offer them too.
    for (const c of await this.deps.channels.list()) if (teams.has(c.teamId)) out.set(`${c.teamId}|${c.channelId}`, { teamId: c.teamId, channelId: c.channelId });
    return [...out.values()];
  }

  /** Sets the unit's channel; the actor's authority is checked here too, as the command has no router before it. */
  async set(actor: Person, unitId: string, choice: ChannelChoice): Promise<Result<UnitChannel, ChannelError>> {
    const unit = this.deps.directory.getUnit(unitId);
    if (!unit) return fail("unit_channel_unknown_unit", "unitId", { unit: unitId });
    if (!(await this.deps.policy.allows(actor, "unitChannel.manage", { kind: "unit", id: unitId }))) return fail("unit_channel_not_head", "unitId", { unit: unit.name });
    const team = (await this.deps.teams.teamConversations()).find((t) => t.teamId === choice.teamId);
    if (!team) return fail("unit_channel_not_installed", "teamId");
    const channelId = channelIdOf(choice.channelId);
    const base = (choice.reference ?? team.reference) as Record<string, unknown>;
    // The team's reference points at the channel of the install: same service URL and tenant, this channel's id.
    const reference = { ...base, conversation: { ...conversationOf(base), id: channelId } };
    const previous = await this.deps.channels.get(unitId);
    const sameChannel = previous?.teamId === choice.teamId && previous.channelId === channelId;
    const checkIn = choice.checkIn ?? (sameChannel ? previous.checkIn === true : false);
    const at = this.deps.clock.now().toISOString();
    const channel: UnitChannel = { unitId, teamId: choice.teamId, channelId, reference, checkIn, setById: actor.id, setAt: at };
    await this.deps.channels.set(channel);
    await this.audit(actor, unitId, "unitChannel.set", previous?.channelId, `${channelId}${checkIn ? " checkIn" : ""}`, at);
    return ok(channel);
  }

  /** Removes the unit's channel; false when it had none. */
  async remove(actor: Person, unitId: string): Promise<boolean> {
    const previous = await this.deps.channels.get(unitId);
    if (!previous) return false;
    await this.deps.channels.remove(unitId);
    await this.audit(actor, unitId, "unitChannel.remove", previous.channelId, "none", this.deps.clock.now().toISOString());
    return true;
  }

  private audit(actor: Person, unitId: string, action: string, fromState: string | undefined, toState: string, at: string) {
    return this.deps.audit.append({ actorId: actor.id, action, subjectType: "unitChannel", subjectId: unitId, ownerId: `unit:${unitId}`, fromState, toState, at });
  }
}
