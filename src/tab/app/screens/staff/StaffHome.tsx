import type { ScreenProps } from "../../shell/screens";
import { useApi } from "../../common/use-api";
import { ReportForm } from "./ReportForm";
import { ReportTimeline } from "./ReportTimeline";

/** Staff home: today's progress report and my timeline of reports with the supervisor's feedback. */
export function StaffHome({ api }: ScreenProps) {
  const mine = useApi(api.myReports);
  return (
    <>
      <ReportForm api={api} onSaved={mine.reload} />
      <ReportTimeline reports={mine.state} onRetry={mine.reload} />
    </>
  );
}
