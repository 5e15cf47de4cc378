import { TableClient } from "@azure/data-tables";
import type { StoredEvaluation } from "../../src/services/evaluation-ports";
import { TableEvaluationRepository } from "../../src/storage/evaluation-repository";
import { uniquePrefix } from "../support/app-harness";

// The two reads added for the benchmarks' targets (bench/evaluation.ts): the projected calibration overview and
// the city-wide range query of one period, on Azurite.
let table: TableClient;
let repo: TableEvaluationRepository;

beforeAll(async () => {
  table = TableClient.fromConnectionString(process.env.TEST_STORAGE_CONNECTION_STRING!, `${uniquePrefix("evsum")}Evaluations`, { allowInsecureConnection: true });
  await table.createTable();
  repo = new TableEvaluationRepository(table);
});

function evaluation(periodId: string, unitId: string, employeeId: string, rated: boolean): StoredEvaluation {
  return {
    id: `${periodId}_${employeeId}`, employeeId, periodId, kind: "PERIODIK", state: rated ? "rated" : "draft", year: 2026, unitId, appliedForms: [],
    ...(rated
      ? { rating: { rhkAssessments: [], suggestedHasilKerja: "SESUAI", hasilKerja: "SESUAI", perilakuKerja: "DI_ATAS", perilakuFeedback: [], predikat: "BAIK", ratedById: "boss", ratedAt: "2026-03-31T03:00:00.000Z" } }
      : {}),
  } as StoredEvaluation;
}

test("a period's evaluations and calibrations of every unit come back in one range query, and nothing of other periods", async () => {
  for (const [p, u, e] of [["2026-bulanan-03", "unit-a", "e1"], ["2026-bulanan-03", "unit-b", "e2"], ["2026-bulanan-04", "unit-a", "e1"], ["2026-tahunan", "unit-a", "e1"]] as const) {
    await repo.create(evaluation(p, u, e, true));
  }
  await repo.saveCalibration({ periodId: "2026-bulanan-03", unitId: "unit-b", orgPredikat: "BAIK" });
  const march = await repo.listPeriod("2026-bulanan-03");
  expect(march.evaluations.map((e) => `${e.periodId}/${e.unitId}/${e.employeeId}`).sort()).toEqual(["2026-bulanan-03/unit-a/e1", "2026-bulanan-03/unit-b/e2"]);
  expect(march.calibrations).toMatchObject([{ unitId: "unit-b", orgPredikat: "BAIK" }]);
  expect((await repo.listPeriod("2026-tahunan")).evaluations).toHaveLength(1);
});

test("the unit overview reads state and predikat from columns, and from the document for rows written before the predikat column", async () => {
  await repo.create(evaluation("2026-bulanan-05", "unit-c", "rated-now", true));
  await repo.create(evaluation("2026-bulanan-05", "unit-c", "draft", false));
  const legacy = await repo.create(evaluation("2026-bulanan-05", "unit-c", "rated-before", true));
  const entity = await table.getEntity<Record<string, unknown>>("2026-bulanan-05|unit-c", legacy.employeeId);
  const { predikat: _dropped, etag: _etag, ...withoutColumn } = entity as Record<string, unknown> & { partitionKey: string; rowKey: string };
  await table.upsertEntity(withoutColumn as { partitionKey: string; rowKey: string }, "Replace");
  expect((await table.getEntity<Record<string, unknown>>("2026-bulanan-05|unit-c", legacy.employeeId)).predikat).toBeUndefined();

  await repo.saveCalibration({ periodId: "2026-bulanan-05", unitId: "unit-c", orgPredikat: "ISTIMEWA" });
  const { summaries, calibration } = await repo.listUnitSummaries("2026-bulanan-05", "unit-c");
  expect(summaries.sort((a, b) => a.employeeId.localeCompare(b.employeeId))).toEqual([
    { employeeId: "draft", state: "draft" },
    { employeeId: "rated-before", state: "rated", predikat: "BAIK" },
    { employeeId: "rated-now", state: "rated", predikat: "BAIK" },
  ]);
  expect(calibration).toMatchObject({ unitId: "unit-c", orgPredikat: "ISTIMEWA" });
});
