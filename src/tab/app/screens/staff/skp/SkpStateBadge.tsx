import { Badge, type BadgeProps } from "@fluentui/react-components";
import type { SkpState } from "../../../api/planning-types";
import { usePlanningText } from "./planning-strings";

const COLORS: Record<SkpState, BadgeProps["color"]> = { draft: "informative", diajukan: "brand", disetujui: "success", dikembalikan: "danger" };

export function SkpStateBadge({ state }: { state: SkpState | null }) {
  const p = usePlanningText();
  return (
    <Badge appearance="tint" color={state ? COLORS[state] : "subtle"} data-testid="skp-state">
      {state ? p(`state_${state}`) : p("state_none")}
    </Badge>
  );
}
