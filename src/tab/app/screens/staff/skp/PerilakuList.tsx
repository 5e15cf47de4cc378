import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { BerakhlakId, SkpContent } from "../../../api/planning-types";
import { Section } from "../../../common/Section";
import { usePlanningText } from "./planning-strings";

/** The official names stay Indonesian in every language (DOMAIN.md section 6). */
const NAMES: Record<BerakhlakId, string> = {
  "berorientasi-pelayanan": "Berorientasi Pelayanan",
  akuntabel: "Akuntabel",
  kompeten: "Kompeten",
  harmonis: "Harmonis",
  loyal: "Loyal",
  adaptif: "Adaptif",
  kolaboratif: "Kolaboratif",
};

const useStyles = makeStyles({ list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "grid", gap: tokens.spacingVerticalXS } });

/** The 7 BerAKHLAK values with the supervisor's specific expectation; read-only for the employee. */
export function PerilakuList({ perilaku }: { perilaku: SkpContent["perilaku"] }) {
  const styles = useStyles();
  const p = usePlanningText();
  return (
    <Section title={p("perilakuTitle")} level={3}>
      <Text>{p("perilakuHint")}</Text>
      <ul className={styles.list}>
        {perilaku.map((v) => (
          <li key={v.valueId}>
            <Text weight="semibold">{NAMES[v.valueId]}</Text>: <Text>{v.ekspektasiKhusus?.trim() || p("ekspektasiNone")}</Text>
          </li>
        ))}
      </ul>
    </Section>
  );
}
