import type { Wording } from '../../../src/common/wording.js';
import { api, type EvidenceRow } from '../api.js';
import { fetchAllPages } from '../fetch-pages.js';
import type { ProvisionWords } from '../legal-text.js';
import { useLoaded } from '../use-loaded.js';
import type { CountView, DateView, PlaceView } from './values.js';

/** The records of an incident's file as the API returns them (GET /cases/:caseId/incidents/:id/file). */
export interface RecordBase {
  id: string;
  kind: string;
  rev: number;
  [field: string]: unknown;
}
export interface Incident extends RecordBase {
  title: string;
  types: string[];
  grade: string;
  narrative?: string;
  date?: DateView;
  place?: PlaceView;
  tags?: string[];
}
export interface Claim extends RecordBase {
  subject: { kind: string; id: string; field: string };
  stance: string;
  status?: string;
  value?: unknown;
  sourceId?: string;
  evidenceIds?: string[];
  excerpt?: string;
  credibility?: string;
  madeOn?: string;
  locator?: { page?: number; paragraph?: string; timecode?: string };
  /** The extraction (and its candidate) whose passage this claim quotes. */
  extraction?: { id: string; candidate: number };
  note?: string;
}
export interface Finding {
  subject: { kind: string; id: string; field: string };
  status: 'unsourced' | 'agreed' | 'conflicting' | 'disputed' | 'denied';
  value?: unknown;
  values: { claimId: string; sourceId?: string; value?: unknown }[];
  denials: string[];
}
export interface Involvement extends RecordBase {
  actId: string;
  actorIds: string[];
  eitherOr?: boolean;
  factualRole: string;
  attributionStatus: string;
  modeOfLiability?: string;
  standardReached?: string;
  claimIds?: string[];
  note?: string;
}
export interface Qualification extends RecordBase {
  provision: string;
  citation: string;
  conflictType: string;
  elements: { elementId: string; status: string; claimIds?: string[]; evidenceIds?: string[]; note?: string }[];
  assertedBy: { sourceId?: string; analyst?: string };
  warnings: Wording[];
  note?: string;
}
export interface FigureTotal {
  min: number;
  max: number | null;
  best: number | null;
  qualifier: string;
  parts: number;
  unknownParts: number;
}
export interface IncidentFile {
  incident: Incident;
  acts: RecordBase[];
  victimGroups: (RecordBase & { description?: string; killed?: CountView; injured?: CountView })[];
  involvements: Involvement[];
  qualifications: Qualification[];
  assessments: (RecordBase & { grade?: string; assessmentType: string; assessor?: string; assessedOn?: string; rationale?: string })[];
  claims: Record<string, Claim[]>;
  findings: Finding[];
  figures: Record<string, FigureTotal>;
}
export interface Source extends RecordBase {
  name: string;
  sourceType: string;
  reliability: string;
  partyToConflict: string;
  protectionLevel: string;
  url?: string;
  publishedOn?: string;
  evidenceIds?: string[];
}
/** A provision of the legal catalogue, with its words in French and Arabic (shown through ../legal-text.ts). */
export interface Provision extends ProvisionWords {
  id: string;
  citation: string;
  title: string;
  elements: { id: string; kind: string; summary: string }[];
}

/** Everything the incident page shows: the file, and the case's sources, actors and evidence it refers to. */
export interface IncidentContext {
  file: IncidentFile;
  sources: Map<string, Source>;
  actors: Map<string, { id: string; name: string }>;
  evidence: Map<string, EvidenceRow>;
  provisions: Map<string, Provision>;
}

export function useIncidentContext(caseId: string, incidentId: string, version: number): { context?: IncidentContext; error?: string } {
  const { value: context, error } = useLoaded(async (): Promise<IncidentContext> => {
    const base = `/cases/${encodeURIComponent(caseId)}`;
    const [file, sources, actors, evidence, legal] = await Promise.all([
      api<IncidentFile>('GET', `${base}/incidents/${encodeURIComponent(incidentId)}/file`),
      fetchAllPages<Source>(`${base}/sources`),
      fetchAllPages<{ id: string; name: string }>(`${base}/actors`),
      api<{ items: EvidenceRow[] }>('GET', `${base}/evidence`),
      api<{ provisions: Provision[] }>('GET', '/legal/provisions'),
    ]);
    return {
      file,
      sources: new Map(sources.items.map((s) => [s.id, s])),
      actors: new Map(actors.items.map((a) => [a.id, a])),
      evidence: new Map(evidence.items.map((e) => [e.id, e])),
      provisions: new Map(legal.provisions.map((p) => [p.id, p])),
    };
  }, [caseId, incidentId, version]);
  return { ...(context ? { context } : {}), ...(error ? { error } : {}) };
}
