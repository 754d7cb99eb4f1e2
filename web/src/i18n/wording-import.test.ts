// The row parser's types reach the date values, whose parser ships no types: its declaration, as the server's.
/// <reference path="../../../src/types/edtf.d.ts" />
import { afterEach, describe, expect, it } from 'vitest';
import type { Wording } from '../../../src/common/wording.js';
import { checkAcledHeader } from '../../../src/exchange/acled-header.js';
import { actorTypeFor, countRowNotes } from '../../../src/exchange/acled-import-notes.js';
import { parseAcledRecord, type AcledEvent } from '../../../src/exchange/acled-row-parse.js';
import { decodeRow, TextRepairTally } from '../../../src/exchange/csv-text.js';
import { LossTally } from '../../../src/exchange/losses.js';
import { TERM_LABELS_AR } from '../../../src/vocab/term-labels-ar.js';
import { TERM_LABELS_FR } from '../../../src/vocab/term-labels-fr.js';
import { errorText } from '../api.js';
import { noteValues, problemWording } from '../exchange/import-report.js';
import type { Vocabularies } from '../vocabularies.js';
import { errorAsReceived } from './error-received.js';
import { setActiveLocale, type MessageValues } from './active-locale.js';
import { knowsWording, wordingText } from './wording.js';

/**
 * The server's own words on an ACLED import, said by the app in French and Arabic (in Arabic with its own digits,
 * as a reader who chose none sees them; the file's values stay as written).
 */

/** In each language, the text of each wording. */
function said(wordings: readonly Wording[], localValues: (w: Wording) => MessageValues = () => ({})): Record<'en' | 'fr' | 'ar', string[]> {
  const out = {} as Record<'en' | 'fr' | 'ar', string[]>;
  for (const locale of ['en', 'fr', 'ar'] as const) {
    setActiveLocale(locale, undefined);
    out[locale] = wordings.map((w) => wordingText(w, localValues(w)));
  }
  return out;
}

const GOOD_ROW = {
  event_id_cnty: 'SYR1',
  event_date: '2016-09-19',
  year: '2016',
  event_type: 'Explosions/Remote violence',
  sub_event_type: 'Air/drone strike',
  actor1: 'Military Forces of Syria (2000-)',
  inter1: '1',
  country: 'Syria',
  location: 'Aleppo',
  latitude: '36.2',
  longitude: '37.15',
  fatalities: '12',
  source: 'SOHR',
};

const incidentTypes = (labels: Record<string, string>, locale: 'fr' | 'ar') =>
  Object.entries(labels).map(([id, label]) => ({ id, label: id, labels: { en: id, fr: '', ar: '', [locale]: label } }));

