/** Microsoft Graph directory source (ORG_DIRECTORY=graph): sync, last good copy, schedule. */
export { GraphDirectorySource, type GraphDirectorySourceOptions, type GraphSourceState } from "./graph-directory-source";
export { startDirectorySync, DEFAULT_SYNC_INTERVAL_MS, type DirectorySyncSchedule } from "./directory-sync-scheduler";
export { loadGraphDirectoryConfig, createGraphCredential, GraphConfigError, type GraphDirectoryConfig } from "./graph-env-config";
export { GraphOrgMappingSchema, slugUnitId, type GraphOrgMapping } from "./graph-mapping";
export { buildOrgData, type GroupMembers } from "./org-builder";
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./retry-middleware";
export * from "./sync-types";
