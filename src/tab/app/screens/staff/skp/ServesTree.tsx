import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { OrgIndicator, Rhk, UplineLevel } from "../../../api/planning-types";
import { Section } from "../../../common/Section";
import { usePlanningText } from "./planning-strings";
import { chainOf, type ChainLink } from "./serves-chain";

const useStyles = makeStyles({
  tree: { margin: 0, paddingLeft: tokens.spacingHorizontalL, listStyleType: "none", display: "grid", gap: tokens.spacingVerticalS },
  nested: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, listStyleType: "none" },
  broken: { color: tokens.colorPaletteRedForeground1 },
});

/** "RHK saya melayani…": each RHK with its chain nested under it, up to the organisation indicator. */
export function ServesTree({ rhks, upline, indicators, ownerName }: { rhks: Rhk[]; upline: UplineLevel[]; indicators: OrgIndicator[]; /** Someone else's plan (the supervisor reading it). */ ownerName?: string }) {
  const styles = useStyles();
  const p = usePlanningText();
  const title = ownerName ? p("servesTitleOf", { name: ownerName }) : p("servesTitle");
  const label = (l: ChainLink) =>
    l.kind === "rhk" ? p("servesRhkOf", { name: l.personName, text: l.text }) : l.kind === "indicator" ? p("servesIndicator", { text: l.text }) : p("servesBroken");
  const nest = (links: ChainLink[]): JSX.Element | null => {
    const [first, ...rest] = links;
    if (!first) return null;
    return (
      <ul className={styles.nested}>
        <li>
          <Text className={first.kind === "broken" ? styles.broken : undefined}>{label(first)}</Text>
          {nest(rest)}
        </li>
      </ul>
    );
  };
  return (
    <Section title={title} level={3}>
      <Text>{p("servesHint")}</Text>
      {rhks.length === 0 ? (
        <Text>{p("servesEmpty")}</Text>
      ) : (
        <ul className={styles.tree} data-testid="serves-tree" aria-label={title}>
          {rhks.map((r, i) => (
            <li key={r.id ?? i}>
              <Text weight="semibold">{r.text}</Text>
              {nest(chainOf(r.parent, upline, indicators))}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
