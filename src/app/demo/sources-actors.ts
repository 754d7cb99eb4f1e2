/**
 * The demo's sources and actors, written first: the incident files (aleppo.ts, convoy-ghouta.ts) cite them
 * through DemoRefs.
 */
import type { DemoNotes, DemoSeeder } from './seeder.js';

const PARAPHRASE = 'Demo source: its excerpts are paraphrases written for this sample case, not quotations.';

export async function seedSources(s: DemoSeeder, notes: DemoNotes) {
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

export async function seedActors(s: DemoSeeder) {
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
