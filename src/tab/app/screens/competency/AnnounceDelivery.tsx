import { Spinner, Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { CompetencyApi } from "../../api/competency-client";
import type { DeliveryCounts } from "../../api/competency-types";
import { useLocale } from "../../i18n/LocaleProvider";
import { useCompetencyText } from "./competency-strings";

const POLL_MS = 1000;
const pendingOf = (d: DeliveryCounts) => d.queued + d.sending + d.retrying;

/** How many of the announcement's cards reached people; followed until the outbox has processed them all. */
export function AnnounceDelivery({ competency, trainingId }: { competency: CompetencyApi; trainingId: string }) {
  const c = useCompetencyText();
  const { number } = useLocale();
  const [counts, setCounts] = useState<DeliveryCounts>();
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const r = await competency.delivery(trainingId);
      if (!live || !r.ok) return;
      setCounts(r.data.total);
      if (pendingOf(r.data.total) > 0) timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [competency, trainingId]);
  if (!counts) return null;
  const pending = pendingOf(counts);
  return (
    <span>
      <Text block data-testid="announce-delivery" data-settled={pending === 0}>
        {c("delivery", { sent: number(counts.sent), failed: number(counts.failed), pending: number(pending), total: number(counts.total) })}
      </Text>
      {pending > 0 && <Spinner size="extra-tiny" />}
    </span>
  );
}
