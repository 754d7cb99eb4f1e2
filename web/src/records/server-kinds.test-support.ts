import type { JsonSchema } from './schema-fields.js';

/**
 * The server's own kinds of record, with their TypeBox schemas, for the tests of this folder: the forms are
 * tested against the real schemas, never copies. The kinds' modules reach Node-only code (the gazetteer,
 * the database types) that the browser project's type check cannot see, so they are loaded at run time
 * (under vitest, in Node) by a specifier the type checker does not follow. The app itself never loads this:
 * it reads the same schemas from the API's OpenAPI document.
 */
export interface ServerKind {
  name: string;
  plural: string;
  idPrefix: string;
  label: string;
  appendOnly?: boolean;
  createSchema: JsonSchema;
  viewSchema: JsonSchema;
}

const RECORD_KINDS_MODULE = '../../../src/app/record-kinds.js';

export async function serverKinds(): Promise<ServerKind[]> {
  const module = (await import(/* @vite-ignore */ RECORD_KINDS_MODULE)) as { RECORD_KIND_LIST: ServerKind[] };
  return module.RECORD_KIND_LIST;
}

/** A kind's create schema exactly as TypeBox builds it (nested `$id`s and all). */
export async function createSchemaOfKind(name: string): Promise<JsonSchema> {
  const kind = (await serverKinds()).find((k) => k.name === name);
  if (!kind) throw new Error(`the server has no kind ${name}`);
  return kind.createSchema;
}
