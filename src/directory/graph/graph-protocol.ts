/**
 * Microsoft Graph wire format for the directory sync: paths, query strings, annotations and the shapes
 * Graph answers with. Kept in one place so the reader, the fake server in bench/support and the tests
 * all speak the same protocol strings.
 */

export const GRAPH_DEFAULT_BASE_URL = "https://graph.microsoft.com";
export const GRAPH_API_VERSION = "v1.0";
/** Application permission scope for client-credential and managed-identity tokens. */
export const GRAPH_DEFAULT_SCOPE = "https://graph.microsoft.com/.default";

/** The user properties the directory maps from (fixtures/README.md). */
export const USER_FIELDS = [
  "id",
  "displayName",
  "userPrincipalName",
  "employeeId",
  "jobTitle",
  "department",
  "employeeType",
  "accountEnabled",
] as const;
export type UserField = (typeof USER_FIELDS)[number];

/** Graph caps $top for /users at 999; 100 keeps each page small and cheap to retry. */
export const DEFAULT_USERS_PAGE_SIZE = 100;
export const DEFAULT_MEMBERS_PAGE_SIZE = 999;

export const usersPath = (pageSize: number): string =>
  `/users?$select=${USER_FIELDS.join(",")}&$expand=manager($select=id)&$top=${pageSize}`;

/** Transitive members cast to users: nested groups are flattened by Graph, non-users are left out. */
export const groupUserMembersPath = (groupId: string, pageSize: number): string =>
  `/groups/${encodeURIComponent(groupId)}/transitiveMembers/microsoft.graph.user?$select=id&$top=${pageSize}`;

/**
 * users/delta does not support $expand=manager; selecting the `manager` navigation property makes
 * Graph report it as `manager@delta`. `$deltatoken=latest` ("sync from now") answers at once with an
 * empty page and a deltaLink, so a full sync anchors its delta round without reading every user twice.
 */
export const usersDeltaLatestPath = (): string =>
  `/users/delta?$select=${[...USER_FIELDS, "manager"].join(",")}&$deltatoken=latest`;

export const ODATA_NEXT_LINK = "@odata.nextLink";
export const ODATA_DELTA_LINK = "@odata.deltaLink";
export const REMOVED_ANNOTATION = "@removed";
export const MANAGER_DELTA = "manager@delta";
export const GRAPH_USER_TYPE = "#microsoft.graph.user";
export const GRAPH_ORG_CONTACT_TYPE = "#microsoft.graph.orgContact";

export const RETRY_AFTER_HEADER = "Retry-After";
export const AUTHORIZATION_HEADER = "Authorization";
/** Graph answers 410 Gone when a delta token has expired: the only cure is a new full sync. */
export const HTTP_GONE = 410;

export interface GraphObjectRef {
  "@odata.type"?: string;
  id: string;
  "@removed"?: { reason: string };
}

/** A user as /users or /users/delta answers it; a delta entry may carry only the changed properties. */
export interface GraphUserWire {
  id: string;
  displayName?: string | null;
  userPrincipalName?: string | null;
  employeeId?: string | null;
  jobTitle?: string | null;
  department?: string | null;
  employeeType?: string | null;
  accountEnabled?: boolean | null;
  manager?: GraphObjectRef | null;
  "manager@delta"?: GraphObjectRef[];
  "@removed"?: { reason: string };
}

export interface GraphPage<T> {
  value: T[];
  "@odata.nextLink"?: string;
  "@odata.deltaLink"?: string;
}

export interface GraphErrorBody {
  error: { code: string; message: string };
}
