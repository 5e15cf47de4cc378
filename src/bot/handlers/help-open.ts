import { VERBS } from "../../cards/verbs";
import type { Person } from "../../domain/org";
import { cardResponse, type CardActionHandler, type CardAccess } from "../card-action";
import type { HelpCardFactory } from "../help";

export class HelpOpenHandler implements CardActionHandler {
  readonly verb = VERBS.helpOpen;
  readonly access: CardAccess = { action: "help.open" };
  constructor(private readonly help: HelpCardFactory) {}

  async handle(actor: Person) {
    return cardResponse(this.help.for(actor));
  }
}
