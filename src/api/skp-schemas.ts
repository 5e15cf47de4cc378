import { randomUUID } from "node:crypto";
import type { Request } from "express";
import { z } from "zod";
import { BERAKHLAK_IDS } from "../domain/berakhlak";
import { MAX_PLAN_YEAR, MIN_PLAN_YEAR } from "../domain/cascading";
import type { DomainError } from "../domain/result";
import { ASPEKS, PERSPEKTIFS, RHK_GROUPS, type SkpContent } from "../domain/skp";
import { APPROACHES } from "../domain/target";
import { toWibDate } from "../domain/time";

/**
 * Shape of the SKP bodies (zod): types, enums and generous size bounds that protect storage. The rules with
 * their precise messages (lengths, required texts, a unit for a quantitative target...) are the domain's, run
 * on save (as problems) and on submit (as refusals); so a quantitative target without a unit passes here.
 */
const ID = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const TEXT = z.string().max(5000);
const TARGET = z.discriminatedUnion("approach", [
  z.object({ approach: z.literal(APPROACHES[0]), value: z.number().finite(), unit: z.string().max(500).default("") }),
  z.object({ approach: z.literal(APPROACHES[1]), narrative: TEXT.default("") }),
]);
const IKI = z.object({
  id: ID.optional(),
  text: TEXT,
  target: TARGET,
  aspek: z.enum(ASPEKS).optional(),
  perspektif: z.enum(PERSPEKTIFS).optional(),
});
const PARENT = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("ORG_INDICATOR"), indicatorId: ID }),
  z.object({ kind: z.literal("SUPERVISOR_RHK"), rhkId: ID }),
]);
const RHK = z.object({
  id: ID.optional(),
  group: z.enum(RHK_GROUPS),
  text: TEXT,
  parent: PARENT.nullable().default(null),
  indicators: z.array(IKI).max(20).default([]),
});
const LIST = z.array(TEXT).max(40).default([]);
export const SKP_CONTENT = z.object({
  rhks: z.array(RHK).max(100),
  perilaku: z.array(z.object({ valueId: z.enum(BERAKHLAK_IDS), ekspektasiKhusus: TEXT.optional() })).max(14),
  lampiran: z.object({ dukunganSumberDaya: LIST, skemaPertanggungjawaban: LIST, konsekuensi: LIST }).default({ dukunganSumberDaya: [], skemaPertanggungjawaban: [], konsekuensi: [] }),
});
export type SkpContentInput = z.infer<typeof SKP_CONTENT>;

export const MATRIX_BODY = z.object({
  cells: z.array(z.object({ supervisorRhkId: ID, subordinateId: z.string().min(1).max(200), text: TEXT })).max(2000),
  etag: z.string().max(200).optional(),
});

/** Zod issues as the API's field errors, with the generic field codes the app already translates. */
export function zodErrors(error: z.ZodError): DomainError[] {
  return error.issues.map((issue) => {
    const field = issue.path.join(".");
    if (issue.code === "too_big") return { code: issue.origin === "string" ? "field_too_long" : "field_not_allowed", field, params: { max: Number(issue.maximum) } };
    if (issue.code === "invalid_type") {
      if (issue.input === undefined) return { code: "field_required", field };
      return { code: issue.expected === "number" ? "field_not_a_number" : issue.expected === "string" ? "field_not_text" : "field_not_allowed", field };
    }
    return { code: "field_not_allowed", field };
  });
}

/**
 * The content with server-chosen ids: an id the client sends is kept only when this SKP already has it (editing
 * a row), so nobody can take the id of someone else's RHK, which subordinates and the coverage map point to.
 */
export function withServerIds(input: SkpContentInput, existingIds: ReadonlySet<string>, newId: () => string = randomUUID): SkpContent {
  const keep = (id: string | undefined) => (id && existingIds.has(id) ? id : newId());
  return {
    rhks: input.rhks.map((r) => ({ ...r, id: keep(r.id), indicators: r.indicators.map((i) => ({ ...i, id: keep(i.id) })) })),
    perilaku: input.perilaku,
    lampiran: input.lampiran,
  };
}

/** The plan year from ?year= (or a body field); the current WIB year when absent; undefined when malformed. */
export function planYear(req: Request, now: Date, fromBody?: unknown): number | undefined {
  const raw = req.query.year ?? fromBody;
  if (raw === undefined || raw === "") return Number(toWibDate(now).slice(0, 4));
  const year = typeof raw === "number" ? raw : typeof raw === "string" && /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  return Number.isInteger(year) && year >= MIN_PLAN_YEAR && year <= MAX_PLAN_YEAR ? year : undefined;
}

export const YEAR_LIMITS = { min: MIN_PLAN_YEAR, max: MAX_PLAN_YEAR };
