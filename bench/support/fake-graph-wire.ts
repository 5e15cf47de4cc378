import type { ServerResponse } from "node:http";
import {
  GRAPH_ORG_CONTACT_TYPE,
  GRAPH_USER_TYPE,
  MANAGER_DELTA,
  REMOVED_ANNOTATION,
  type GraphObjectRef,
  type GraphUserWire,
} from "../../src/directory/graph/graph-protocol";
import type { FakeChange, FakeGraphUser } from "./fake-graph-directory";

/** Graph's JSON content type, parameters included, as Graph sends it. */
export const JSON_TYPE = "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";

export function userWire(u: FakeGraphUser): GraphUserWire {
  return {
    id: u.id,
    displayName: u.displayName,
    userPrincipalName: u.userPrincipalName,
    employeeId: u.employeeId ?? null,
    jobTitle: u.jobTitle ?? null,
    department: u.department ?? null,
    employeeType: u.employeeType ?? null,
    accountEnabled: u.accountEnabled ?? true,
  };
}

/** `$expand=manager($select=id)`: Graph leaves `manager` out when there is none. */
export function managerExpansion(u: FakeGraphUser): Pick<GraphUserWire, "manager"> {
  if (!u.managerId) return {};
  return { manager: { "@odata.type": u.managerType === "orgContact" ? GRAPH_ORG_CONTACT_TYPE : GRAPH_USER_TYPE, id: u.managerId } };
}

/** A delta entry: a removed user as `@removed`; a changed one whole, its manager as `manager@delta`. */
export function deltaEntry(change: FakeChange): object {
  if (change.removed) return { id: change.id, [REMOVED_ANNOTATION]: { reason: "changed" } };
  const manager = managerExpansion(change.user).manager;
  const managerDelta: GraphObjectRef[] = manager ? [manager] : [];
  if (!manager && change.previousManagerId) {
    managerDelta.push({ "@odata.type": GRAPH_USER_TYPE, id: change.previousManagerId, [REMOVED_ANNOTATION]: { reason: "deleted" } });
  }
  return { ...userWire(change.user), [MANAGER_DELTA]: managerDelta };
}

export function parseDeltaSkip(token: string | null): { since: string; offset: number } | undefined {
  const match = token === null ? null : /^(\d*)~(\d+)$/.exec(token);
  return match ? { since: match[1] ?? "", offset: Number(match[2]) } : undefined;
}

export function sendError(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": JSON_TYPE, ...headers });
  res.end(JSON.stringify({ error: { code, message, innerError: { "request-id": "fake" } } }));
}
