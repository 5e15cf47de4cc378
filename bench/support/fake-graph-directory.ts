/** A user as the fake Graph tenant holds it; the server renders it in Graph's wire format. */
export interface FakeGraphUser {
  id: string;
  displayName: string;
  userPrincipalName: string;
  employeeId?: string | null;
  jobTitle?: string | null;
  department?: string | null;
  employeeType?: string | null;
  accountEnabled?: boolean;
  managerId?: string | null;
  /** The manager object's type: an orgContact stands for a manager outside the synced users. */
  managerType?: "user" | "orgContact";
}

export type FakeChange =
  | { id: string; removed: true }
  | { id: string; removed: false; user: FakeGraphUser; previousManagerId: string | null };

/**
 * The fake tenant's state with a change log: every change bumps `version`, and a delta round
 * "since version N" is the latest state of every user changed after N (removed ones as removed).
 */
export class FakeGraphDirectory {
  version = 1;
  private readonly users = new Map<string, FakeGraphUser>();
  private readonly groups = new Map<string, string[]>();
  private readonly log = new Map<string, { version: number; previousManagerId: string | null }>();

  constructor(users: FakeGraphUser[], groups: Record<string, string[]>) {
    for (const u of users) this.users.set(u.id, { ...u });
    for (const [id, members] of Object.entries(groups)) this.groups.set(id, [...members]);
  }

  listUsers(): FakeGraphUser[] {
    return [...this.users.values()];
  }

  groupMembers(groupId: string): string[] | undefined {
    return this.groups.get(groupId);
  }

  setGroupMembers(groupId: string, ids: string[]): void {
    this.groups.set(groupId, [...ids]);
  }

  /** Adds or replaces users (whole objects), as an admin editing Entra would. */
  upsert(...users: FakeGraphUser[]): void {
    this.version++;
    for (const u of users) {
      const previousManagerId = this.users.get(u.id)?.managerId ?? null;
      this.users.set(u.id, { ...u });
      this.log.set(u.id, { version: this.version, previousManagerId });
    }
  }

  remove(...ids: string[]): void {
    this.version++;
    for (const id of ids) {
      this.users.delete(id);
      this.log.set(id, { version: this.version, previousManagerId: null });
    }
  }

  /** Changes after `since`; undefined: the initial round, i.e. every current user. */
  changesSince(since: number | undefined): FakeChange[] {
    if (since === undefined) {
      return this.listUsers().map((user) => ({ id: user.id, removed: false, user, previousManagerId: null }));
    }
    const out: FakeChange[] = [];
    for (const [id, entry] of this.log) {
      if (entry.version <= since) continue;
      const user = this.users.get(id);
      out.push(user ? { id, removed: false, user, previousManagerId: entry.previousManagerId } : { id, removed: true });
    }
    return out;
  }
}
