/** Text commands in personal chat or after an @mention; Bahasa Indonesia first, English aliases accepted. */
export const COMMANDS = {
  report: ["lapor", "laporan", "report"],
  help: ["bantuan", "help", "menu"],
  /** My SKP of this year: summary, state, Ajukan when it is a draft. */
  skp: ["skp"],
  /** My self-assessment for the open period; a supervisor also gets the team to rate. */
  nilai: ["nilai", "penilaian"],
  /** A supervisor records a coaching conversation (dialog / bimbingan kinerja) with a direct report. */
  bimbingan: ["bimbingan", "coaching"],
  /** In a team channel: make it the channel of the unit one heads (an admin names the unit); `kanal cekin on|off`. */
  kanal: ["kanal", "channel"],
} as const;
export type Command = keyof typeof COMMANDS | "unknown";

export function parseCommand(text: string | undefined): Command {
  const word = (text ?? "").trim().toLowerCase().split(/\s+/)[0] ?? "";
  for (const [command, aliases] of Object.entries(COMMANDS) as [keyof typeof COMMANDS, readonly string[]][]) {
    if (aliases.includes(word)) return command;
  }
  return "unknown";
}
