/** Bot Framework and Teams protocol strings used by the edge. */
export const ACTIVITY_TYPES = {
  message: "message",
  invoke: "invoke",
  conversationUpdate: "conversationUpdate",
  installationUpdate: "installationUpdate",
} as const;

export const INVOKE_NAMES = { adaptiveCardAction: "adaptiveCard/action" } as const;
export const ACTION_EXECUTE = "Action.Execute";
export const INVOKE_RESPONSE_TYPES = {
  card: "application/vnd.microsoft.card.adaptive",
  error: "application/vnd.microsoft.error",
} as const;
export const CONVERSATION_TYPES = { personal: "personal", channel: "channel", groupChat: "groupChat" } as const;
export const INSTALL_ACTIONS = { add: "add", remove: "remove", addUpgrade: "add-upgrade", removeUpgrade: "remove-upgrade" } as const;
/** Teams error code when a user blocked or uninstalled the bot: record it, never retry. */
export const MESSAGE_WRITES_BLOCKED = "MessageWritesBlocked";
export const MAX_MESSAGE_TEXT = 2000;
