import {
  CardFactory,
  MessageFactory,
  TeamsActivityHandler,
  TurnContext,
  type InvokeResponse,
} from "botbuilder";
import { randomUUID } from "node:crypto";
import { notRegisteredCard } from "../cards/help-card";
import type { AdaptiveCard } from "../cards/render";
import { reportFormCard } from "../cards/report-cards";
import type { Person } from "../domain/org";
import { toWibDate } from "../domain/time";
import { bilingualLine } from "../i18n";
import type { Authority } from "../services/authority";
import type { Clock, ConversationRepository } from "../services/ports";
import type { CardActionResponse } from "./card-action";
import type { CardActionRouter } from "./card-action-router";
import { parseCommand } from "./commands";
import type { HelpCardFactory } from "./help";
import { parseActionInvoke } from "./invoke-value";
import type { UnitChannelCommand } from "./unit-channel-command";
import { CONVERSATION_TYPES, INVOKE_NAMES, INVOKE_RESPONSE_TYPES, MAX_MESSAGE_TEXT } from "./protocol";

const GREETING_DEDUP_MS = 2 * 60 * 1000;

export interface KinerjaBotDeps {
  authority: Authority;
  conversations: ConversationRepository;
  router: CardActionRouter;
  help: HelpCardFactory;
  /** The `skp` command's card (my SKP of this year and its state). */
  skpSummary: { for(person: Person): Promise<AdaptiveCard> };
  /** The `nilai` command's cards (my self-assessment; for a supervisor also the team to rate). */
  nilai: { for(person: Person): Promise<AdaptiveCard[]> };
  /** The `bimbingan` command's card (a supervisor records a coaching conversation). */
  bimbingan: { for(person: Person): AdaptiveCard };
  /** The `kanal` command in a team channel (the unit's channel); absent: answered with the help card. */
  kanal?: Pick<UnitChannelCommand, "answer">;
  clock: Clock;
}

/**
 * The only class that knows Bot Framework activities: it turns them into calls on our own handlers and turns
 * their answers back into activities and invoke responses.
 */
