import { startAzurite } from "../../src/storage/azurite";

/** One in-memory Azurite for the whole run; each test file isolates itself with its own table prefix. */
export default async function globalSetup(): Promise<void> {
  const azurite = await startAzurite();
  process.env.TEST_STORAGE_CONNECTION_STRING = azurite.connectionString;
  (globalThis as Record<string, unknown>).__AZURITE__ = azurite;
}
