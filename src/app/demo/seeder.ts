/**
 * What every part of the demo's documentation shares: the notes it quotes, its analyst, and DemoSeeder, which
 * writes one record at a time through the record store. In a file of its own so the parts (records.ts,
 * aleppo.ts, convoy-ghouta.ts) import it without importing each other.
 */
import type { Static } from 'typebox';
import { actorKind, type ActorDoc } from '../../actors/actor-kind.js';
import { involvementKind, type InvolvementDoc } from '../../actors/involvement-kind.js';
import { actKind, type ActDoc } from '../../incidents/act-kind.js';
import { contextEventKind, type ContextEventDoc } from '../../incidents/context-event-kind.js';
import { incidentKind, type IncidentDoc } from '../../incidents/incident-kind.js';
import { victimGroupKind, type VictimGroupDoc } from '../../incidents/victim-group-kind.js';
import type { Gazetteer } from '../../places/gazetteer.js';
import { assessmentKind, type AssessmentDoc } from '../../qualifications/assessment-kind.js';
import { qualificationKind, type QualificationDoc } from '../../qualifications/qualification-kind.js';
import type { RecordKind, RecordKindName } from '../../records/record-kind.js';
import { createRecordIn, type RecordDeps } from '../../records/record-store.js';
import type { Db } from '../../db/schema.js';
import { siteKind, type SiteDoc } from '../../sites/site-kind.js';
import { claimKind, type ClaimCreateSchema } from '../../sources/claim-kind.js';
import { sourceKind, type SourceDoc } from '../../sources/source-kind.js';
import type { Place } from '../../values/place.js';
import type { VerificationGrade } from '../../vocab/vocabularies.js';
import { InvariantError } from '../../common/errors.js';

/** One of the demo's analyst notes, as ingested: its evidence id and its text (claims quote its lines). */
export interface DemoNote {
  id: string;
  text: string;
}
export type DemoNotes = Record<'convoy' | 'siege' | 'erbin', DemoNote>;

type ClaimInput = Static<typeof ClaimCreateSchema>;
type Subject = ClaimInput['subject'];

/** The demo's own analyst, who records the verification grades and our qualifications. */
export const DEMO_ANALYST = 'Demo analyst (Dossier sample data)';

/**
 * Writes the demo case's documentation through the ordinary record store, so every record is checked by its
 * kind and logged in the custody ledger like any analyst's work. Each helper creates one record and returns
 * its id; claims default to `accepted`, since the demo shows figures as an analyst would after review.
 */
export class DemoSeeder {
  readonly analyst = DEMO_ANALYST;

  constructor(
    private readonly deps: RecordDeps & { gazetteer: Gazetteer },
    private readonly trx: Db,
    private readonly actor: string,
    private readonly caseId: string,
  ) {}

  private async create(kind: RecordKind<any>, input: object): Promise<string> {
    return (await createRecordIn(this.deps, this.trx, kind, this.actor, this.caseId, input)).id;
  }

  source = (input: SourceDoc) => this.create(sourceKind, input);
  actorRecord = (input: ActorDoc) => this.create(actorKind, input);
  contextEvent = (input: ContextEventDoc) => this.create(contextEventKind, input);
  site = (input: SiteDoc) => this.create(siteKind, input);
  incident = (input: IncidentDoc) => this.create(incidentKind, input);
  act = (incidentId: string, input: Omit<ActDoc, 'incidentId'>) => this.create(actKind, { incidentId, ...input });
  victims = (incidentId: string, input: Omit<VictimGroupDoc, 'incidentId'>) => this.create(victimGroupKind, { incidentId, ...input });
  involvement = (input: InvolvementDoc) => this.create(involvementKind, input);
  qualification = (input: QualificationDoc) => this.create(qualificationKind, input);
  assessment = (input: AssessmentDoc) => this.create(assessmentKind, input);
  claim = (input: ClaimInput) => this.create(claimKind, { status: 'accepted', ...input });

  /** The subject of a claim: one field of one record. */
  about(kind: RecordKindName, id: string, field: string): Subject {
    return { kind, id, field };
  }

  /**
   * Where a claim sits in one of the demo notes: the note as evidence, the whole line holding `words` as the
   * excerpt, and the line number as locator. Throws if the note no longer says it.
   */
  quote(note: DemoNote, words: string): Pick<ClaimInput, 'evidenceIds' | 'excerpt' | 'locator'> {
    const lines = note.text.split('\n');
    const index = lines.findIndex((line) => line.includes(words));
    if (index < 0) throw new InvariantError(`demo data: note ${note.id} has no line with "${words}"`);
    return { evidenceIds: [note.id], excerpt: lines[index]!, locator: { paragraph: `line ${index + 1}` } };
  }

  /** Our analyst's verification grade for an incident (the incident's displayed grade is the latest one). */
  verify(incidentId: string, grade: VerificationGrade, assessedOn: string, rationale: string, method?: string): Promise<string> {
    return this.assessment({
      object: { kind: 'incident', id: incidentId },
      assessmentType: 'verification',
      assessor: DEMO_ANALYST,
      assessedOn,
      grade,
      rationale,
      ...(method ? { method } : {}),
    });
  }

  /** A named area (polygon) from the gazetteer, e.g. aleppo-east. */
  area(id: string, asReported?: string): Place {
    const entry = this.deps.gazetteer.byPcode(id);
    const feature = this.deps.gazetteer.namedArea(id);
    if (!entry || !feature) throw new InvariantError(`demo data: named area ${id} is not in data/geo`);
    return {
      precision: 'named_region',
      namedArea: id,
      geometry: feature.geometry,
      names: { en: entry.name, ...(entry.nameAr ? { ar: entry.nameAr } : {}) },
      ...(entry.admin1 ? { pcodes: { admin1: entry.admin1.pcode } } : {}),
      countryCode: 'SY',
      ...(asReported ? { asReported } : {}),
    };
  }

  /** A town or village by its OCHA community P-code; the store adds its admin codes and point. */
  community(pcode: string, asReported?: string): Place {
    if (!this.deps.gazetteer.byPcode(pcode)) throw new InvariantError(`demo data: community ${pcode} is not in data/geo`);
    return { precision: 'settlement', pcodes: { community: pcode }, ...(asReported ? { asReported } : {}) };
  }
}
