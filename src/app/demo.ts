import { createCase, findCase } from '../cases/cases.js';
import { ingestEvidence } from '../evidence/evidence.js';
import type { Dossier } from './open.js';

export const DEMO_CASE_ID = 'aleppo-ghouta-2016';

/** Our own summaries of publicly reported events, so a first start shows a case with real shape. */
const DEMO_FILES: Array<{ name: string; source: string; text: string }> = [
  {
    name: 'analyst-note-urum-al-kubra-convoy.txt',
    source: 'Analyst summary of the UN Commission of Inquiry on Syria, report of March 2017',
    text: [
      'Incident: air attack on a UN-backed humanitarian convoy, Urum al-Kubra, western Aleppo province.',
      'Date: 19 September 2016, evening.',
      'Reported consequences: 17 trucks destroyed; at least 14 aid workers killed.',
      'Attribution as reported: the Commission attributed the attack to the Syrian Air Force;',
      'remnants of Russian-made cluster munitions were reported; no Russian strike aircraft were reported nearby.',
      'Status in this demo: single source summary, not yet corroborated in Dossier.',
      '',
    ].join('\n'),
  },
  {
    name: 'analyst-note-eastern-aleppo-siege.txt',
    source: 'Analyst summary of the UN Commission of Inquiry on Syria, report of March 2017',
    text: [
      'Eastern Aleppo city: fully besieged by mid-July 2016; surrendered in December 2016.',
      'Reported means: aerial bombs, air-to-surface rockets, cluster munitions, incendiary bombs, barrel bombs, chlorine.',
      'Reported targets: hospitals, schools, markets, water stations, homes.',
      'One reported day: 42 sorties by Russian aircraft, at least 28 confirmed strikes in eastern Aleppo city.',
      '',
    ].join('\n'),
  },
  {
    name: 'analyst-note-erbin-chemical.txt',
    source: 'Analyst summary of press and UN reporting, early 2017',
    text: [
      'East Ghouta, early 2017: chemical attacks reported at least twice in Erbin (also spelled Arbin, Irbin).',
      'At least two people reported dead.',
      '',
    ].join('\n'),
  },
];

/** Creates the demo case and its files once; later starts leave everything as it is. */
export async function seedDemoCase(dossier: Dossier): Promise<boolean> {
  if (await findCase(dossier.database.db, DEMO_CASE_ID)) return false;
  const actor = 'demo:seed';
  await createCase(dossier, actor, {
    id: DEMO_CASE_ID,
    title: 'Eastern Aleppo and East Ghouta, 2016-2017 (demo)',
    description:
      'Demonstration case: siege and bombardment of eastern Aleppo (July-December 2016), the attack on the aid convoy at Urum al-Kubra, and chemical attacks in East Ghouta in early 2017.',
  });
  for (const file of DEMO_FILES) {
    await ingestEvidence(dossier, actor, {
      caseId: DEMO_CASE_ID,
      originalName: file.name,
      source: file.source,
      content: [Buffer.from(file.text, 'utf8')],
    });
  }
  return true;
}
