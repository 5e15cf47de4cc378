import type { AdaptiveCard } from "../../cards/render";
import { skpEmptyCard, skpSummaryCard } from "../../cards/skp-cards";
import type { OrgDirectory, Person } from "../../domain/org";
import { toWibDate } from "../../domain/time";
import type { Clock } from "../../services/ports";
import type { SkpService } from "../../services/skp-service";

/** The `skp` command's card: my SKP of the current (WIB) year and its state, or how to start one. */
export class SkpSummaryCards {
  constructor(
    private readonly skps: SkpService,
    private readonly directory: OrgDirectory,
    private readonly clock: Clock,
  ) {}

  async for(person: Person): Promise<AdaptiveCard> {
    const year = Number(toWibDate(this.clock.now()).slice(0, 4));
    const view = await this.skps.get(person.id, year);
    const skp = view?.current ?? view?.effective;
    if (!skp) return skpEmptyCard(year);
    const decider = skp.decidedById ? this.directory.getPerson(skp.decidedById) : undefined;
    return skpSummaryCard({ skp, decider });
  }
}
