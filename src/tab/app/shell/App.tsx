import { makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState, type ReactNode } from "react";
import { ErrorBar } from "../common/ErrorBar";
import { Loading } from "../common/Loading";
import type { TeamsHost } from "../host/teams-host";
import { clearLocalUser } from "../session/local-user";
import { startSession, type Session } from "../session/session";
import { LocalSignIn } from "../signin/LocalSignIn";
import { OpenInTeams } from "../signin/OpenInTeams";
import { Header } from "./Header";
import { SignedIn } from "./SignedIn";

const useStyles = makeStyles({ main: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`, maxWidth: "48rem" } });

/** Who is signed in decides what shows: the screens, the local sign-in, or where to open the tab. */
export function App({ host, initialView }: { host: TeamsHost | undefined; initialView?: string }) {
  const styles = useStyles();
  const [session, setSession] = useState<Session>({ state: "starting" });
  const restart = useCallback(() => {
    setSession({ state: "starting" });
    void startSession(host).then(setSession);
  }, [host]);
  useEffect(restart, [restart]);

  const localMode = !host && (session.state === "chooseLocalPerson" || (session.state === "signedIn" && session.mode === "local"));
  const signOut = () => {
    clearLocalUser();
    restart();
  };
  const plain = (content: ReactNode) => <main className={styles.main}>{content}</main>;

  return (
    <>
      <Header
        me={session.state === "signedIn" ? session.me : undefined}
        localMode={localMode}
        onSignOut={session.state === "signedIn" && session.mode === "local" ? signOut : undefined}
      />
      {session.state === "starting" && plain(<Loading />)}
      {session.state === "failed" && plain(<ErrorBar error={session.error} onRetry={restart} />)}
      {session.state === "openInTeams" && plain(<OpenInTeams />)}
      {session.state === "chooseLocalPerson" && plain(<LocalSignIn people={session.people} onSignedIn={restart} />)}
      {session.state === "signedIn" && <SignedIn api={session.api} me={session.me} initialView={initialView} />}
    </>
  );
}
