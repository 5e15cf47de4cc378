import type { ApiClient } from "./client";

/** A unit's Teams channel (GET /api/units/:unitId/channel). */
export interface UnitChannelView {
  unitId: string;
  unitName: string;
  channel: { teamId: string; channelId: string; checkIn: boolean; setById: string; setAt: string } | null;
}

export interface ChannelOption {
  teamId: string;
  channelId: string;
}

const seg = encodeURIComponent;

/** The unit channel routes, on top of the tab's ApiClient (same identity headers). */
export class UnitChannelApi {
  constructor(private readonly api: ApiClient) {}

  get = (unitId: string) => this.api.request<UnitChannelView>("GET", `/api/units/${seg(unitId)}/channel`);
  options = (unitId: string) => this.api.request<ChannelOption[]>("GET", `/api/units/${seg(unitId)}/channel/options`);
  set = (unitId: string, body: ChannelOption & { checkIn: boolean }) => this.api.request<UnitChannelView>("PUT", `/api/units/${seg(unitId)}/channel`, body);
  remove = (unitId: string) => this.api.request<UnitChannelView>("DELETE", `/api/units/${seg(unitId)}/channel`);
}
