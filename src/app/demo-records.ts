import type { Static } from 'typebox';
import { actorKind, type ActorDoc } from '../actors/actor-kind.js';
import { involvementKind, type InvolvementDoc } from '../actors/involvement-kind.js';
import { actKind, type ActDoc } from '../incidents/act-kind.js';
import { contextEventKind, type ContextEventDoc } from '../incidents/context-event-kind.js';
import { incidentKind, type IncidentDoc } from '../incidents/incident-kind.js';
import { victimGroupKind, type VictimGroupDoc } from '../incidents/victim-group-kind.js';
import type { Gazetteer } from '../places/gazetteer.js';
import { assessmentKind, type AssessmentDoc } from '../qualifications/assessment-kind.js';
import { qualificationKind, type QualificationDoc } from '../qualifications/qualification-kind.js';
import type { RecordKind, RecordKindName } from '../records/record-kind.js';
import { createRecordIn, type RecordDeps } from '../records/record-store.js';
import type { Db } from '../db/schema.js';
import { siteKind, type SiteDoc } from '../sites/site-kind.js';
import { claimKind, type ClaimCreateSchema } from '../sources/claim-kind.js';
import { sourceKind, type SourceDoc } from '../sources/source-kind.js';
import type { Place } from '../values/place.js';
import type { VerificationGrade } from '../vocab/vocabularies.js';
import { seedAleppoIncidents } from './demo-aleppo.js';
import { seedConvoyAndGhouta } from './demo-convoy-ghouta.js';
import { seedSyntheticDemo } from './demo-synthetic.js';
import type { Dossier } from './open.js';

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
    if (index < 0) throw new Error(`demo data: note ${note.id} has no line with "${words}"`);
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
    if (!entry || !feature) throw new Error(`demo data: named area ${id} is not in data/geo`);
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
    if (!this.deps.gazetteer.byPcode(pcode)) throw new Error(`demo data: community ${pcode} is not in data/geo`);
    return { precision: 'settlement', pcodes: { community: pcode }, ...(asReported ? { asReported } : {}) };
  }
}

const PARAPHRASE = 'Demo source: its excerpts are paraphrases written for this sample case, not quotations.';

async function seedSources(s: DemoSeeder, notes: DemoNotes) {
  return {
    coi: await s.source({
      name: 'UN Independent International Commission of Inquiry on the Syrian Arab Republic',
      sourceType: 'un_body',
      reliability: 'A',
      partyToConflict: 'no',
      protectionLevel: 'public',
      publishedOn: '2017-03',
      description: 'Report of March 2017 on eastern Aleppo and East Ghouta; held in this case as analyst summaries (the notes).',
      evidenceIds: [notes.convoy.id, notes.siege.id],
    }),
    press: await s.source({
      name: 'International press agency (demo)',
      sourceType: 'media',
      reliability: 'B',
      partyToConflict: 'no',
      protectionLevel: 'public',
      description: `Wire reports from Aleppo and Damascus, 2016-2017. ${PARAPHRASE}`,
      evidenceIds: [notes.erbin.id],
    }),
    aid: await s.source({
      name: 'Humanitarian aid agency statement on the convoy (demo)',
      sourceType: 'ngo',
      reliability: 'B',
      partyToConflict: 'no',
      protectionLevel: 'public',
      publishedOn: '2016-09',
      description: `Statement by an agency whose staff and trucks were in the convoy. ${PARAPHRASE}`,
    }),
    medical: await s.source({
      name: 'Local medical NGO (demo)',
      sourceType: 'ngo',
      reliability: 'C',
      partyToConflict: 'unknown',
      protectionLevel: 'public',
      description: `Runs or supports health facilities in opposition-held areas. ${PARAPHRASE}`,
    }),
    government: await s.source({
      name: 'Government statement (party to the conflict, demo)',
      sourceType: 'official',
      reliability: 'D',
      partyToConflict: 'yes',
      protectionLevel: 'public',
      publishedOn: '2016-09',
      description: `Official statement by a government whose forces operated in the area. ${PARAPHRASE}`,
    }),
    witness: await s.source({
      name: 'Witness W-03',
      sourceType: 'witness',
      reliability: 'F',
      partyToConflict: 'no',
      protectionLevel: 'restricted',
      description: 'Pseudonym. Identity, contact details and the interview record are kept outside the demo; no first-hand track record yet.',
    }),
  };
}
export type DemoSources = Awaited<ReturnType<typeof seedSources>>;

