import { randomUUID } from "node:crypto";
import { reportFormCard } from "../../cards/report-cards";
import { VERBS } from "../../cards/verbs";
import { toWibDate } from "../../domain/time";
import type { Clock } from "../../services/ports";
import { cardResponse, type CardActionHandler, type CardAccess } from "../card-action";

export class ReportOpenHandler implements CardActionHandler {
  readonly verb = VERBS.reportOpen;
  readonly access: CardAccess = { action: "report.submit" };
  constructor(private readonly clock: Clock) {}

  async handle() {
    return cardResponse(reportFormCard({ formId: randomUUID(), today: toWibDate(this.clock.now()) }));
  }
}
