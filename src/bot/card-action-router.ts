import type { Authority } from "../services/authority";
import { deniedMessageKey, type AccessPolicy } from "../services/policy";
import { errorResponse, type CardActionHandler, type CardActionRequest, type CardActionResponse } from "./card-action";

/** Routes an Action.Execute to the handler registered for its verb; the actor always comes from the directory. */
export class CardActionRouter {
  private readonly handlers = new Map<string, CardActionHandler>();

  constructor(
    private readonly authority: Authority,
    private readonly policy: AccessPolicy,
  ) {}

  register(handler: CardActionHandler): this {
    if (this.handlers.has(handler.verb)) throw new Error(`duplicate card verb ${handler.verb}`);
    this.handlers.set(handler.verb, handler);
    return this;
  }

  get verbs(): string[] {
    return [...this.handlers.keys()];
  }

  /** The policy action a verb performs (for the authorization matrix and its docs). */
  actionOf(verb: string): string | undefined {
    return this.handlers.get(verb)?.access.action;
  }

  async handle(actorId: string | undefined, request: CardActionRequest): Promise<CardActionResponse> {
    const handler = this.handlers.get(request.verb);
    if (!handler) return errorResponse(400, "UnknownVerb", "error.unknownVerb");
    const actor = this.authority.person(actorId);
    if (!actor) return errorResponse(403, "NotRegistered", "error.notRegistered");
    const { action, subject: subjectOf } = handler.access;
    const subject = subjectOf ? subjectOf(request.data) : { kind: "none" as const };
    if (!subject) return errorResponse(400, "BadRequest", "error.badRequest");
    if (!(await this.policy.allows(actor, action, subject))) return errorResponse(403, "Forbidden", deniedMessageKey(action));
    return handler.handle(actor, request);
  }
}
