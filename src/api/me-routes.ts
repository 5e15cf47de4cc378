import type { OrgDirectory, Person } from "../domain/org";
import type { ApiRoute } from "./route-table";
import { PERSON_SCHEMA } from "./schemas";

function personView(directory: OrgDirectory, p: Person) {
  return {
    id: p.id,
    displayName: p.displayName,
    jobTitle: p.jobTitle,
    jabatanType: p.jabatanType,
    unitId: p.unitId,
    unitName: directory.getUnit(p.unitId)?.name ?? p.unitId,
  };
}

export function meRoutes(directory: OrgDirectory, localMode: boolean): ApiRoute[] {
  const routes: ApiRoute[] = [
    {
      method: "get",
      path: "/api/me",
      access: { action: "me.read" },
      summary: "The signed-in person, their supervisor, direct reports and roles",
      authenticated: true,
      response: { type: "object", properties: { person: PERSON_SCHEMA, roles: { type: "array", items: { type: "string" } } } },
      handler: (req, res) => {
        const me = req.actor!;
        const manager = directory.getManager(me.id);
        res.json({
          person: personView(directory, me),
          nip: me.nip,
          roles: me.roles,
          supervisor: manager ? personView(directory, manager) : null,
          directReports: directory.getDirectReports(me.id).map((p) => personView(directory, p)),
          organization: directory.organization.name,
        });
      },
    },
  ];
  if (localMode) {
    routes.push({
      method: "get",
      path: "/api/dev/people",
      summary: "Local mode only: the demo people the local sign-in can act as",
      authenticated: false,
      response: { type: "array", items: PERSON_SCHEMA },
      handler: (_req, res) => {
        res.json(directory.listPeople().map((p) => personView(directory, p)));
      },
    });
  }
  return routes;
}
