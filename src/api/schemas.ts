/** JSON schemas of the API's bodies, for the OpenAPI document. */
export const PERSON_SCHEMA = {
  type: "object",
  properties: {
    id: { type: "string" },
    displayName: { type: "string" },
    jobTitle: { type: "string" },
    jabatanType: { type: "string" },
    unitId: { type: "string" },
    unitName: { type: "string" },
  },
};

export const REPORT_SCHEMA = {
  type: "object",
  properties: {
    id: { type: "string" },
    employeeId: { type: "string" },
    date: { type: "string", format: "date" },
    activity: { type: "string" },
    quantity: { type: "number" },
    unit: { type: "string" },
    evidenceUrl: { type: "string" },
    rhkId: { type: "string" },
    periodId: { type: "string" },
    createdAt: { type: "string", format: "date-time" },
    feedback: { type: "object", properties: { text: { type: "string" }, byId: { type: "string" }, at: { type: "string" } } },
  },
};

export const NEW_REPORT_SCHEMA = {
  type: "object",
  required: ["formId", "date", "activity"],
  properties: {
    formId: { type: "string", description: "Idempotency key chosen by the client (UUID)" },
    date: { type: "string", format: "date" },
    activity: { type: "string", maxLength: 2000 },
    quantity: { type: "number", minimum: 0 },
    unit: { type: "string", maxLength: 50 },
    evidenceUrl: { type: "string", format: "uri" },
    rhkId: { type: "string" },
  },
};
