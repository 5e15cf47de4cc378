/** Text commands in personal chat or after an @mention; Bahasa Indonesia first, English aliases accepted. */
export const COMMANDS = {
  report: ["lapor", "laporan", "report"],
  help: ["bantuan", "help", "menu"],
  /** In the manifest's command menu; their cards arrive with the Planning and Evaluation work. */
  skp: ["skp"],
  nilai: ["nilai", "penilaian"],
} as const;
export type Command = keyof typeof COMMANDS | "unknown";

export function parseCommand(text: string | undefined): Command {
  const word = (text ?? "").trim().toLowerCase().split(/\s+/)[0] ?? "";
  for (const [command, aliases] of Object.entries(COMMANDS) as [keyof typeof COMMANDS, readonly string[]][]) {
    if (aliases.includes(word)) return command;
  }
  return "unknown";
}
