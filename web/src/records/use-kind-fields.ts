import { useLoaded } from '../use-loaded.js';
import { loadCreateSchema } from './api-schemas.js';
import { formFields, type FieldDescriptor } from './schema-fields.js';

/** A kind's form fields, drawn from the create schema the API documents. */
export function useKindFields(plural: string): { fields?: FieldDescriptor[]; error?: string } {
  const { value, error } = useLoaded(() => loadCreateSchema(plural).then((schema) => formFields(schema)), [plural]);
  return { ...(value ? { fields: value } : {}), ...(error ? { error } : {}) };
}
