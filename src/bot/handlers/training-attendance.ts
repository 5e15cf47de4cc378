import { ATTENDED_INPUT_PREFIX, attendanceCard } from "../../cards/training-cards";
import { VERBS } from "../../cards/verbs";
import type { OrgDirectory, Person } from "../../domain/org";
import type { TrainingRegistration } from "../../services/training-registration";
import { cardResponse, errorResponse, type CardAccess, type CardActionHandler, type CardActionRequest } from "../card-action";

const TRAINING_ID = /^[0-9a-f-]{36}$/;

/**
 * Simpan on the attendance card: every ticked participant's attendance is confirmed with the training's JP. Only the
 * organiser passes the service (other Pengelola Kompetensi get 403); ticking again changes nothing.
 */
export class TrainingAttendanceHandler implements CardActionHandler {
  readonly verb = VERBS.trainingAttendance;
  readonly access: CardAccess = { action: "training.attendance" };
  constructor(
    private readonly registration: TrainingRegistration,
    private readonly directory: OrgDirectory,
  ) {}

  async handle(actor: Person, { data }: CardActionRequest) {
    const id = data.trainingId;
    if (typeof id !== "string" || !TRAINING_ID.test(id)) return errorResponse(400, "BadRequest", "error.badRequest");
    const full = await this.registration.participants(actor, id);
    if (full.kind === "notFound") return errorResponse(404, "NotFound", "error.notFound");
    if (full.kind === "refused") return errorResponse(403, "Forbidden", "training_not_organizer");
    const ticked = full.registrations.filter((r) => data[`${ATTENDED_INPUT_PREFIX}${r.employeeId}`] === "true" || data[`${ATTENDED_INPUT_PREFIX}${r.employeeId}`] === true);
    for (const r of ticked) {
      if (r.status !== "registered") continue;
      const outcome = await this.registration.attend(actor, id, r.employeeId, undefined);
      if (outcome.kind === "refused") return errorResponse(outcome.status, "Refused", outcome.errors[0]?.code ?? "error.forbidden");
    }
    const after = await this.registration.participants(actor, id);
    if (after.kind !== "list") return errorResponse(404, "NotFound", "error.notFound");
    const seated = after.registrations.filter((r) => r.status === "registered" || r.status === "attended");
    return cardResponse(attendanceCard(after.training, seated, (pid) => this.directory.getPerson(pid)?.displayName ?? pid));
  }
}
