import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId, type ReactNode } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, marginBottom: tokens.spacingVerticalXXL },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  subtitle: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
});

/** A titled region of a screen; `level` keeps the heading order right when sections nest. */
export function Section({ title, level = 2, children }: { title: string; level?: 2 | 3; children: ReactNode }) {
  const styles = useStyles();
  const id = useId();
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section className={styles.root} aria-labelledby={id}>
      <Heading id={id} className={mergeClasses(styles.title, level === 3 && styles.subtitle)}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
