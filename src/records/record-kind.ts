import type { TSchema } from 'typebox';
import type { Db } from '../db/schema.js';
import type { Gazetteer } from '../places/gazetteer.js';

export const RECORD_KINDS = [
  'incident',
  'act',
  'victim_group',
  'actor',
  'involvement',
  'site',
  'source',
  'claim',
  'qualification',
  'assessment',
  'context_event',
] as const;
export type RecordKindName = (typeof RECORD_KINDS)[number];

/** What the store copies out of a document into columns, so lists filter and sort without parsing JSON. */
export interface RecordIndex {
  title: string;
  parentId?: string | null;
  /** The incident a record describes (itself for an incident), for filters that reach through acts. */
  incidentId?: string | null;
  /** Undefined leaves the column as it is (see RecordKind.defaultStatus). */
  status?: string | null | undefined;
  date?: { earliest: string; latest: string } | null;
  place?: {
    lat: number | null;
    lon: number | null;
    west: number | null;
    south: number | null;
    east: number | null;
    north: number | null;
    admin1: string | null;
    admin2: string | null;
    community: string | null;
  } | null;
  terms?: { vocab: string; term: string }[];
  search?: { title: string; body: string } | null;
}

/** What a kind may look up while checking a document: other records of the same case, evidence, places. */
export interface PrepareContext {
  trx: Db;
  caseId: string;
  gazetteer: Gazetteer | undefined;
  /** The record being updated, absent on create. */
  recordId: string | undefined;
  /** Loads a record of this case or throws naming `field`; another case's record is "not found". */
  requireRecord(field: string, kind: RecordKindName | readonly RecordKindName[], id: string): Promise<StoredRecord>;
  /** Throws naming `field` unless the evidence item (by id) is linked to this case. */
  requireEvidence(field: string, evidenceId: string): Promise<void>;
}

export interface StoredRecord {
  id: string;
  kind: RecordKindName;
  caseId: string;
  rev: number;
  doc: Record<string, unknown>;
  incidentId: string | null;
}

/**
 * One kind of record: its schemas (the single source for validation, OpenAPI and the CLI), the checks JSON
 * Schema cannot express, and what to index. The store does the rest the same way for every kind.
 */
export interface RecordKind<Doc extends object = Record<string, unknown>> {
  name: RecordKindName;
  /** Id prefix (`inc`, `src`, …) and the plural used in URLs and messages. */
  idPrefix: string;
  plural: string;
  label: string;
  createSchema: TSchema;
  patchSchema: TSchema;
  /** What a read returns beyond the stored document (derived values such as a date's bounds). */
  viewSchema: TSchema;
  /** Assessments are judgements on a date: they are never edited, only followed by newer ones. */
  appendOnly?: boolean;
  /**
   * A status kept in the record's column but set by other records (an incident's grade comes from its latest
   * verification assessment): its initial value, and the field name it is shown under.
   */
  defaultStatus?: string;
  statusField?: string;
  /** Fields `prepare` adds to the document from other records; recomputed on every update. */
  derivedFields?: readonly string[];
  /** Runs in the write transaction after a version is stored, for effects on other records' columns. */
  afterWrite?(trx: Db, record: { id: string; caseId: string; doc: Doc }): Promise<void>;
  /** Validates references and values, returning the document in normal form. Throws naming the field. */
  prepare(ctx: PrepareContext, input: Doc): Promise<Doc>;
  index(doc: Doc): RecordIndex;
  /** Adds derived values for reading; pure. */
  present?(doc: Doc): Record<string, unknown>;
  /**
   * The shape of the kind's restricted part (a witness's identity, a protected site's exact place), given as
   * `restricted` on create and update: sealed under the case's key, never in the document, the search index,
   * lists or exports, and read only through a logged, permission-checked read.
   */
  restrictedSchema?: TSchema;
}
