import { pathParameters, toOpenApiPath, type ApiRoute } from "./route-table";

const ERROR_SCHEMA = {
  type: "object",
  properties: {
    error: {
      type: "object",
      properties: {
        code: { type: "string" },
        message: { type: "object", properties: { id: { type: "string" }, en: { type: "string" } } },
      },
    },
  },
};

export function buildOpenApi(routes: readonly ApiRoute[], localMode: boolean): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const op: Record<string, unknown> = {
      summary: route.summary,
      parameters: pathParameters(route.path).map((name) => ({ name, in: "path", required: true, schema: { type: "string" } })),
      responses: {
        "200": { description: "OK", content: { [route.responseContentType ?? "application/json"]: { schema: route.response } } },
        "400": { description: "Invalid input", content: { "application/json": { schema: ERROR_SCHEMA } } },
        "401": { description: "No identity", content: { "application/json": { schema: ERROR_SCHEMA } } },
      },
      security: route.authenticated ? [{ teamsSso: [] }, ...(localMode ? [{ devUser: [] }] : [])] : [],
    };
    if (route.requestBody) {
      const types = route.requestContentTypes ?? ["application/json"];
      op.requestBody = { required: true, content: Object.fromEntries(types.map((t) => [t, { schema: route.requestBody }])) };
    }
    (paths[toOpenApiPath(route.path)] ??= {})[route.method] = op;
  }
  const securitySchemes: Record<string, unknown> = {
    teamsSso: { type: "http", scheme: "bearer", bearerFormat: "JWT", description: "Teams SSO token (getAuthToken)" },
  };
  if (localMode) securitySchemes.devUser = { type: "apiKey", in: "header", name: "X-Dev-User", description: "Local mode only" };
  return {
    openapi: "3.0.3",
    info: { title: "Kinerja ASN API", version: "0.1.0", description: "API of the Kinerja ASN tab (Pemerintah Kota Pontianak)" },
    paths,
    components: { securitySchemes },
  };
}
