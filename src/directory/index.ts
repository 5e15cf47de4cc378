/** The organisation directory read from a local file (used when no Graph tenant is configured). */
import { InMemoryDirectory } from "./in-memory-directory";
import { loadOrgFile } from "./org-file";

export { InMemoryDirectory } from "./in-memory-directory";
export { OrgFileError, loadOrgFile, parseOrgFile } from "./org-file";
export type { OrgFileJson } from "./org-file-schema";
export { generateSyntheticOrg, type SyntheticOrgOptions } from "./synthetic-org";

/** Loads and validates the file, then indexes it; throws OrgFileError naming every broken entry. */
export async function createFileDirectory(path: string): Promise<InMemoryDirectory> {
  return new InMemoryDirectory(await loadOrgFile(path));
}