export class KinerjaBot extends TeamsActivityHandler {
  constructor(private readonly deps: KinerjaBotDeps) {
    super();
    this.onMessage(async (context, next) => {
      await this.answerMessage(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcome(context);
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      await this.forget(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botAdded = context.activity.membersAdded?.some((m) => m.id === context.activity.recipient.id);
      if (botAdded) await this.welcome(context);
      await next();
    });
    this.onMembersRemoved(async (context, next) => {
      const botRemoved = context.activity.membersRemoved?.some((m) => m.id === context.activity.recipient.id);
      if (botRemoved) await this.forget(context);
      await next();
    });
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    // Only Universal Actions are implemented; any other invoke is the caller's mistake, not our failure (no 501).
    if (context.activity.name !== INVOKE_NAMES.adaptiveCardAction) {
      return { status: 400, body: toInvokeBody({ kind: "error", statusCode: 400, code: "UnsupportedInvoke", message: bilingualLine("error.badRequest") }) };
    }
    const request = parseActionInvoke(context.activity.value);
    const response: CardActionResponse = request
      ? await this.deps.router.handle(context.activity.from?.aadObjectId, request)
      : { kind: "error", statusCode: 400, code: "BadRequest", message: bilingualLine("error.badRequest") };
    return { status: 200, body: toInvokeBody(response) };
  }

  private async answerMessage(context: TurnContext): Promise<void> {
    const person = this.deps.authority.person(context.activity.from?.aadObjectId);
    if (!person) return void (await sendCard(context, notRegisteredCard()));
    await this.remember(context, person.id);
    const raw = context.activity.text ?? "";
    if (raw.length > MAX_MESSAGE_TEXT) {
      await context.sendActivity(bilingualLine("error.tooLong", { max: MAX_MESSAGE_TEXT }));
      return;
    }
    const text = TurnContext.removeRecipientMention(context.activity) ?? raw;
    const command = parseCommand(text);
    if (command === "kanal" && this.deps.kanal) return void (await sendCard(context, await this.kanal(context, person, text)));
    // Everything else shows the person's own data (SKP, evaluation, result with predikat): never in a team channel
    // or group chat, where everyone would see it.
    if (context.activity.conversation?.conversationType !== CONVERSATION_TYPES.personal) {
      return void (await context.sendActivity(bilingualLine("channel.personalOnly")));
    }
    if (command === "report") {
      return void (await sendCard(context, reportFormCard({ formId: randomUUID(), today: toWibDate(this.deps.clock.now()) })));
    }
    if (command === "skp") return void (await sendCard(context, await this.deps.skpSummary.for(person)));
    if (command === "bimbingan") return void (await sendCard(context, this.deps.bimbingan.for(person)));
    if (command === "nilai") {
      for (const card of await this.deps.nilai.for(person)) await sendCard(context, card);
      return;
    }
    await sendCard(context, this.deps.help.for(person));
  }

  private kanal(context: TurnContext, person: Person, text: string): Promise<AdaptiveCard> {
    const a = context.activity;
    const teamId = a.conversation?.conversationType === CONVERSATION_TYPES.channel ? (a.channelData?.team?.id as string | undefined) : undefined;
    const args = text.trim().replace(/^\S+\s*/, "");
    return this.deps.kanal!.answer(person, { teamId, conversationId: a.conversation.id, reference: TurnContext.getConversationReference(a), args });
  }

  private async welcome(context: TurnContext): Promise<void> {
    const activity = context.activity;
    if (activity.conversation?.conversationType !== CONVERSATION_TYPES.personal) {
      const teamId = activity.channelData?.team?.id as string | undefined;
      if (teamId) await this.saveConversation(context, "team", teamId);
      return;
    }
    const person = this.deps.authority.person(activity.from?.aadObjectId);
    if (!person) return void (await sendCard(context, notRegisteredCard()));
    // Teams announces a personal install twice (installationUpdate and conversationUpdate): greet once.
    const known = await this.deps.conversations.get("personal", person.id);
    const greetedRecently = known && this.deps.clock.now().getTime() - Date.parse(known.updatedAt) < GREETING_DEDUP_MS;
    await this.remember(context, person.id);
    if (!greetedRecently) await sendCard(context, this.deps.help.for(person));
  }

  private async forget(context: TurnContext): Promise<void> {
    const activity = context.activity;
    if (activity.conversation?.conversationType === CONVERSATION_TYPES.personal) {
      const person = this.deps.authority.person(activity.from?.aadObjectId);
      if (person) await this.deps.conversations.remove("personal", person.id);
      return;
    }
    const teamId = activity.channelData?.team?.id as string | undefined;
    if (teamId) await this.deps.conversations.remove("team", teamId);
  }

  private async remember(context: TurnContext, personId: string): Promise<void> {
    if (context.activity.conversation?.conversationType !== CONVERSATION_TYPES.personal) return;
    await this.saveConversation(context, "personal", personId);
  }

  private async saveConversation(context: TurnContext, scope: "personal" | "team", ownerId: string): Promise<void> {
    await this.deps.conversations.save({
      scope,
      ownerId,
      reference: TurnContext.getConversationReference(context.activity),
      updatedAt: this.deps.clock.now().toISOString(),
    });
  }
}

function sendCard(context: TurnContext, card: AdaptiveCard) {
  return context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
}

export function toInvokeBody(response: CardActionResponse) {
  if (response.kind === "card") {
    return { statusCode: 200, type: INVOKE_RESPONSE_TYPES.card, value: response.card };
  }
  return {
    statusCode: response.statusCode,
    type: INVOKE_RESPONSE_TYPES.error,
    value: { code: response.code, message: response.message },
  };
}
