import { Badge, Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Me } from "../api/types";
import { useLocale } from "../i18n/LocaleProvider";
import { LanguageSwitch } from "./LanguageSwitch";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  who: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface HeaderProps {
  me?: Me;
  localMode: boolean;
  onSignOut?: () => void;
}

export function Header({ me, localMode, onSignOut }: HeaderProps) {
  const styles = useStyles();
  const { t } = useLocale();
  return (
    <header className={styles.root}>
      <div>
        <h1 className={styles.title}>{t("appTitle")}</h1>
        <Text size={200}>{t("orgName")}</Text>
      </div>
      <div className={styles.who}>
        {localMode && (
          <Badge appearance="filled" color="danger">
            {t("localModeBadge")}
          </Badge>
        )}
        {me && (
          <Text data-testid="signed-in-as">
            {t("signedInAs", { name: me.person.displayName, jobTitle: me.person.jobTitle, unit: me.person.unitName ?? "" })}
          </Text>
        )}
        {onSignOut && (
          <Button size="small" onClick={onSignOut}>
            {t("signOut")}
          </Button>
        )}
        <LanguageSwitch />
      </div>
    </header>
  );
}
