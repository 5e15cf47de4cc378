import { Card, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Iki, Skp } from "../../../api/planning-types";
import { Section } from "../../../common/Section";
import { useLocale } from "../../../i18n/LocaleProvider";
import { LampiranFields } from "./LampiranFields";
import { PerilakuList } from "./PerilakuList";
import { usePlanningText } from "./planning-strings";

const useStyles = makeStyles({ card: { display: "grid", gap: tokens.spacingVerticalXS }, list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL } });

/** An SKP to read (submitted or approved, or a subordinate's): RHKs Utama then Tambahan, perilaku, lampiran. */
export function SkpReadOnly({ skp }: { skp: Skp }) {
  const styles = useStyles();
  const p = usePlanningText();
  const { number } = useLocale();
  const target = (i: Iki) => (i.target.approach === "KUANTITATIF" ? `${number(i.target.value)} ${i.target.unit}` : i.target.narrative);
  const column = (i: Iki) => (i.aspek ? p(`aspek_${i.aspek}`) : i.perspektif ? p(`perspektif_${i.perspektif}`) : "");
  return (
    <>
      {(["UTAMA", "TAMBAHAN"] as const).map((group) => {
        const rhks = skp.rhks.filter((r) => r.group === group);
        if (rhks.length === 0) return null;
        return (
          <Section key={group} title={p(`group${group}`)} level={3}>
            {rhks.map((r, i) => (
              <Card key={r.id ?? i} className={styles.card} data-testid="rhk">
                <Text weight="semibold">{r.text}</Text>
                <ul className={styles.list}>
                  {r.indicators.map((k, j) => (
                    <li key={k.id ?? j}>
                      <Text>{k.text}</Text> · <Text>{column(k)}</Text> · <Text weight="semibold">{target(k)}</Text>
                    </li>
                  ))}
                </ul>
              </Card>
            ))}
          </Section>
        );
      })}
      <PerilakuList perilaku={skp.perilaku} />
      <LampiranFields lampiran={skp.lampiran} />
    </>
  );
}
