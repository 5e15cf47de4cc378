import type { ApiResult } from "../../../api/client";
import type { PlanningApi } from "../../../api/planning-client";
import type { OrgIndicator, SkpView } from "../../../api/planning-types";

export interface SkpWithIndicators {
  view: SkpView;
  indicators: OrgIndicator[];
}

/** The SKP and the OPD's indicators it may point to (and its chain ends at): what an SKP screen needs. */
export async function loadSkp(planning: PlanningApi, employeeId: string, year: number): Promise<ApiResult<SkpWithIndicators>> {
  const view = await planning.skp(employeeId, year);
  if (!view.ok) return view;
  if (!view.data.opdId) return { ok: true, status: view.status, data: { view: view.data, indicators: [] } };
  const indicators = await planning.indicators(view.data.opdId, year);
  if (!indicators.ok) return indicators;
  return { ok: true, status: view.status, data: { view: view.data, indicators: indicators.data } };
}

export const currentYear = (now = new Date()) => Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric" }).format(now));
