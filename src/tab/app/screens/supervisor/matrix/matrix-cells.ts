import type { MatrixCell } from "../../../api/planning-types";

const SEP = "|";
export const cellKey = (supervisorRhkId: string, subordinateId: string) => `${supervisorRhkId}${SEP}${subordinateId}`;

export function toValues(cells: MatrixCell[]): Record<string, string> {
  return Object.fromEntries(cells.map((c) => [cellKey(c.supervisorRhkId, c.subordinateId), c.text]));
}

/** The filled cells only: an emptied cell is left out, which clears it on the server. */
export function toCells(values: Record<string, string>): MatrixCell[] {
  return Object.entries(values)
    .filter(([, text]) => text.trim() !== "")
    .map(([key, text]) => {
      const [supervisorRhkId, subordinateId] = key.split(SEP) as [string, string];
      return { supervisorRhkId, subordinateId, text: text.trim() };
    });
}
