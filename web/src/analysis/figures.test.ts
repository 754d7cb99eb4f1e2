import { afterEach, describe, expect, it } from 'vitest';
import { describeTotal } from '../../../src/values/count-words.js';
import { setActiveLocale } from '../i18n/active-locale.js';
import { binPeriodText, binTickText, isoRangeText } from '../timeline/time-format.js';
import { timelineNotes } from '../timeline/timeline-notes.js';
import type { TimelineModel } from '../timeline/incident-timeline.js';
import { incidentsText, percentText, periodText, victimTotalText } from './figures.js';
import { waveParametersText } from './where-rows.js';

afterEach(() => {
  setActiveLocale('en', undefined);
});

const NNBSP = '\u202f';
const week = { key: '2016-09-19', start: Date.UTC(2016, 8, 19), end: Date.UTC(2016, 8, 26) };

describe('figures in words, in the reader’s language', () => {
  it('counts incidents with Arabic’s six plural forms, in Arabic-Indic digits when chosen', () => {
    setActiveLocale('ar', 'arab');
    expect([0, 1, 2, 3, 11, 100].map(incidentsText)).toEqual(['لا حوادث', 'حادثة واحدة', 'حادثتان', '٣ حوادث', '١١ حادثةً', '١٠٠ حادثة']);
    setActiveLocale('ar', 'latn');
    expect(incidentsText(11)).toBe('11 حادثةً');
  });

  it('counts incidents in French with one for 0 and 1', () => {
    setActiveLocale('fr', undefined);
    expect([0, 1, 2].map(incidentsText)).toEqual(['0 incident', '1 incident', '2 incidents']);
  });

  it('says a victim total as the API does in English, and in the reader’s words and digits otherwise', () => {
    const totals = [
      { min: 0, max: null, qualifier: 'none', parts: 0, unknownParts: 0 },
      { min: 0, max: null, qualifier: 'unknown', parts: 2, unknownParts: 2 },
      { min: 14, max: 14, qualifier: 'exact', parts: 1, unknownParts: 0 },
      { min: 1016, max: null, qualifier: 'at_least', parts: 40, unknownParts: 3 },
      { min: 14, max: 20, qualifier: 'range', parts: 2, unknownParts: 0 },
    ] as const;
    expect(totals.map(victimTotalText)).toEqual(totals.map(describeTotal));
    setActiveLocale('fr', undefined);
    expect(victimTotalText(totals[3])).toBe(`au moins 1${NNBSP}016 (3 chiffres inconnus sur 40)`);
    setActiveLocale('ar', 'arab');
    expect(victimTotalText(totals[3])).toBe('١٬٠١٦ على الأقل (عدد الأرقام غير المعروفة: ٣ من ٤٠)');
    expect(victimTotalText(totals[4])).toBe('١٤–٢٠');
  });

  it('words the waves’ parameters as one sentence, with plurals, in each language', () => {
    const parameters = { waveKm: 2.5, waveDays: 1, waveMinIncidents: 2 };
    expect(waveParametersText(parameters)).toContain('groups of at least 2 incidents (DBSCAN), two incidents being neighbours when their points are at most 2.5 km apart and their dates at most 1 day apart');
    setActiveLocale('fr', undefined);
    expect(waveParametersText(parameters)).toContain('groupes d’au moins 2 incidents (DBSCAN), deux incidents étant voisins lorsque leurs points sont distants d’au plus 2,5 km et leurs dates d’au plus 1 jour');
    setActiveLocale('ar', 'arab');
    expect(waveParametersText(parameters)).toContain('مجموعات من حادثتين على الأقل');
    expect(waveParametersText(parameters)).toContain('على ٢٫٥ كم ولا يزيد الفارق بين تاريخيهما على يوم واحد');
  });

  it('gives shares as percentages in the reader’s digits and spacing', () => {
    expect(percentText(0.2307)).toBe('23.1%');
    // Rounded as toFixed rounds the binary value (3.15 is a hair below it), as the page always did.
    expect(percentText(0.0315)).toBe(`${(0.0315 * 100).toFixed(1)}%`);
    setActiveLocale('fr', undefined);
    // A no-break space before the sign (which one depends on the ICU data: U+00A0 or U+202F).
    expect(percentText(0.2307)).toMatch(/^23,1[\u00a0\u202f]%$/);
    setActiveLocale('ar', 'arab');
    expect(percentText(0.2307)).toMatch(/^٢٣٫١٪/);
  });
});

describe('ISO days in sentences', () => {
  it('stay whole in Arabic, isolated left to right; untouched in French and English', () => {
    expect(periodText('2016-09-19', '2016-09-25')).toBe('2016-09-19 to 2016-09-25');
    setActiveLocale('fr', undefined);
    expect(periodText('2016-09-19', '2016-09-25')).toBe('du 2016-09-19 au 2016-09-25');
    setActiveLocale('ar', 'arab');
    expect(periodText('2016-09-19', '2016-09-25')).toBe('من \u20662016-09-19\u2069 إلى \u20662016-09-25\u2069');
  });
});

describe('dates on axes and in tooltips, through the active locale', () => {
  it('names months and orders days as the language does, in UTC', () => {
    setActiveLocale('fr', undefined);
    expect(binTickText('2016-09', 'month')).toBe('sept. 2016');
    expect(binTickText('2016-09-19', 'week')).toBe('19 sept. 2016');
    expect(binPeriodText(week, 'week')).toBe('semaine 19–25 sept. 2016');
    setActiveLocale('ar', 'arab');
    expect(binTickText('2016-09', 'month')).toBe('سبتمبر ٢٠١٦');
    expect(binTickText('2016-09-19', 'day')).toBe('١٩ سبتمبر ٢٠١٦');
    expect(isoRangeText('2016-09-01', '2016-09-30')).toBe('١–٣٠ سبتمبر ٢٠١٦');
  });
});

describe('the timeline’s notes in Arabic', () => {
  it('say each count with its plural form and each unit by name', () => {
    setActiveLocale('ar', 'arab');
    const model = { unit: 'week', pinned: [{}, {}], spanned: [{}, {}, {}], undated: [], clipped: false, bins: [], beforeShown: [] } as unknown as TimelineModel;
    expect(timelineNotes(model)).toEqual([
      'حادثتان مؤرختان ضمن أسبوع واحد، محتسبة في الأعمدة.',
      '٣ حوادث بتواريخ أقل يقينًا من أن تُحصر في أسبوع واحد، غير محتسبة في أي عمود: تُرسم امتدادات على كل أسبوع يمكن أن تقع فيه.',
    ]);
  });
});
