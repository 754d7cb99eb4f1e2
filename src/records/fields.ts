import { Type, type TSchema } from 'typebox';

/** Schema pieces every kind uses, so the same field reads the same everywhere (and in OpenAPI). */
export const Text = (maxLength: number, description?: string) =>
  Type.String({ minLength: 1, maxLength, ...(description ? { description } : {}) });

export const Reference = (prefix: string, description: string) =>
  Type.String({ pattern: `^${prefix}_[0-9a-z]{26}$`, description });

export const Terms = <T extends readonly string[]>(terms: T, description: string, options: { minItems?: number } = {}) =>
  Type.Array(Type.Enum(terms), { uniqueItems: true, maxItems: 50, description, ...options });

export const CalendarDay = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date', description: 'YYYY-MM-DD' });

/** A create schema's fields, all optional and nullable (null removes an optional field): a PATCH body. */
export function patchOf(create: { properties: Record<string, TSchema> }, description: string): TSchema {
  const properties: Record<string, TSchema> = {};
  for (const [name, schema] of Object.entries(create.properties)) {
    // Null first: with type coercion on, a validator trying the other branch first could turn null into "".
    properties[name] = Type.Optional(Type.Union([Type.Null(), stripOptional(schema)]));
  }
  return Type.Object(properties, { additionalProperties: false, minProperties: 1, description });
}

function stripOptional(schema: TSchema): TSchema {
  const { ['~optional']: _optional, ...rest } = schema as TSchema & { '~optional'?: boolean };
  return rest as TSchema;
}

/** The stamps every record view carries before its own fields. */
export const RecordStamps = {
  id: Type.String(),
  kind: Type.String(),
  caseId: Type.String(),
  rev: Type.Integer({ minimum: 1 }),
  createdAt: Type.String({ format: 'date-time' }),
  createdBy: Type.String(),
  updatedAt: Type.String({ format: 'date-time' }),
  updatedBy: Type.String(),
  hasRestricted: Type.Optional(Type.Boolean({ description: 'The record has a restricted part, readable at …/restricted by those allowed' })),
};