describe('the server’s words on an ACLED import, in the reader’s language', () => {
  afterEach(() => setActiveLocale('en', undefined));

  it('says why a row was rejected, the file’s own values kept as written', () => {
    const parsed = parseAcledRecord({ ...GOOD_ROW, event_date: 'soon', latitude: '123', location: 'x'.repeat(201), fatalities: '' });
    const problems = 'problems' in parsed ? parsed.problems : [];
    expect(problems.map((p) => [p.field, p.wording?.code])).toEqual([
      ['event_date', 'acledRow.notADate'],
      ['latitude', 'acledRow.outOfRange'],
      ['location', 'acledRow.tooLong'],
      ['fatalities', 'acledRow.fatalitiesRequired'],
    ]);
    const text = said(problems.map((p) => p.wording!));
    expect(text.en).toEqual(problems.map((p) => p.problem));
    expect(text.fr).toEqual([
      '« soon » n’est pas une date du calendrier sous une forme qu’utilise ACLED (2016-09-19 ou 19 September 2016)',
      '123 est hors de l’intervalle autorisé (de -90 à 90)',
      'dépasse 200 caractères',
      'est obligatoire (0 si aucun décès n’a été signalé)',
    ]);
    expect(text.ar).toEqual([
      '«soon» ليس تاريخًا تقويميًا بصيغة يكتبها ACLED (2016-09-19 أو 19 September 2016)',
      '123 خارج النطاق المسموح به (من \u200e-٩٠ إلى ٩٠)',
      'أطول من ٢٠٠ حرف',
      'مطلوب (0 إن لم يُبلَّغ عن أي قتلى)',
    ]);
  });

  it('shows a problem the vocabulary found as the English it is', () => {
    const parsed = parseAcledRecord({ ...GOOD_ROW, sub_event_type: 'Air raid' });
    const [problem] = 'problems' in parsed ? parsed.problems : [];
    expect(problem).toMatchObject({ field: 'sub_event_type', problem: expect.stringContaining('"Air raid" is not an ACLED sub-event type') });
    expect(problem!.wording).toBeUndefined();
    setActiveLocale('fr', undefined);
    expect(knowsWording(problemWording(problem!))).toBe(false);
    expect(wordingText(problemWording(problem!))).toBe(problem!.problem);
  });

  it('says why a file was refused, through the error the app receives', () => {
    const twice = errorAsReceived(() => checkAcledHeader(['event_date', 'Event_Date']));
    const missing = errorAsReceived(() => checkAcledHeader(['event_date', 'event_type', 'sub_event_type', 'actor1', 'country', 'location', 'fatalities']));
    expect([twice.wording?.code, missing.wording?.code]).toEqual(['acledFile.columnTwice', 'acledFile.missingColumns']);
    setActiveLocale('fr', undefined);
    expect(errorText(twice)).toBe(
      'Une valeur n’est pas valide (header) : la colonne « event_date » figure deux fois (colonnes 1 et 2) : on ne sait pas laquelle contient la valeur',
    );
    expect(errorText(missing)).toMatch(/^Une valeur n’est pas valide \(header\) : colonnes manquantes : "latitude", "longitude" ; un fichier ACLED doit comporter event_date, /);
    setActiveLocale('ar', undefined);
    expect(errorText(twice)).toBe('إحدى القيم غير صالحة (header): العمود «event_date» مذكور مرتين (العمودان ١ و٢): لا يتضح أيهما يحمل القيمة');
    expect(errorText(missing)).toMatch(/^إحدى القيم غير صالحة \(header\): عمودان ناقصان: "latitude", "longitude"؛ يحتاج ملف ACLED إلى event_date, /);
  });

  it('says what reading the bytes found: a field not UTF-8, bytes replaced and control characters removed in which rows', () => {
    const decoded = decodeRow([new TextEncoder().encode('ok'), new Uint8Array([0x52, 0x6f, 0x63, 0x6b, 0xe9, 0x74, 0x73])], ['event_date', 'notes']);
    const repairs = new TextRepairTally();
    repairs.record(4, { replaced: 2, controlRemoved: 0 });
    for (const row of [3, 7, 9]) repairs.record(row, { replaced: 0, controlRemoved: 1 });
    const text = said([decoded.problems[0]!.wording, ...repairs.notes()], (note) => noteValues(note, undefined));
    expect(text.en.slice(1)).toEqual([
      '2 invalid UTF-8 sequences replaced with U+FFFD (lossy import), in row 4',
      '3 control characters (C0 other than tab and line breaks, or DEL) removed from field values, in rows 3, 7 and 9',
    ]);
    expect(text.fr).toEqual([
      'n’est pas de l’UTF-8 valide : l’octet 0xE9 à la position 4 du champ ne fait partie d’aucun caractère UTF-8 bien formé ; enregistrez le fichier en UTF-8, ou importez-le avec perte (--lossy, ou lossy=true) pour remplacer ces octets par U+FFFD',
      '2 séquences UTF-8 invalides remplacées par U+FFFD (importation avec perte), à la ligne 4',
      '3 caractères de contrôle (C0 autres que la tabulation et les sauts de ligne, ou DEL) supprimés des valeurs des champs, aux lignes 3, 7 et 9',
    ]);
    expect(text.ar).toEqual([
      'ليس نصًا صالحًا بترميز UTF-8: البايت 0xE9 عند الإزاحة ٤ من الحقل ليس جزءًا من محرف سليم البنية بترميز UTF-8؛ احفظ الملف بترميز UTF-8، أو استورده مع قبول الفقد (--lossy أو lossy=true) ليُستعاض عن هذه البايتات بالمحرف U+FFFD',
      'تسلسلات غير صالحة بترميز UTF-8 استُعيض عنها بالمحرف U+FFFD (استيراد مع قبول الفقد): تسلسلان، في الصف ٤',
      'محارف تحكم (من مجموعة C0 عدا الجدولة وفواصل الأسطر، أو محرف الحذف) حُذفت من قيم الحقول: ٣ محارف، في الصفوف ٣، ٧ و٩',
    ]);
  });

  it('says what the import guessed or left out, naming incident types in the reader’s words', () => {
    const parsed = parseAcledRecord({ ...GOOD_ROW, time_precision: '2', actor1: 'Shabiha', inter1: '3', source: '' });
    const event = (parsed as { event: AcledEvent }).event;
    const notes = new LossTally<Wording>();
    for (let i = 0; i < 3; i++) countRowNotes(event, notes);
    actorTypeFor(event, notes);
    const list = notes.list();
    expect(list.map((n) => n.code)).toEqual(['acledNote.otherTypes', 'acledNote.timePrecision', 'acledNote.noSource', 'acledNote.militia']);
    const vocabularies = (locale: 'fr' | 'ar'): Vocabularies => ({ incident_types: { terms: incidentTypes((locale === 'fr' ? TERM_LABELS_FR : TERM_LABELS_AR).incident_types!, locale) } });
    setActiveLocale('en', undefined);
    expect(list.map((n) => wordingText(n, noteValues(n, undefined)))).toEqual([
      '3 rows of ACLED "Air/drone strike" recorded as air_strike (it may also be barrel_bomb, incendiary_attack): check them',
      '3 rows with time_precision 2 imported as an interval of six days either side of event_date',
      '3 rows without a source: imported without claims',
      '1 actor with ACLED code 3 (political militia) recorded as pro-government militias: check them',
    ]);
    setActiveLocale('fr', undefined);
    expect(list.map((n) => wordingText(n, noteValues(n, vocabularies('fr'))))).toEqual([
      '3 lignes ACLED « Air/drone strike » enregistrées comme Frappe aérienne (il pourrait aussi s’agir de : Attaque aux barils explosifs ou Attaque incendiaire) : à vérifier',
      '3 lignes avec time_precision 2 importées comme un intervalle de six jours de part et d’autre de event_date',
      '3 lignes sans source : importées sans allégations',
      '1 acteur de code ACLED 3 (milice politique) enregistré comme milice progouvernementale : à vérifier',
    ]);
    setActiveLocale('ar', undefined);
    expect(list.map((n) => wordingText(n, noteValues(n, vocabularies('ar'))))).toEqual([
      'صفوف من نوع ACLED «Air/drone strike» سُجّلت تحت النوع غارة جوية (وقد تندرج أيضًا تحت: هجوم بالبراميل المتفجرة أو هجوم بأسلحة حارقة)، ويلزم التحقق منها: ٣ صفوف',
      'صفوف قيمة time_precision فيها ٢ استُوردت بوصفها فترة تمتد ستة أيام قبل event_date وبعده: ٣ صفوف',
      'صفوف بلا مصدر استُوردت دون ادعاءات: ٣ صفوف',
      'جهات فاعلة برمز ACLED رقم 3 (ميليشيا سياسية) سُجّلت بوصفها ميليشيات موالية للحكومة، ويلزم التحقق منها: جهة فاعلة واحدة',
    ]);
  });
});