async function seedActors(s: DemoSeeder) {
  const governmentForces = await s.actorRecord({
    name: 'Syrian government forces',
    names: { en: 'Syrian government forces', ar: 'القوات الحكومية السورية' },
    actorKind: 'organisation',
    actorType: 'state_armed_forces',
    countryCode: 'SY',
    description: 'The armed forces of the Syrian Arab Republic and the forces fighting under their command.',
  });
  return {
    governmentForces,
    syrianAirForce: await s.actorRecord({
      name: 'Syrian Arab Air Force',
      names: { en: 'Syrian Arab Air Force', ar: 'القوات الجوية العربية السورية' },
      actorKind: 'unit',
      actorType: 'state_armed_forces',
      countryCode: 'SY',
      parentUnits: [{ actorId: governmentForces, from: '2016', to: '2016', note: 'Recorded for the period of this case only.' }],
    }),
    russianAirForce: await s.actorRecord({
      name: 'Russian Aerospace Forces',
      names: { en: 'Russian Aerospace Forces', other: ['VKS'] },
      actorKind: 'unit',
      actorType: 'external_state_force',
      countryCode: 'RU',
      description: 'Air operations in Syria in support of the Syrian government from September 2015.',
    }),
    opposition: await s.actorRecord({
      name: 'Opposition armed group around western Aleppo (name not recorded)',
      actorKind: 'organisation',
      actorType: 'rebel_group',
      countryCode: 'SY',
      description: 'Armed opposition fighters who fired on government-held western Aleppo; the group is not named in the sources held.',
    }),
    unidentified: await s.actorRecord({
      name: 'Unidentified armed group',
      actorKind: 'organisation',
      actorType: 'unidentified_armed_group',
      description: 'Stands for a perpetrator the sources do not identify.',
    }),
  };
}
export type DemoActors = Awaited<ReturnType<typeof seedActors>>;

/** What the incident files refer to: ids of the sources and actors, and the notes to quote. */
export interface DemoRefs {
  sources: DemoSources;
  actors: DemoActors;
  notes: DemoNotes;
}

async function seedContextEvents(s: DemoSeeder, sources: DemoSources): Promise<void> {
  // A fixed point: looking Geneva up would load the world cities list (seconds) on the first start.
  const geneva: Place = { precision: 'settlement', geometry: { type: 'Point', coordinates: [6.14569, 46.20222] }, names: { en: 'Geneva' }, countryCode: 'CH' };
  const events: ContextEventDoc[] = [
    {
      eventKind: 'siege_start',
      title: 'Eastern Aleppo fully besieged',
      date: { edtf: '2016-07~', asReported: 'by mid-July 2016' },
      place: s.area('aleppo-east'),
      description: 'The last road into the opposition-held east of the city is cut; nobody and nothing gets in or out.',
      sourceIds: [sources.coi],
    },
    {
      eventKind: 'siege_end',
      title: 'Eastern Aleppo surrenders',
      date: { edtf: '2016-12', asReported: 'December 2016' },
      place: s.area('aleppo-east'),
      description: 'The remaining opposition-held districts surrender and their people are moved out.',
      sourceIds: [sources.coi],
    },
    {
      eventKind: 'security_council_vote',
      title: 'Security Council draft on helicopter sales vetoed by Russia and China',
      date: { edtf: '2017-02-28' },
      description: 'A draft resolution that would have barred selling helicopters to the Syrian government fails on two vetoes.',
      sourceIds: [sources.press],
    },
    {
      eventKind: 'peace_talks',
      title: 'Round of Geneva talks on Syria ends',
      date: { edtf: '2017-03~', asReported: 'early March 2017' },
      place: geneva,
      description: 'A round of UN-mediated intra-Syrian talks closes without agreement.',
      sourceIds: [sources.press],
    },
    {
      eventKind: 'peace_talks',
      title: 'Geneva talks due to resume',
      date: { edtf: '2017-03-21/2017-03-31', asReported: 'late March 2017' },
      place: geneva,
      description: 'Planned date for the next round, as announced when the previous one ended.',
      sourceIds: [sources.press],
    },
  ];
  for (const event of events) await s.contextEvent(event);
}

/**
 * The demo case's documentation: sources, actors, context events and the incidents with their acts,
 * victims, involvements, claims, legal qualifications and assessments, then the labelled synthetic data
 * (demo-synthetic.ts) the analyses need. Call once, right after the case and its notes are created; every
 * write goes through the record kinds' checks and the ledger.
 */
export async function seedDemoRecords(dossier: Dossier, actor: string, caseId: string, notes: DemoNotes): Promise<void> {
  const gazetteer = await dossier.places();
  // One transaction: a start interrupted half-way leaves no half-documented demo behind.
  await dossier.database.writeTransaction(async (trx) => {
    const s = new DemoSeeder({ database: dossier.database, ledger: dossier.ledger, gazetteer }, trx, actor, caseId);
    const sources = await seedSources(s, notes);
    const actors = await seedActors(s);
    await seedContextEvents(s, sources);
    const refs: DemoRefs = { sources, actors, notes };
    await seedAleppoIncidents(s, refs);
    await seedConvoyAndGhouta(s, refs);
    await seedSyntheticDemo({ database: dossier.database, ledger: dossier.ledger, gazetteer }, trx, actor, caseId);
  });
}
