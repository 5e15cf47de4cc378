import { Tab, TabList } from "@fluentui/react-components";
import { useLocale } from "../i18n/LocaleProvider";
import type { ScreenDef } from "./screens";

export function NavTabs({ screens, active, onSelect }: { screens: ScreenDef[]; active: string; onSelect(key: string): void }) {
  const { t } = useLocale();
  return (
    <nav aria-label={t("navLabel")}>
      <TabList selectedValue={active} onTabSelect={(_e, data) => onSelect(String(data.value))}>
        {screens.map((s) => (
          <Tab key={s.key} value={s.key}>
            {t(s.label)}
          </Tab>
        ))}
      </TabList>
    </nav>
  );
}
