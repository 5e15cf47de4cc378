import { lazy, type ComponentType } from "react";
import type { ApiClient } from "../api/client";
import type { Me } from "../api/types";
import type { StringKey } from "../i18n/strings";
import { StaffHome } from "../screens/staff/StaffHome";
import { SupervisorHome } from "../screens/supervisor/SupervisorHome";

export interface ScreenProps {
  api: ApiClient;
  me: Me;
}

/**
 * One entry per screen of the navigation, shown only to whom it concerns. A new screen (SKP, planning, an
 * admin view once its API exists) is one folder under screens/ and one entry here; screens only some users
 * need can use React.lazy(() => import(...)) so they stay out of everyone's first load.
 */
export interface ScreenDef {
  /** Also the value of ?view= in the configurable tab's contentUrl. */
  key: string;
  label: StringKey;
  visible(me: Me): boolean;
  Component: ComponentType<ScreenProps>;
}

export const SCREENS: readonly ScreenDef[] = [
  { key: "home", label: "navHome", visible: () => true, Component: StaffHome },
  // Authority comes from the org directory: /api/me lists the direct reports the server knows of.
  { key: "team", label: "navTeam", visible: (me) => me.directReports.length > 0, Component: SupervisorHome },
  // Planning (SKP, team SKPs, Matriks Peran Hasil): their own chunks, loaded when opened.
  { key: "skp", label: "navSkp", visible: () => true, Component: lazy(async () => ({ default: (await import("../screens/staff/skp/SkpScreen.js")).SkpScreen })) },
  {
    key: "team-skp",
    label: "navTeamSkp",
    visible: (me) => me.directReports.length > 0,
    Component: lazy(async () => ({ default: (await import("../screens/supervisor/skp/TeamSkpScreen.js")).TeamSkpScreen })),
  },
  {
    key: "matrix",
    label: "navMatrix",
    visible: (me) => me.directReports.length > 0,
    Component: lazy(async () => ({ default: (await import("../screens/supervisor/matrix/MatrixScreen.js")).MatrixScreen })),
  },
  // Evaluation (issue 5): each its own chunk. Visibility only decides the menu; the server decides what each may read.
  {
    key: "my-eval",
    label: "navMyEval",
    visible: () => true,
    Component: lazy(async () => ({ default: (await import("../screens/staff/eval/MyEvaluationsScreen.js")).MyEvaluationsScreen })),
  },
  // Development (issue 8): my plan, recommended trainings with registration, JP towards 20, training done elsewhere.
  {
    key: "development",
    label: "navDevelopment",
    visible: () => true,
    Component: lazy(async () => ({ default: (await import("../screens/staff/development/DevelopmentScreen.js")).DevelopmentScreen })),
  },
  {
    key: "team-eval",
    label: "navTeamEval",
    visible: (me) => me.directReports.length > 0,
    Component: lazy(async () => ({ default: (await import("../screens/supervisor/eval/TeamEvaluationScreen.js")).TeamEvaluationScreen })),
  },
  // Admins, and heads of an OPD (JPT leading people): the OPD's indicators and coverage.
  {
    key: "opd-planning",
    label: "navOpdPlanning",
    visible: (me) => me.roles.includes("admin") || (me.person.jabatanType === "JPT" && me.directReports.length > 0),
    Component: lazy(async () => ({ default: (await import("../screens/admin/coverage/OpdPlanningScreen.js")).OpdPlanningScreen })),
  },
  // Admin Kinerja (BKPSDM) only, as the server's policy says (role "admin" in the directory). Its own chunk,
  // loaded only when opened (".js": TypeScript's node16 spelling; esbuild resolves it to the .tsx).
  {
    key: "admin",
    label: "navAdmin",
    visible: (me) => me.roles.includes("admin"),
    Component: lazy(async () => ({ default: (await import("../screens/admin/AdminHome.js")).AdminHome })),
  },
  // Socialization (issue 7), Admin Kinerja only: announcements and the adoption view, each its own chunk.
  {
    key: "announcements",
    label: "navAnnouncements",
    visible: (me) => me.roles.includes("admin"),
    Component: lazy(async () => ({ default: (await import("../screens/admin/announcements/AnnouncementsScreen.js")).AnnouncementsScreen })),
  },
  {
    key: "adoption",
    label: "navAdoption",
    visible: (me) => me.roles.includes("admin"),
    Component: lazy(async () => ({ default: (await import("../screens/admin/adoption/AdoptionScreen.js")).AdoptionScreen })),
  },
  // Competency (issue 8): the catalogue for the Pengelola Kompetensi (training.manage), the TNA for admins, the
  // Pengelola Kompetensi and heads of an OPD (competency.readOpd/readCity); each its own chunk.
  {
    key: "trainings",
    label: "navTrainings",
    visible: (me) => me.roles.includes("kompetensi"),
    Component: lazy(async () => ({ default: (await import("../screens/competency/TrainingsScreen.js")).TrainingsScreen })),
  },
  {
    key: "tna",
    label: "navTna",
    visible: (me) => me.roles.includes("admin") || me.roles.includes("kompetensi") || (me.person.jabatanType === "JPT" && me.directReports.length > 0),
    Component: lazy(async () => ({ default: (await import("../screens/competency/TnaScreen.js")).TnaScreen })),
  },
];

export function visibleScreens(me: Me): ScreenDef[] {
  return SCREENS.filter((s) => s.visible(me));
}
