import type { ContextEventDoc } from '../../incidents/context-event-kind.js';
import type { Place } from '../../values/place.js';
import { seedAleppoIncidents } from './aleppo.js';
import { seedConvoyAndGhouta } from './convoy-ghouta.js';
import { seedSyntheticDemo } from './synthetic.js';
import type { Dossier } from '../open.js';
import { DemoSeeder, type DemoNotes } from './seeder.js';
import { seedActors, seedSources, type DemoRefs, type DemoSources } from './sources-actors.js';

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
 * (synthetic.ts) the analyses need. Call once, right after the case and its notes are created; every
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
