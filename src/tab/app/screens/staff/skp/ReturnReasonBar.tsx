import { MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { usePlanningText } from "./planning-strings";

/** Why the supervisor returned the SKP, above everything else, until it is submitted again. */
export function ReturnReasonBar({ reason }: { reason: string }) {
  const p = usePlanningText();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="return-reason">
      <MessageBarBody>
        <MessageBarTitle>{p("returnedTitle")}</MessageBarTitle>
        <Text block weight="semibold">“{reason}”</Text>
        <Text block>{p("returnedHint")}</Text>
      </MessageBarBody>
    </MessageBar>
  );
}
