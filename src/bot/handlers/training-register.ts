import { trainingCard } from "../../cards/training-cards";
import { VERBS } from "../../cards/verbs";
import type { Person } from "../../domain/org";
import type { RegistrationOutcome, TrainingRegistration } from "../../services/training-registration";
import { cardResponse, errorResponse, type CardAccess, type CardActionHandler, type CardActionRequest, type CardActionResponse } from "../card-action";

const TRAINING_ID = /^[0-9a-f-]{36}$/;

/** Daftar and Batal on a training card: always for the clicker themself, so a replay by another user registers them, never the original clicker. */
abstract class TrainingCardHandler implements CardActionHandler {
  abstract readonly verb: string;
  readonly access: CardAccess = { action: "training.register" };
  constructor(protected readonly registration: TrainingRegistration) {}

  protected abstract act(actor: Person, trainingId: string): Promise<RegistrationOutcome>;

  async handle(actor: Person, { data }: CardActionRequest): Promise<CardActionResponse> {
    const id = data.trainingId;
    if (typeof id !== "string" || !TRAINING_ID.test(id)) return errorResponse(400, "BadRequest", "error.badRequest");
    const outcome = await this.act(actor, id);
    if (outcome.kind === "done") return cardResponse(trainingCard(outcome.training, outcome.registration));
    if (outcome.kind === "notFound") return errorResponse(404, "NotFound", "error.notFound");
    if (outcome.kind === "refused") return errorResponse(outcome.status, "Refused", outcome.errors[0]?.code ?? "error.forbidden");
    return errorResponse(400, "BadRequest", outcome.errors[0]?.code ?? "error.badRequest", outcome.errors[0]?.params);
  }
}

export class TrainingRegisterHandler extends TrainingCardHandler {
  readonly verb = VERBS.trainingRegister;
  protected act(actor: Person, trainingId: string) {
    return this.registration.register(actor, trainingId);
  }
}

export class TrainingCancelHandler extends TrainingCardHandler {
  readonly verb = VERBS.trainingCancel;
  protected act(actor: Person, trainingId: string) {
    return this.registration.cancel(actor, trainingId);
  }
}
