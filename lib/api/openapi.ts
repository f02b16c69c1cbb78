import { z } from "zod";
import { ErrorSchema } from "./dto-schemas";
import { OPERATIONS, type Operation } from "./operations";

// The OpenAPI 3.1 document of /api/v1, generated from the operations list and the same zod
// schemas the data layer validates input with (OpenAPI 3.1 schemas are JSON Schema 2020-12,
// which is what zod 4's toJSONSchema writes). Named schemas (`.meta({ id })`) become components.

type JsonSchema = Record<string, unknown>;

const COMPONENT = "#/components/schemas/";

function componentId(schema: z.ZodType): string | undefined {
  const id = z.globalRegistry.get(schema)?.id;
  return typeof id === "string" ? id : undefined;
}

/** A reference to a named schema, or an array of them; anything else must be named first. */
function schemaRef(schema: z.ZodType): JsonSchema {
  const id = componentId(schema);
  if (id) return { $ref: COMPONENT + id };
  if (schema instanceof z.ZodArray) return { type: "array", items: schemaRef(schema.element as z.ZodType) };
  throw new Error("Name the schema with .meta({ id }) to use it in the OpenAPI document");
}

function inlineSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "any",
  }) as JsonSchema;
  return rest;
}

/** Every named schema, with references between them pointing at components. */
function components(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "any",
    uri: (id) => COMPONENT + id,
  }) as { schemas: Record<string, JsonSchema> };
  const all: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    const { $schema: _ignored, $id: _id, ...rest } = schema;
    all[id] = rest;
  }
  return all;
}

/** Keeps the components reachable from `roots` (the registry is global and may hold others' schemas). */
function reachable(all: Record<string, JsonSchema>, roots: unknown): Record<string, JsonSchema> {
  const kept: Record<string, JsonSchema> = {};
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== "object") return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === "$ref" && typeof inner === "string" && inner.startsWith(COMPONENT)) {
        const id = inner.slice(COMPONENT.length);
        if (!(id in kept) && all[id]) {
          kept[id] = all[id];
          visit(all[id]);
        }
      } else visit(inner);
    }
  };
  visit(roots);
  return Object.fromEntries(Object.entries(kept).sort(([a], [b]) => a.localeCompare(b)));
}

const ERROR_RESPONSES: Record<string, string> = {
  "400": "The body is not valid JSON (`bad_request`).",
  "401": "Not signed in, and the operation needs an account (`unauthorized`).",
  "403": "The caller's role does not allow it (`forbidden`), or a browser sent it from another site (`cross_origin`).",
  "404": "No such record, or one the caller may not read (`not_found`).",
  "409": "The record changed since the version sent (`conflict`, with `conflict` details).",
  "422": "The input does not validate (`validation`, with `fields`).",
  "500": "Unexpected server error (`internal`).",
};

function errorCodes(op: Operation): string[] {
  if (op.permission === null) return ["500"];
  const write = op.method !== "GET";
  const onRecord = op.path.includes("{id}");
  return [
    ...(write ? ["400"] : []),
    "401",
    "403",
    ...(onRecord || write ? ["404"] : []),
    ...(write && op.method !== "POST" ? ["409"] : []),
    ...(write || op.query ? ["422"] : []),
    "500",
  ];
}

function parameters(op: Operation): JsonSchema[] {
  const path = [...op.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: "path",
    required: true,
    schema: op.path.startsWith("/api/v1/member-states/")
      ? { type: "string", pattern: "^[A-Z]{2}$" }
      : { type: "string", format: "uuid" },
  }));
  const query = Object.entries(op.query?.shape ?? {}).map(([name, schema]) => ({
    name,
    in: "query",
    required: !(schema as z.ZodType).safeParse(undefined).success,
    schema: inlineSchema(schema as z.ZodType),
  }));
  // A route may use `locale` for something else (the report's language): then it documents it.
  if (op.query && "locale" in op.query.shape) return [...path, ...query];
  const locale = {
    name: "locale",
    in: "query",
    required: false,
    description: "Language of error messages; otherwise Accept-Language, otherwise Arabic.",
    schema: { type: "string", enum: ["ar", "en"] },
  };
  return [...path, ...query, locale];
}

function operationObject(op: Operation): JsonSchema {
  const success: JsonSchema =
    op.status === 204
      ? { description: "Done; no content." }
      : op.files
        ? {
            description: "The file.",
            content: Object.fromEntries(
              op.files.map((type) => [type, { schema: { type: "string", contentMediaType: type } }]),
            ),
          }
        : {
            description: op.permission === null ? "The OpenAPI document." : "Success.",
            content: {
              "application/json": {
                schema: op.response
                  ? { type: "object", required: ["data"], properties: { data: schemaRef(op.response) } }
                  : { type: "object" },
              },
            },
          };
  const errors = Object.fromEntries(
    errorCodes(op).map((code) => [
      code,
      {
        description: ERROR_RESPONSES[code],
        content: { "application/json": { schema: { $ref: `${COMPONENT}Error` } } },
      },
    ]),
  );
  return {
    operationId: op.operationId,
    summary: op.summary,
    tags: [op.tag],
    parameters: parameters(op),
    ...(op.body
      ? {
          requestBody: {
            required: true,
            content: { [op.bodyType ?? "application/json"]: { schema: schemaRef(op.body) } },
          },
        }
      : {}),
    responses: { [String(op.status)]: success, ...errors },
    ...(op.permission === null ? { security: [] } : {}),
  };
}

export function openApiDocument(serverUrl?: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const op of OPERATIONS) (paths[op.path] ??= {})[op.method.toLowerCase()] = operationObject(op);
  schemaRef(ErrorSchema);
  const schemas = reachable(components(), paths);
  schemas.Error ??= components().Error!;
  return {
    openapi: "3.1.0",
    info: {
      title: "Mutabaa API",
      version: "1",
      description:
        'Follow-up of the ARCP action plans. Authenticate with a personal API token (`Authorization: Bearer mtb_...`) or the browser session. Every write carries the `version` it was based on; a stale one answers 409. Errors are `{ "error": { "code", "message", "fields"? } }`, the message in the request\'s locale. See docs/api.md.',
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    security: [{ bearerToken: [] }, { sessionCookie: [] }, {}],
    paths,
    components: {
      schemas,
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "A personal API token, `mtb_...`." },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "mutabaa.session_token",
          description: "The browser's session (`__Secure-` prefixed over https).",
        },
      },
    },
  };
}
