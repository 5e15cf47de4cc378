import { z } from "zod";
import type { DirectoryStatus, DirectorySyncService } from "../directory/directory-sync-service";
import type { OrgDirectory } from "../domain/org";
import { bilingual } from "../i18n";
import { sendError } from "./errors";
import type { ApiRoute } from "./route-table";

const SyncRequest = z.object({ full: z.boolean().optional() }).strict();

const REPORTED_USERS = { type: "array", items: { type: "object", properties: { userId: { type: "string" }, displayName: { type: "string" }, kind: { type: "string" }, detail: { type: "string" } } } };
const STATUS_SCHEMA = {
  type: "object",
  properties: {
    source: { type: "string", enum: ["graph", "file"] },
    inUse: { type: "object", properties: { people: { type: "integer" }, units: { type: "integer" }, version: { type: "string" }, savedAt: { type: "string" } } },
    lastRun: { type: "object", description: "startedAt, finishedAt, status ok|failed, mode, reason, users, pages, requests, retries, problems per kind" },
    reported: { type: "object", properties: { noManager: REPORTED_USERS, managerOutsideTenant: REPORTED_USERS, cycle: REPORTED_USERS, leftOut: REPORTED_USERS } },
  },
};

/**
 * Admin Kinerja only (policy action directory.manage): the state of the organisation directory and an
 * on-demand Microsoft Graph sync. With ORG_DIRECTORY=file there is nothing to sync: the status says so and
 * the sync answers 409.
 */
export function directoryRoutes(directory: OrgDirectory, sync: DirectorySyncService | undefined): ApiRoute[] {
  const status = (): DirectoryStatus | ReturnType<typeof fileStatus> => sync?.status() ?? fileStatus(directory);
  return [
    {
      method: "get",
      path: "/api/admin/directory/status",
      summary: "Admin: the directory in use, the last sync (when, ok or failed, counts) and the users it reported",
      authenticated: true,
      access: { action: "directory.manage" },
      response: STATUS_SCHEMA,
      handler: (_req, res) => void res.json(status()),
    },
    {
      method: "post",
      path: "/api/admin/directory/sync",
      summary: "Admin: sync the directory from Microsoft Graph now (delta, or a full read with full: true); 502 when it fails",
      authenticated: true,
      access: { action: "directory.manage" },
      requestBody: { type: "object", properties: { full: { type: "boolean" } } },
      response: STATUS_SCHEMA,
      handler: async (req, res) => {
        const body = SyncRequest.safeParse(req.body ?? {});
        if (!body.success) return sendError(res, 400, "bad_request", "error.badRequest");
        if (!sync) return sendError(res, 409, "directory_not_syncable", "error.directoryNotSyncable");
        const result = await sync.syncNow({ full: body.data.full });
        if (result.status === "ok") {
          res.json(sync.status());
          return;
        }
        // The last good copy still serves; the admin sees why the run failed (the other admins get a message).
        res.status(502).json({ error: { code: "directory_sync_failed", message: bilingual("error.directorySyncFailed") }, status: sync.status() });
      },
    },
  ];
}

function fileStatus(directory: OrgDirectory) {
  return {
    source: "file" as const,
    inUse: { people: directory.listPeople().length, units: directory.listUnits().length, version: null, savedAt: null },
    lastRun: null,
    reported: { noManager: [], managerOutsideTenant: [], cycle: [], leftOut: [] },
  };
}
