import { makeStyles, Text, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** What is missing and what to do next, in one sentence. */
export function EmptyState({ children }: { children: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Text>{children}</Text>
    </div>
  );
}
