import { createCase, findCase } from '../../cases/cases.js';
import { ingestEvidence } from '../../evidence/evidence.js';
import { seedDemoRecords } from './records.js';
import type { DemoNotes } from './seeder.js';
import type { Dossier } from '../open.js';

export const DEMO_CASE_ID = 'aleppo-ghouta-2016';

/** Our own summaries of publicly reported events, so a first start shows a case with real shape. */
const DEMO_FILES: Array<{ key: keyof DemoNotes; name: string; source: string; text: string }> = [
  {
    key: 'convoy',
    name: 'analyst-note-urum-al-kubra-convoy.txt',
    source: 'Analyst summary of the UN Commission of Inquiry on Syria, report of March 2017',
    text: [
      'Incident: air attack on a UN-backed humanitarian convoy, Urum al-Kubra, western Aleppo province.',
      'Date: 19 September 2016, evening.',
      'Reported consequences: 17 trucks destroyed; at least 14 aid workers killed.',
      'Attribution as reported: the Commission attributed the attack to the Syrian Air Force;',
      'remnants of Russian-made cluster munitions were reported; no Russian strike aircraft were reported nearby.',
      'Demo note: a summary in our own words, not a quotation of the report.',
      '',
    ].join('\n'),
  },
  {
    key: 'siege',
    name: 'analyst-note-eastern-aleppo-siege.txt',
    source: 'Analyst summary of the UN Commission of Inquiry on Syria, report of March 2017',
    text: [
      'Eastern Aleppo city: fully besieged by mid-July 2016; surrendered in December 2016.',
      'Reported means: aerial bombs, air-to-surface rockets, cluster munitions, incendiary bombs, barrel bombs, chlorine.',
      'Reported targets: hospitals, schools, markets, water stations, homes.',
      'One reported day: 42 sorties by Russian aircraft, at least 28 confirmed strikes in eastern Aleppo city.',
      'Reported: the government kept food and medicine from entering the besieged districts.',
      'Reported: health facilities attacked from the air again and again.',
      'Reported: for one week, toxic chemicals dropped every day on a single neighbourhood.',
      'Reported: opposition rockets fired on government-held western Aleppo.',
      'After the surrender: summary executions and disappearances reported.',
      'After the surrender: forced deportation of at least 1,000 people reported.',
      '',
    ].join('\n'),
  },
  {
    key: 'erbin',
    name: 'analyst-note-erbin-chemical.txt',
    source: 'Analyst summary of press and UN reporting, early 2017',
    text: [
      'East Ghouta, early 2017: chemical attacks reported at least twice in Erbin (also spelled Arbin, Irbin).',
      'At least two people reported dead.',
      '',
    ].join('\n'),
  },
];

/**
 * Creates the demo case, its files and their documentation (see records.ts) once; later starts leave
 * everything as it is.
 */
export async function seedDemoCase(dossier: Dossier): Promise<boolean> {
  const existing = await findCase(dossier.database.db, DEMO_CASE_ID);
  // The documentation is written in one transaction, last: a case without it is a seed that was cut off.
  if (existing && (await hasRecords(dossier))) return false;
  const actor = 'demo:seed';
  if (!existing) await createCase(dossier, actor, {
    id: DEMO_CASE_ID,
    title: 'Eastern Aleppo and East Ghouta, 2016-2017 (demo)',
    description:
      'Demonstration case: siege and bombardment of eastern Aleppo (July-December 2016), the attack on the aid convoy at Urum al-Kubra, and chemical attacks in East Ghouta in early 2017.',
  });
  const notes: Partial<DemoNotes> = {};
  for (const file of DEMO_FILES) {
    const { item } = await ingestEvidence(dossier, actor, {
      caseId: DEMO_CASE_ID,
      originalName: file.name,
      source: file.source,
      content: [Buffer.from(file.text, 'utf8')],
    });
    notes[file.key] = { id: item.id, text: file.text };
  }
  await seedDemoRecords(dossier, actor, DEMO_CASE_ID, notes as DemoNotes);
  return true;
}

async function hasRecords(dossier: Dossier): Promise<boolean> {
  const row = await dossier.database.db.selectFrom('records').select('id').where('case_id', '=', DEMO_CASE_ID).limit(1).executeTakeFirst();
  return row !== undefined;
}
