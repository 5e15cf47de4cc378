import {
  DEFAULT_MEMBERS_PAGE_SIZE,
  groupUserMembersPath,
  usersDeltaLatestPath,
  usersPath,
} from "./graph-protocol";
import { GraphReadError, readAllPages, toSessionPath } from "./graph-pager";
import type { GraphSession } from "./graph-session";
import { applyDeltaEntry, recordFromUser, type GraphUserRecord } from "./graph-user-record";

/** The reads a directory sync makes, over one session; counts pages and user objects as it goes. */
export class GraphDirectoryReader {
  pages = 0;
  users = 0;

  constructor(
    private readonly session: GraphSession,
    private readonly usersPageSize: number,
  ) {}

  /** Counted as each page arrives, so a run that fails halfway reports what it did read. */
  private countPage(users: unknown[]): void {
    this.pages++;
    this.users += users.length;
  }

  /** Every user with the manager expanded, in Graph's order. */
  async readUsers(): Promise<GraphUserRecord[]> {
    const records: GraphUserRecord[] = [];
    await readAllPages(this.session, "users", usersPath(this.usersPageSize), (items) => {
      this.countPage(items);
      for (const item of items) records.push(recordFromUser(item));
    });
    return records;
  }

  /** Ids of the users in a group, nested groups included. */
  async readGroupUserIds(groupId: string): Promise<string[]> {
    const ids: string[] = [];
    const path = groupUserMembersPath(groupId, DEFAULT_MEMBERS_PAGE_SIZE);
    await readAllPages(this.session, `members of group ${groupId}`, path, (items) => {
      this.pages++;
      for (const item of items) {
        const id = (item as { id?: unknown }).id;
        if (typeof id === "string") ids.push(id);
      }
    });
    return ids;
  }

  /** A deltaLink for "changes from now on", taken before the full read so no change falls between. */
  async latestDeltaLink(): Promise<string> {
    const result = await readAllPages(this.session, "users delta anchor", usersDeltaLatestPath(), () => this.pages++);
    return requireDeltaLink(result.deltaLink, "users delta anchor");
  }

  /** Applies one delta round (every page of it) to the records; returns the next round's deltaLink. */
  async applyDelta(deltaLink: string, records: Map<string, GraphUserRecord>): Promise<string> {
    const result = await readAllPages(this.session, "users delta", toSessionPath(this.session, deltaLink), (items) => {
      this.countPage(items);
      for (const item of items) applyDeltaEntry(records, item);
    });
    return requireDeltaLink(result.deltaLink, "users delta");
  }
}

function requireDeltaLink(link: string | undefined, what: string): string {
  if (link === undefined) throw new GraphReadError(`Graph ${what}: the last page has no @odata.deltaLink`, undefined, undefined);
  return link;
}
