import { getBerakhlakValue, BERAKHLAK_IDS, type BerakhlakId } from "../domain/berakhlak";
import { aggregateDevelopmentNeeds, type DevelopmentNeedSource } from "../domain/development-needs";
import type { OrgDirectory } from "../domain/org";
import type { CompetencyRepository, StoredNeed } from "./competency-ports";

export interface TnaPerson {
  id: string;
  name: string;
  nip: string;
  unitId: string;
  unitName: string;
  jabatanType: string;
}

export interface TnaTopic {
  source: DevelopmentNeedSource;
  topic: string;
  /** The value's name for a BerAKHLAK id, else the topic. */
  label: string;
  employeeCount: number;
  byUnit: { unitId: string; unitName: string; count: number }[];
  byJabatanType: { jabatanType: string; count: number }[];
  people: TnaPerson[];
}

export interface TrainingNeedsAnalysis {
  year: number;
  opdId?: string;
  topics: TnaTopic[];
}

const isValue = (t: string): t is BerakhlakId => (BERAKHLAK_IDS as readonly string[]).includes(t);
const tally = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/**
 * Analisis kebutuhan pelatihan (DOMAIN.md section 9): the year's confirmed needs of an OPD (or the city), by
 * competency or value, with the units and jabatan types behind them and the people. Units are those recorded with
 * each need (where the person worked when the need was confirmed).
 */
export class TrainingNeedsAnalysisService {
  constructor(private readonly deps: { directory: OrgDirectory; repo: CompetencyRepository }) {}

  async analyse(year: number, opdId?: string): Promise<TrainingNeedsAnalysis> {
    const needs = (await this.deps.repo.listNeeds(year)).filter((n) => n.status === "confirmed" && (!opdId || n.opdId === opdId));
    const unitName = (id: string) => this.deps.directory.getUnit(id)?.name ?? id;
    const byTopic = new Map<string, StoredNeed[]>();
    for (const n of needs) {
      const key = `${n.source}\u0000${n.topic.toLowerCase()}`;
      const list = byTopic.get(key);
      if (list) list.push(n);
      else byTopic.set(key, [n]);
    }
    const topics = aggregateDevelopmentNeeds(needs).map((agg): TnaTopic => {
      const mine = byTopic.get(`${agg.source}\u0000${agg.topic.toLowerCase()}`) ?? [];
      const perPerson = new Map(mine.map((n) => [n.employeeId, n]));
      const units = new Map<string, number>();
      const jabatan = new Map<string, number>();
      const people: TnaPerson[] = [];
      for (const n of perPerson.values()) {
        tally(units, n.unitId);
        tally(jabatan, n.jabatanType);
        const p = this.deps.directory.getPerson(n.employeeId);
        people.push({ id: n.employeeId, name: p?.displayName ?? n.employeeId, nip: p?.nip ?? "", unitId: n.unitId, unitName: unitName(n.unitId), jabatanType: n.jabatanType });
      }
      return {
        source: agg.source,
        topic: agg.topic,
        label: agg.source === "PERILAKU" && isValue(agg.topic) ? getBerakhlakValue(agg.topic).name : agg.topic,
        employeeCount: agg.employeeCount,
        byUnit: [...units].map(([unitId, count]) => ({ unitId, unitName: unitName(unitId), count })).sort((a, b) => b.count - a.count || a.unitId.localeCompare(b.unitId)),
        byJabatanType: [...jabatan].map(([jabatanType, count]) => ({ jabatanType, count })).sort((a, b) => b.count - a.count || a.jabatanType.localeCompare(b.jabatanType)),
        people: people.sort((a, b) => a.name.localeCompare(b.name)),
      };
    });
    return { year, ...(opdId ? { opdId } : {}), topics };
  }
}
