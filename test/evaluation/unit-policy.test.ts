import { createFileDirectory } from "../../src/directory";
import type { OrgDirectory, Person } from "../../src/domain/org";
import { Authority } from "../../src/services/authority";
import { CalibrationUnits } from "../../src/services/calibration-units";
import { AccessPolicy } from "../../src/services/policy";
import { openTableStorage, type Repositories } from "../../src/storage";
import { uniquePrefix } from "../support/app-harness";
import { EVAL_ORG, NOW, UNIT } from "./eval-support";

let directory: OrgDirectory;
let repos: Repositories;
let policy: AccessPolicy;
const person = (name: string): Person => directory.listPeople().find((p) => p.displayName === name)!;
const unit = { kind: "unit", id: UNIT } as const;

beforeAll(async () => {
  directory = await createFileDirectory(EVAL_ORG);
  repos = await openTableStorage(process.env.TEST_STORAGE_CONNECTION_STRING!, uniquePrefix("unitpol"));
  policy = new AccessPolicy(directory, new Authority(directory, repos.acting), { now: () => NOW });
});

test("the calibration unit of a unit kerja: its head, the leader one level up, and the curve of the people rated inside it", () => {
  const units = new CalibrationUnits(directory);
  expect(units.headOf(UNIT)?.displayName).toBe("Dewi Anggraini");
  expect(units.leaderAbove(UNIT)?.displayName).toBe("Rudi Hartono");
  expect(units.curveMembers(UNIT)).toHaveLength(8);
  expect(units.curveMembers(UNIT).map((p) => p.displayName)).not.toContain("Dewi Anggraini");
  // The head is counted in the curve of the unit above, where her own supervisor sits.
  expect(units.curveMembers("dpmptsp").map((p) => p.displayName)).toEqual(["Dewi Anggraini"]);
  expect(units.unitOf(person("Dewi Anggraini").id)).toBe("dpmptsp");
  expect(units.unitHeadedBy(person("Dewi Anggraini").id)).toBe(UNIT);
  expect(units.unitHeadedBy(person("Andi Pratama").id)).toBeUndefined();
});

test.each([
  ["orgPredikat.set", "Rudi Hartono", true],
  ["orgPredikat.set", "Dewi Anggraini", false],
  ["orgPredikat.set", "Hasan Basri", false],
  ["orgPredikat.set", "Wulan Sari", false],
  ["evaluation.tetapkan", "Dewi Anggraini", true],
  ["evaluation.tetapkan", "Rudi Hartono", false],
  ["evaluation.tetapkan", "Andi Pratama", false],
  ["calibration.read", "Dewi Anggraini", true],
  ["calibration.read", "Rudi Hartono", true],
  ["calibration.read", "Hasan Basri", true],
  ["calibration.read", "Wulan Sari", true],
  ["calibration.read", "Andi Pratama", false],
  ["calibration.override", "Wulan Sari", true],
  ["calibration.override", "Rudi Hartono", false],
] as const)("%s on the unit as %s: %s", async (action, name, allowed) => {
  expect(await policy.allows(person(name), action, unit)).toBe(allowed);
});

test("a Plt/Plh recorded for the head may set the unit's predikat that day; an employee subject never matches a unit rule", async () => {
  const head = person("Dewi Anggraini");
  const acting = person("Bella Safitri");
  expect(await policy.allows(acting, "evaluation.tetapkan", unit)).toBe(false);
  await repos.acting.add({ supervisorId: head.id, actingId: acting.id, from: "2026-03-30", to: "2026-04-03", recordedById: person("Wulan Sari").id });
  expect(await policy.allows(acting, "evaluation.tetapkan", unit)).toBe(true);
  expect(await policy.allows(head, "evaluation.tetapkan", { kind: "employee", id: head.id })).toBe(false);
  expect(await policy.allows(head, "calibration.read", { kind: "unit", id: "no-such-unit" })).toBe(false);
});
