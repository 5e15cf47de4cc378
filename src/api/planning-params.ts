import type { Request } from "express";
import { z } from "zod";
import { MAX_PLAN_YEAR, MIN_PLAN_YEAR } from "../domain/cascading";
import type { OrgDirectory } from "../domain/org";

/** Query and path values of the planning routes (indicators, coverage), checked before any storage access. */
const YearQuery = z
  .string()
  .regex(/^\d{4}$/)
  .transform(Number)
  .pipe(z.number().int().min(MIN_PLAN_YEAR).max(MAX_PLAN_YEAR));
export const INDICATOR_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** `?year=YYYY`, a plausible plan year; undefined when missing or malformed. */
export function yearOf(req: Request): number | undefined {
  const parsed = YearQuery.safeParse(req.query.year);
  return parsed.success ? parsed.data : undefined;
}

/** The OPD named by `:opdId` when it is a top-level unit of the directory. */
export function opdOf(req: Request, directory: OrgDirectory): string | undefined {
  const id = req.params.opdId;
  if (typeof id !== "string") return undefined;
  return directory.getUnit(id) && directory.getOpdOf(id)?.id === id ? id : undefined;
}

export const YEAR_PARAMETER_NOTE = "?year=YYYY (required)";
