import { createRoot } from "react-dom/client";
import { readLaunchParams } from "./host/launch-params";
import { connectTeams } from "./host/teams-host";
import { App } from "./shell/App";
import { Root } from "./shell/Root";

/** The tab: connect to Teams (or learn that it is not there), then render; index.html shows "Memuat…" meanwhile. */
async function start() {
  const params = readLaunchParams(window.location.search);
  const host = await connectTeams();
  createRoot(document.getElementById("root")!).render(
    <Root host={host} params={params}>
      <App host={host} initialView={params.view} />
    </Root>,
  );
  host?.loaded();
}

void start();
