import type { Person } from "../domain/org";
import { renderCard, type AdaptiveCard } from "./render";
import { bi, line } from "./text";
import { VERBS } from "./verbs";

export interface HelpCardData {
  person: Person;
  unitName: string;
  isSupervisor: boolean;
}

export function helpCard({ person, unitName, isSupervisor }: HelpCardData): AdaptiveCard {
  const roles = ["role.pegawai", ...(isSupervisor ? ["role.atasan"] : []), ...person.roles.map((r) => `role.${r}`)];
  const roleNames = { id: roles.map((r) => bi(r).id).join(", "), en: roles.map((r) => bi(r).en).join(", ") };
  const roleLine = bi("help.role", { jobTitle: person.jobTitle, unit: unitName, roles: roleNames.id });
  return renderCard("help", {
    greeting: bi("help.greeting", { name: person.displayName }),
    roleLine: `${roleLine.id} (${roleNames.en})`,
    intro: bi("help.intro"),
    commands: [
      { command: "lapor", description: line("help.cmd.lapor") },
      { command: "skp", description: line("help.cmd.skp") },
      { command: "nilai", description: line("help.cmd.nilai") },
      ...(isSupervisor ? [{ command: "bimbingan", description: line("help.cmd.bimbingan") }] : []),
      // Typed in a team channel, not here: a unit head (or an admin) picks the unit's channel with it.
      ...(isSupervisor || person.roles.includes("admin") ? [{ command: "kanal", description: line("help.cmd.kanal") }] : []),
      { command: "bantuan", description: line("help.cmd.bantuan") },
    ],
    reportButton: line("help.reportButton"),
    verbs: VERBS,
  });
}

export function notRegisteredCard(): AdaptiveCard {
  return renderCard("not-registered", { title: bi("notRegistered.title"), body: bi("notRegistered.body") });
}
