import type { B18Statement, CompetencyScore } from "../domain/coaching";
import type { IsoDate } from "../domain/time";

/** A recorded dialog / bimbingan kinerja (DOMAIN.md section 5) between a supervisor and an employee. */
export interface CoachingSession {
  id: string;
  employeeId: string;
  /** Who recorded it: the direct supervisor or their Plt/Plh that day. */
  coachId: string;
  date: IsoDate;
  topics: string;
  agreedActions: string[];
  followUpDate: IsoDate;
  recordedAt: string;
  /** The employee's Format B.1.8 answers, once. */
  rating?: { answers: Record<B18Statement, number>; at: string };
  /** The supervisor's Format B.1.9 scores (the latest replace the earlier ones). */
  competencies?: { scores: CompetencyScore[]; byId: string; at: string };
  /** Set when the follow-up reminder went out, so the daily tick sends it once. */
  followUpRemindedAt?: string;
  etag?: string;
}

export interface CoachingRepository {
  /** ConflictError when a session with this id exists for the employee (the same submit twice). */
  create(session: CoachingSession): Promise<CoachingSession>;
  get(employeeId: string, sessionId: string): Promise<CoachingSession | undefined>;
  listForEmployee(employeeId: string): Promise<CoachingSession[]>;
  /** Replaces it if unchanged since read (etag); ConflictError otherwise. */
  replace(session: CoachingSession): Promise<CoachingSession>;
  /** Sessions whose follow-up date is `date`: one partition query on the due index. */
  listDueOn(date: IsoDate): Promise<CoachingSession[]>;
}

/** The cards of the coaching flow, at the edge (the bot). */
export interface CoachingNotifications {
  /** After a session is recorded: the employee's Format B.1.8 card. */
  askEmployeeToRate(session: CoachingSession): Promise<void>;
  /** On the follow-up date: the agreed actions, to the employee and to the coach. */
  remindFollowUp(session: CoachingSession, recipientId: string): Promise<boolean>;
}
