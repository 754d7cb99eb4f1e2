// The analyses run here for real, and tempo's and compare's intervals need jStat's types, which the server declares.
/// <reference path="../../../src/types/jstat.d.ts" />
import { afterEach, describe, expect, it } from 'vitest';
import { compare } from '../../../src/analysis/compare.js';
import { pattern } from '../../../src/analysis/pattern.js';
import { sequence } from '../../../src/analysis/sequence.js';
import type { SnapshotPlace } from '../../../src/analysis/snapshot.js';
import { tempo } from '../../../src/analysis/tempo.js';
import { addDays, contextEvent, incident, snapshotOf } from '../../../src/analysis/test-snapshot.js';
import { where } from '../../../src/analysis/where.js';
import { methodText } from '../analysis/envelope-words.js';
import { patternSections } from '../analysis/pattern-figures.js';
import { methodWordings, noBusiestText, noOverlapText, noShareText } from '../analysis/result-wordings.js';
import { overlapWords } from '../analysis/sequence-rows.js';
import { notCombinedText, ratioRows } from '../analysis/tempo-rows.js';
import { setActiveLocale } from './active-locale.js';
import { wordingText } from './wording.js';

const place = (admin1: string): SnapshotPlace => ({ admin1, admin2: null, admin3: null, community: null, area: null, lat: 33.5, lon: 36.3 });
const by = (actorIds: string[]) => ({ actorIds, eitherOr: false, factualRole: 'carried_out', attributionStatus: 'alleged_by_source', standardReached: null });

/** Incidents on the 1st, 5th, 11th… of each month of 2024, and two context events a day apart. */
function year() {
  const incidents = [];
  for (let date = '2024-01-01'; date <= '2024-12-31'; date = addDays(date, 1)) if (/[15]$/.test(date)) incidents.push(incident(`i_${date}`, { first: date }, { place: place('SY01') }));
  const contextEvents = [contextEvent('evt_a', { first: '2024-03-01' }, { title: 'Talks' }), contextEvent('evt_b', { first: '2024-03-02' }, { title: 'Truce' })];
  return snapshotOf({ incidents, contextEvents });
}

/** Each line said in each language, by the functions the pages call. */
function inEach<T>(say: () => T): Record<'en' | 'fr' | 'ar', T> {
  const said = {} as Record<'en' | 'fr' | 'ar', T>;
  for (const locale of ['en', 'fr', 'ar'] as const) {
    setActiveLocale(locale, undefined);
    said[locale] = say();
  }
  return said;
}

