import { teamToRateCard } from "../../cards/eval-cards";
import type { AdaptiveCard } from "../../cards/render";
import type { Person } from "../../domain/org";
import type { EvaluationService } from "../../services/evaluation-service";
import { selfAssessmentFor } from "./eval-self-open";

/** `nilai`: my self-assessment for the open period; a supervisor also gets a card to rate each direct report. */
export async function nilaiCards(core: EvaluationService, person: Person): Promise<AdaptiveCard[]> {
  const cards = [await selfAssessmentFor(core, person)];
  const open = (await core.deps.periods.openToday())[0];
  const team = core.deps.directory.getDirectReports(person.id);
  if (open && team.length > 0) cards.push(teamToRateCard({ period: open }, team));
  return cards;
}
