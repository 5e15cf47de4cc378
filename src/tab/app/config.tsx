import { createRoot } from "react-dom/client";
import { ConfigPage } from "./config/ConfigPage";
import { readLaunchParams } from "./host/launch-params";
import { connectTeams } from "./host/teams-host";
import { Root } from "./shell/Root";

/** config.html: Teams opens it when the tab is added to a team channel (configurableTabs in the manifest). */
async function start() {
  const host = await connectTeams();
  createRoot(document.getElementById("root")!).render(
    <Root host={host} params={readLaunchParams(window.location.search)}>
      <ConfigPage host={host} />
    </Root>,
  );
  host?.loaded();
}

void start();
