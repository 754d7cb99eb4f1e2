import { Compile, type Validator } from 'typebox/compile';
import type { TSchema } from 'typebox';
import { invalidField } from './errors.js';

const compiled = new WeakMap<TSchema, Validator>();

/**
 * Checks a value against its TypeBox schema (the same one the HTTP layer validates with) and throws a
 * VALIDATION_FAILED naming the first offending field as a dotted path, e.g. `victims.killed.min`.
 */
export function assertMatchesSchema(schema: TSchema, value: unknown, root = ''): void {
  let validator = compiled.get(schema);
  if (!validator) {
    validator = Compile(schema);
    compiled.set(schema, validator);
  }
  if (validator.Check(value)) return;
  const errors = validator.Errors(value);
  // "schema is false" repeats an additionalProperties error less clearly; prefer the named one.
  const error = errors.find((e) => e.keyword !== 'boolean') ?? errors[0];
  if (!error) throw invalidField(root || 'body', 'is invalid');
  const path = [root, ...error.instancePath.split('/').slice(1).map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))]
    .filter((part) => part !== '')
    .join('.')
    .replace(/\.(\d+)(?=\.|$)/g, '[$1]');
  const params = error.params as { additionalProperties?: string[]; allowedValues?: unknown[]; requiredProperties?: string[] };
  if (params.additionalProperties?.length) {
    const field = [path, params.additionalProperties[0]].filter(Boolean).join('.');
    throw invalidField(field, 'is not a known field');
  }
  if (params.requiredProperties?.length) {
    const field = [path, params.requiredProperties[0]].filter(Boolean).join('.');
    throw invalidField(field, 'is required');
  }
  if (params.allowedValues) {
    const shown = params.allowedValues.slice(0, 30).map(String).join(', ');
    throw invalidField(path || root || 'body', `unknown value ${JSON.stringify(valueAt(value, error.instancePath))}; allowed: ${shown}`, valueAt(value, error.instancePath));
  }
  throw invalidField(path || root || 'body', error.message, valueAt(value, error.instancePath));
}

function valueAt(value: unknown, pointer: string): unknown {
  let current = value;
  for (const part of pointer.split('/').slice(1)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}
