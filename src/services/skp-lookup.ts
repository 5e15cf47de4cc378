import type { OrgDirectory, Person } from "../domain/org";
import { effectiveSkp, type Skp } from "../domain/skp";
import type { SkpValidationContext } from "../domain/skp-validation";
import type { IndicatorRepository, SkpRepository, StoredSkp } from "./planning-ports";

const EMPTY: ReadonlySet<string> = new Set();

/**
 * Reads SKPs where the repository keeps them (partition = OPD and year) and gathers what the content rules need.
 * The OPD is always taken from the directory now, never from a request.
 */
export class SkpLookup {
  constructor(
    private readonly directory: OrgDirectory,
    private readonly skps: SkpRepository,
    private readonly indicators: IndicatorRepository,
  ) {}

  person(id: string): Person | undefined {
    return this.directory.getPerson(id);
  }

  opdIdOf(person: Person): string {
    // A person whose unit is unknown still has a partition of their own, so nothing is lost or mixed.
    return this.directory.getOpdOf(person.unitId)?.id ?? person.unitId;
  }

  /** Every revision of the person's SKP for the year, oldest first. */
  async revisions(person: Person, year: number): Promise<StoredSkp[]> {
    const list = await this.skps.listRevisions(year, this.opdIdOf(person), person.id);
    return [...list].sort((a, b) => a.revision - b.revision);
  }

  /** The approved SKP in force of the person's direct supervisor (the MPH and the cascading point to it). */
  async supervisorEffective(employee: Person, year: number): Promise<Skp | undefined> {
    const manager = this.directory.getManager(employee.id);
    return manager ? effectiveSkp(await this.revisions(manager, year)) : undefined;
  }

  /** Only what the SKP's form needs is read: the supervisor's SKP (non-JPT) or the OPD's indicators (JPT). */
  async validationContext(employee: Person, skp: Pick<Skp, "form" | "year">): Promise<SkpValidationContext> {
    if (skp.form === "JPT") {
      const indicators = await this.indicators.listByOpd(skp.year, this.opdIdOf(employee));
      return { supervisorApprovedRhkIds: EMPTY, opdIndicatorIds: new Set(indicators.map((i) => i.id)) };
    }
    const supervisorSkp = await this.supervisorEffective(employee, skp.year);
    return { supervisorApprovedRhkIds: new Set(supervisorSkp?.rhks.map((r) => r.id) ?? []), opdIndicatorIds: EMPTY };
  }
}

export function latestOf<S extends { revision: number }>(revisions: readonly S[]): S | undefined {
  return revisions.reduce<S | undefined>((best, s) => (!best || s.revision > best.revision ? s : best), undefined);
}
