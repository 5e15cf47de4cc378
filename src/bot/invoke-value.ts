import { z } from "zod";
import type { CardActionRequest } from "./card-action";
import { ACTION_EXECUTE } from "./protocol";

/** Shape of an `adaptiveCard/action` invoke value; `trigger` is optional because not every client sends it. */
const ActionInvokeValue = z.object({
  action: z.object({
    type: z.literal(ACTION_EXECUTE),
    verb: z.string().min(1).max(200),
    data: z.record(z.string(), z.unknown()).optional(),
  }),
  trigger: z.enum(["manual", "automatic"]).optional(),
});

export function parseActionInvoke(value: unknown): CardActionRequest | undefined {
  const parsed = ActionInvokeValue.safeParse(value);
  if (!parsed.success) return undefined;
  return { verb: parsed.data.action.verb, data: parsed.data.action.data ?? {} };
}
