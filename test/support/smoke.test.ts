import { TableClient } from "@azure/data-tables";

test("Azurite from the global setup accepts table writes and reads", async () => {
  const cs = process.env.TEST_STORAGE_CONNECTION_STRING!;
  const table = TableClient.fromConnectionString(cs, "smoke" + Date.now(), { allowInsecureConnection: true });
  await table.createTable();
  await table.createEntity({ partitionKey: "p", rowKey: "r", value: "x" });
  const e = await table.getEntity<{ value: string }>("p", "r");
  expect(e.value).toBe("x");
});
