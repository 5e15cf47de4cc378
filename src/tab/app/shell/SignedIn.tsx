import { makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, useState } from "react";
import { Loading } from "../common/Loading";
import type { ApiClient } from "../api/client";
import type { Me } from "../api/types";
import { NavTabs } from "./NavTabs";
import { visibleScreens } from "./screens";

const useStyles = makeStyles({
  // Many tabs (an admin who also leads a team) scroll inside the bar instead of widening the whole page.
  nav: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL} 0`, overflowX: "auto" },
  screen: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`, maxWidth: "60rem" },
});

/** The navigation and the active screen; the navigation shows only when there is more than one screen. */
export function SignedIn({ api, me, initialView }: { api: ApiClient; me: Me; initialView?: string }) {
  const styles = useStyles();
  const screens = visibleScreens(me);
  const [active, setActive] = useState(() => screens.find((s) => s.key === initialView)?.key ?? screens[0]!.key);
  const screen = screens.find((s) => s.key === active) ?? screens[0]!;
  return (
    <>
      {screens.length > 1 && (
        <div className={styles.nav}>
          <NavTabs screens={screens} active={screen.key} onSelect={setActive} />
        </div>
      )}
      <main className={styles.screen}>
        <Suspense fallback={<Loading />}>
          <screen.Component api={api} me={me} />
        </Suspense>
      </main>
    </>
  );
}
