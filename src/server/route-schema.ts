import type { TSchema } from 'typebox';

/**
 * A TypeBox schema as a route schema: a plain JSON Schema copy without nested `$id`s, because the same value
 * type (Count, Place…) appears in many routes and one validator must not see two schemas with one id.
 */
export function routeSchema(schema: TSchema | Record<string, unknown>): Record<string, unknown> {
  return strip(schema) as Record<string, unknown>;
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === '$id') continue;
    out[key] = strip(inner);
  }
  return out;
}

export const ProblemSchema = {
  type: 'object',
  description: 'RFC 9457 problem details; `field` names the offending input',
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    code: { type: 'string' },
    field: { type: 'string' },
  },
  required: ['type', 'title', 'status', 'detail', 'code'],
  additionalProperties: true,
} as const;

/** Error responses every route may give, for the OpenAPI document. */
export const problemResponses = {
  400: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
} as const;
