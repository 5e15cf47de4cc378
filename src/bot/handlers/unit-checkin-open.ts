import { randomUUID } from "node:crypto";
import { reportFormCard } from "../../cards/report-cards";
import { checkInNotMemberCard, UNIT_CHANNEL_VERBS } from "../../cards/unit-channel-cards";
import type { OrgDirectory, Person } from "../../domain/org";
import { toWibDate } from "../../domain/time";
import type { Clock } from "../../services/ports";
import type { UnitCheckIn } from "../../services/unit-channel-checkin";
import { cardResponse, errorResponse, type CardAccess, type CardActionHandler, type CardActionRequest } from "../card-action";

const UNIT_ID = /^[A-Za-z0-9_.:-]{1,200}$/;

/**
 * "Isi laporan saya" on the daily check-in post in a unit's channel: a member gets their own report form (only
 * they see the answer), anyone else a polite word that the form is for the unit's members.
 */
export class UnitCheckInOpenHandler implements CardActionHandler {
  readonly verb = UNIT_CHANNEL_VERBS.checkInOpen;
  // Everyone may press it; what they get depends on their membership, from the directory.
  readonly access: CardAccess = { action: "report.submit" };

  constructor(
    private readonly checkIn: Pick<UnitCheckIn, "isMember">,
    private readonly directory: OrgDirectory,
    private readonly clock: Clock,
  ) {}

  async handle(actor: Person, request: CardActionRequest) {
    const unitId = request.data.unitId;
    if (typeof unitId !== "string" || !UNIT_ID.test(unitId)) return errorResponse(400, "BadRequest", "error.badRequest");
    const unit = this.directory.getUnit(unitId);
    if (!unit || !this.checkIn.isMember(actor, unitId)) return cardResponse(checkInNotMemberCard(unit?.name ?? unitId));
    return cardResponse(reportFormCard({ formId: randomUUID(), today: toWibDate(this.clock.now()) }));
  }
}
