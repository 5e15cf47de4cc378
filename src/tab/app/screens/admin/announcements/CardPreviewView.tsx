import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { CardElement, CardPreview } from "../../../api/socialization-types";
import { useLocale } from "../../../i18n/LocaleProvider";
import { useSocialText } from "./social-strings";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    maxWidth: "560px",
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** Text blocks of the card in order (containers flattened), as the recipient would read them. */
function flatten(elements: CardElement[] = []): CardElement[] {
  return elements.flatMap((e) => (e.type === "Container" ? flatten(e.items) : [e]));
}

/**
 * The card the server would send, read from its Adaptive Card JSON as text and buttons: enough to check wording
 * and size without shipping the adaptivecards renderer to the tab.
 */
export function CardPreviewView({ preview }: { preview: CardPreview }) {
  const styles = useStyles();
  const s = useSocialText();
  const { number } = useLocale();
  return (
    <div data-testid="card-preview">
      <div className={styles.card}>
        {flatten(preview.card.body).map((e, i) =>
          e.type === "Image" ? (
            <Text key={i} size={200}>
              {s("previewImage", { url: e.url ?? "" })}
            </Text>
          ) : (
            <Text key={i} block>
              {e.text}
            </Text>
          ),
        )}
        <div className={styles.actions}>
          {(preview.card.actions ?? []).map((a, i) => (
            // Inert on purpose: the preview shows the buttons, it does not act.
            <Button key={i} disabled aria-label={s("previewButtonLabel", { title: a.title ?? "" })}>
              {a.title}
            </Button>
          ))}
        </div>
      </div>
      <Text size={200}>{s("previewBytes", { kb: number(Math.round(preview.bytes / 102.4) / 10) })}</Text>
    </div>
  );
}
