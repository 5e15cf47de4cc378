import { lazy, Suspense } from "react";
import type { ScreenProps } from "../../shell/screens";
import { Loading } from "../../common/Loading";
import { useApi } from "../../common/use-api";
import { ReportForm } from "./ReportForm";
import { ReportTimeline } from "./ReportTimeline";

// Its own chunk: the report form stays the first thing on screen, the JP card follows.
const JpCard = lazy(async () => ({ default: (await import("./jp/JpCard.js")).JpCard }));
// "Menunggu saya" (acknowledgements, feedback requests, decisions): its own chunk too.
const WaitingSection = lazy(async () => ({ default: (await import("./waiting/WaitingSection.js")).WaitingSection }));

/** Staff home: today's progress report, what waits for me, my timeline of reports with the supervisor's feedback, my JP. */
export function StaffHome({ api, me }: ScreenProps) {
  const mine = useApi(api.myReports);
  return (
    <>
      <ReportForm api={api} onSaved={mine.reload} />
      <Suspense fallback={<Loading />}>
        <WaitingSection api={api} me={me} />
      </Suspense>
      <ReportTimeline reports={mine.state} onRetry={mine.reload} />
      <Suspense fallback={<Loading />}>
        <JpCard api={api} me={me} />
      </Suspense>
    </>
  );
}