describe('what the analyses say, in the reader’s language', () => {
  afterEach(() => setActiveLocale('en', undefined));

  it('says a method’s name and assumptions, with its figures in the reader’s digits, and leaves a line it does not know in English', () => {
    const result = tempo(year(), { bin: 'month' });
    const poisson = methodWordings(result).assumptions[6]!;
    const said = inEach(() => ({ name: methodText(result), poisson: wordingText(poisson) }));
    expect(said.en).toEqual({ name: 'tempo, version 1', poisson: result.method.assumptions[6] });
    expect(said.fr.name).toBe('rythme, version 1');
    expect(said.fr.poisson).toContain('l’intervalle conditionnel exact à 95 %');
    expect(said.fr.poisson).toContain('aucun rapport n’est donné et tooFew en dit la raison');
    expect(said.ar.name).toBe('الوتيرة، الإصدار 1');
    expect(said.ar.poisson).toContain('الفترة الشرطية الدقيقة بنسبة ٩٥٪');
    const older = { ...result, method: { ...result.method, assumptions: ['A line an older version wrote.', ...result.method.assumptions.slice(1)] } };
    expect(methodWordings(older).assumptions.map((wording) => wording?.code ?? null).slice(0, 2)).toEqual([null, 'analysis.tempo.expected']);
    const pinned = pattern(snapshotOf({ incidents: [incident('x', { first: '2016-03-01' })] }));
    setActiveLocale('ar', undefined);
    expect(methodText(pinned)).toBe('نمط السلوك: الحجم والانتشار والمدى والانتظام وأسلوب العمل المتكرر والضحايا والإسناد، الإصدار 1');
    expect(methodText(where(year(), { level: 'admin1' }))).toBe('الأماكن والموجات، الإصدار 1');
  });

  it('says why tempo gives no ratio and no superposed figure, the anchors named as the page names them', () => {
    const result = tempo(year(), { bin: 'month', around: { eventIds: ['evt_a', 'evt_b'] }, windowDays: 3 });
    const said = inEach(() => ({ ratio: ratioRows(result)[0]!.reason, superposed: notCombinedText(result) }));
    expect(said.en).toEqual({ ratio: result.windows![0]!.tooFew, superposed: 'notCombined' in result.combined! ? result.combined.notCombined : null });
    expect(said.fr.ratio).toBe('trop peu d’incidents pour conclure : 1 incident daté avec certitude dans les fenêtres avant et après de 3 jours chacune, réunies, moins que les 5 requis pour un rapport de taux');
    expect(said.fr.superposed).toBe(
      'les fenêtres de « Talks (2024-03-01) » et de « Truce (2024-03-02) » se chevauchent (1 jour d’écart, fenêtres de 3 jours) : un incident situé entre les deux compterait après l’un et avant l’autre ; écartez l’un des deux pour superposer les autres',
    );
    expect(said.ar.ratio).toBe('الحوادث أقل من أن يُستخلص منها شيء: حادثة واحدة مؤرخة يقينًا في نافذتي «قبل» و«بعد» مجتمعتين، وطول كل منهما ٣ أيام، وهذا أقل من ٥ اللازمة لنسبة المعدل');
    expect(said.ar.superposed).toMatch(/^تتداخل نافذتا «Talks \(.+\)» و«Truce \(.+\)» \(بينهما يوم واحد، وطول النافذة ٣ أيام\)/);
  });

  it('says why a sequence has no busiest month and no overlap', () => {
    const across = [incident('a', { first: '2024-01-30', last: '2024-02-02' }, { place: place('SY01') })];
    const result = sequence(snapshotOf({ incidents: across, placeNames: { SY01: 'Aleppo' } }), { level: 'admin1' });
    const said = inEach(() => ({ busiest: noBusiestText(result.places[0]!), overlap: noOverlapText(result), sentence: overlapWords(result) }));
    expect(said.en).toMatchObject({ busiest: result.places[0]!.busiestReason, overlap: 'only 1 place at level admin1: overlap needs at least two' });
    expect(said.fr).toMatchObject({ busiest: 'aucun incident de ce lieu n’est daté à l’intérieur d’un seul mois civil', overlap: '1 seul lieu au niveau « gouvernorat (admin 1) » : le chevauchement en demande au moins deux' });
    expect(said.ar.overlap).toBe('مكان واحد فقط على مستوى المحافظة: يتطلب التداخل مكانين على الأقل');
    expect(said.ar.sentence).toContain('لا رقم للتداخل: مكان واحد فقط');
  });

  it('says why a party has no share of attacks on protected objects, in each language’s plural', () => {
    const actors = [{ id: 'air', name: 'Air', actorKind: 'unit', superiors: [] }];
    const party = (attacks: number) =>
      compare(snapshotOf({ incidents: Array.from({ length: attacks }, (_, i) => incident(`a${i}`, { first: '2024-01-01' }, { targets: ['hospital'], involvements: [by(['air'])] })), actors })).parties[0]!;
    const [one, two, three] = [party(1), party(2), party(3)];
    const said = inEach(() => [one, two, three].map(noShareText));
    expect(said.en).toEqual([one, two, three].map((p) => p.protectedShareBasis.reason));
    expect(said.fr[0]).toBe('trop peu d’incidents pour conclure : 1 incident attribué enregistre une cible, moins que le minimum de 5');
    expect(said.fr[2]).toBe('trop peu d’incidents pour conclure : 3 incidents attribués enregistrent une cible, moins que le minimum de 5');
    expect(said.ar).toEqual([
      'الحوادث أقل من أن يُستخلص منها شيء: تسجّل حادثة منسوبة واحدة هدفًا، وهذا أقل من الحد الأدنى البالغ ٥',
      'الحوادث أقل من أن يُستخلص منها شيء: تسجّل حادثتان منسوبتان هدفًا، وهذا أقل من الحد الأدنى البالغ ٥',
      'الحوادث أقل من أن يُستخلص منها شيء: تسجّل ٣ حوادث منسوبة هدفًا، وهذا أقل من الحد الأدنى البالغ ٥',
    ]);
  });

  it('says why a pattern has no regularity, in its time section’s note', () => {
    const result = pattern(snapshotOf({ incidents: [incident('x', { first: '2016-03-01' }), incident('y', null)] }));
    const note = () => patternSections(result, (_vocabulary, id) => id)[2]!.note;
    expect(inEach(note)).toEqual({
      en: 'only one dated incident: regularity needs at least two',
      fr: 'un seul incident daté : la régularité en demande au moins deux',
      ar: 'حادثة مؤرخة واحدة فقط: يتطلب الانتظام حادثتين مؤرختين على الأقل',
    });
  });
});
