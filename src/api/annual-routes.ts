import type { Request } from "express";
import type { Person } from "../domain/org";
import type { AnnualService } from "../services/annual-service";
import type { StoredEvaluation } from "../services/evaluation-ports";
import { sendError, sendRefusal } from "./errors";
import { publicEvaluation } from "./evaluation-routes";
import { subjectFromParam, type ApiRoute } from "./route-table";

const YEAR = /^\d{4}$/;
const yearOf = (req: Request) => (YEAR.test(String(req.params.year)) ? Number(req.params.year) : undefined);

/** The annual evaluation (DOMAIN.md section 4): opened by an admin, read like any evaluation. */
export function annualRoutes(annual: AnnualService): ApiRoute[] {
  return [
    {
      method: "post",
      path: "/api/annual/:year",
      access: { action: "evaluation.annualOpen" },
      summary: "Open (or refresh) the annual evaluation of a year: each employee's last period against the annual SKP, achievement cumulative over the year",
      authenticated: true,
      response: { type: "object", description: "How many employees, how many with a set result, how many still waiting, how many records were written" },
      handler: async (req, res) => {
        const year = yearOf(req);
        if (year === undefined) return sendError(res, 400, "bad_year", "error.invalidYear", { min: 2020, max: 2100 });
        const outcome = await annual.open(req.actor!, year);
        if (outcome.kind === "refused") return sendRefusal(res, outcome.status, outcome.errors);
        res.json(outcome.summary);
      },
    },
    {
      method: "get",
      path: "/api/annual/:year/:employeeId",
      access: { action: "evaluation.read", subject: subjectFromParam.employee() },
      summary: "An employee's annual evaluation of the year with every periodic result of that year",
      authenticated: true,
      response: { type: "object" },
      handler: async (req, res) => {
        const year = yearOf(req);
        const view = year === undefined ? undefined : await annual.view(year, String(req.params.employeeId));
        if (!view) return sendError(res, 404, "not_found", "error.notFound");
        const shown = (e?: StoredEvaluation) => (e ? publicEvaluation(e, req.actor as Person) : null);
        res.json({ year: view.year, annual: shown(view.annual), periodic: view.periodic.map((p) => ({ periodId: p.period.id, start: p.period.start, end: p.period.end, evaluation: shown(p.evaluation) })) });
      },
    },
  ];
}
