import { api } from '../api.js';
import { translate } from '../i18n/active-locale.js';
import { recordsMessages } from './records.messages.js';
import type { JsonSchema } from './schema-fields.js';

/**
 * The forms are drawn from the API's own description of what it accepts: the OpenAPI document the server
 * generates from the same TypeBox schemas that validate the requests. Its request bodies are inline (the
 * server strips nested `$id`s), so a kind's create schema is found under its collection's POST.
 */
export interface OpenApiDocument {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>>;
}

export function requestSchema(doc: OpenApiDocument, method: 'post' | 'patch', path: string): JsonSchema | undefined {
  return doc.paths[`/api/v1${path}`]?.[method]?.requestBody?.content?.['application/json']?.schema;
}

export function createSchemaOf(doc: OpenApiDocument, plural: string): JsonSchema | undefined {
  return requestSchema(doc, 'post', `/cases/{caseId}/${plural}`);
}

let loading: Promise<OpenApiDocument> | undefined;

/** The OpenAPI document, fetched once per page load (it is large, and it changes only with the server). */
export function loadOpenApi(): Promise<OpenApiDocument> {
  loading ??= api<OpenApiDocument>('GET', '/openapi.json').catch((caught: unknown) => {
    loading = undefined;
    throw caught;
  });
  return loading;
}

export async function loadCreateSchema(plural: string): Promise<JsonSchema> {
  const schema = createSchemaOf(await loadOpenApi(), plural);
  if (!schema) throw new Error(translate(recordsMessages.noCreateSchema, { plural }));
  return schema;
}
