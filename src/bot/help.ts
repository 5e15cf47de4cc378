import { helpCard } from "../cards/help-card";
import type { AdaptiveCard } from "../cards/render";
import type { OrgDirectory, Person } from "../domain/org";

export class HelpCardFactory {
  constructor(private readonly directory: OrgDirectory) {}

  for(person: Person): AdaptiveCard {
    return helpCard({
      person,
      unitName: this.directory.getUnit(person.unitId)?.name ?? person.unitId,
      isSupervisor: this.directory.getDirectReports(person.id).length > 0,
    });
  }
}
