import { pages } from "@microsoft/teams-js";

export interface TabConfig {
  entityId: string;
  contentUrl: string;
  websiteUrl: string;
  suggestedDisplayName: string;
}

/**
 * The configurable tab's conversation with Teams: Save stays disabled until a valid choice exists, and on Save
 * Teams receives the configuration that is current at that moment.
 */
export function registerTabConfig(current: () => TabConfig | undefined): void {
  pages.config.registerOnSaveHandler((event) => {
    const config = current();
    if (!config) return event.notifyFailure("no view chosen");
    pages.config.setConfig(config).then(
      () => event.notifySuccess(),
      (err: unknown) => event.notifyFailure(err instanceof Error ? err.message : String(err)),
    );
  });
}

export function setConfigValid(valid: boolean): void {
  pages.config.setValidityState(valid);
}
