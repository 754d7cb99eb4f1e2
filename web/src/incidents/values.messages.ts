import { defineMessages } from '../i18n/define-messages.js';

/**
 * Uncertain values in words (values.ts): counts with their qualifier and bounds, victim figures with the noun
 * agreeing with the number (Arabic's six plural forms), dates' qualifiers around month and year names that Intl
 * writes in the reader's language, and the words for a value that is missing.
 *
 * Counts and figures take `shape` (exact, at_least, at_most, about, about_range, about_floor, range, range_open,
 * vague, or unknown), `n` (the number the noun agrees with), `min` and `max` (the bounds) and `vague` (few,
 * several, many, dozens, hundreds, thousands, some).
 */
export const valueMessages = defineMessages('incidents.values', {
  count: {
    en:
      '{shape, select,' +
      ' exact {{n, number}}' +
      ' at_least {at least {n, number}}' +
      ' at_most {at most {n, number}}' +
      ' about {about {n, number}}' +
      ' about_range {about {n, number} ({min, number}–{max, number})}' +
      ' about_floor {about {n, number} (at least {min, number})}' +
      ' range {{min, number}–{max, number}}' +
      ' range_open {{min, number}–?}' +
      ' vague {{vague} (at least {min, number})}' +
      ' other {unknown}}',
    fr:
      '{shape, select,' +
      ' exact {{n, number}}' +
      ' at_least {au moins {n, number}}' +
      ' at_most {au plus {n, number}}' +
      ' about {environ {n, number}}' +
      ' about_range {environ {n, number} ({min, number} à {max, number})}' +
      ' about_floor {environ {n, number} (au moins {min, number})}' +
      ' range {{min, number} à {max, number}}' +
      ' range_open {{min, number} à ?}' +
      ' vague {{vague, select, few {quelques-uns} several {plusieurs} many {beaucoup} dozens {des dizaines} hundreds {des centaines} thousands {des milliers} other {un nombre indéterminé}} (au moins {min, number})}' +
      ' other {inconnu}}',
    ar:
      '{shape, select,' +
      ' exact {{n, number}}' +
      ' at_least {{n, number} على الأقل}' +
      ' at_most {{n, number} على الأكثر}' +
      ' about {{n, number} تقريبًا}' +
      ' about_range {{n, number} تقريبًا (بين {min, number} و{max, number})}' +
      ' about_floor {{n, number} تقريبًا ({min, number} على الأقل)}' +
      ' range {بين {min, number} و{max, number}}' +
      ' range_open {{min, number} على الأقل}' +
      ' vague {{vague, select, few {عدد قليل} several {عدد} many {عدد كبير} dozens {العشرات} hundreds {المئات} thousands {الآلاف} other {عدد غير محدد}} ({min, number} على الأقل)}' +
      ' other {غير معروف}}',
  },
  // One message per victim figure: the noun agrees with the number, and Arabic and French place it differently.
  killed: {
    en:
      '{shape, select,' +
      ' exact {{n, plural, =0 {no one killed} one {# killed} other {# killed}}}' +
      ' at_least {at least {n, number} killed}' +
      ' at_most {at most {n, number} killed}' +
      ' about {about {n, number} killed}' +
      ' about_range {about {n, number} killed ({min, number}–{max, number})}' +
      ' about_floor {about {n, number} killed (at least {min, number})}' +
      ' range {{min, number}–{n, number} killed}' +
      ' vague {{vague, select, few {a few killed} other {{vague} killed}} (at least {min, number})}' +
      ' other {unknown}}',
    fr:
      '{shape, select,' +
      ' exact {{n, plural, =0 {aucun tué} one {# tué} other {# tués}}}' +
      ' at_least {au moins {n, plural, one {# tué} other {# tués}}}' +
      ' at_most {au plus {n, plural, one {# tué} other {# tués}}}' +
      ' about {environ {n, plural, one {# tué} other {# tués}}}' +
      ' about_range {environ {n, plural, one {# tué} other {# tués}} ({min, number} à {max, number})}' +
      ' about_floor {environ {n, plural, one {# tué} other {# tués}} (au moins {min, number})}' +
      ' range {{min, number} à {n, plural, one {# tué} other {# tués}}}' +
      ' vague {{vague, select, few {quelques tués} several {plusieurs tués} many {de nombreux tués} dozens {des dizaines de tués} hundreds {des centaines de tués} thousands {des milliers de tués} other {un nombre indéterminé de tués}} (au moins {min, number})}' +
      ' other {inconnu}}',
    ar:
      '{shape, select,' +
      ' exact {{n, plural, zero {لا قتلى} one {قتيل واحد} two {قتيلان} few {# قتلى} many {# قتيلًا} other {# قتيل}}}' +
      ' at_least {{n, plural, zero {# قتيل على الأقل} one {قتيل واحد على الأقل} two {قتيلان على الأقل} few {# قتلى على الأقل} many {# قتيلًا على الأقل} other {# قتيل على الأقل}}}' +
      ' at_most {{n, plural, zero {لا قتلى} one {قتيل واحد على الأكثر} two {قتيلان على الأكثر} few {# قتلى على الأكثر} many {# قتيلًا على الأكثر} other {# قتيل على الأكثر}}}' +
      ' about {{n, plural, zero {# قتيل تقريبًا} one {قتيل واحد تقريبًا} two {قتيلان تقريبًا} few {# قتلى تقريبًا} many {# قتيلًا تقريبًا} other {# قتيل تقريبًا}}}' +
      ' about_range {{n, plural, zero {# قتيل تقريبًا} one {قتيل واحد تقريبًا} two {قتيلان تقريبًا} few {# قتلى تقريبًا} many {# قتيلًا تقريبًا} other {# قتيل تقريبًا}} (بين {min, number} و{max, number})}' +
      ' about_floor {{n, plural, zero {# قتيل تقريبًا} one {قتيل واحد تقريبًا} two {قتيلان تقريبًا} few {# قتلى تقريبًا} many {# قتيلًا تقريبًا} other {# قتيل تقريبًا}} ({min, number} على الأقل)}' +
      ' range {بين {min, number} و{n, plural, zero {# قتيل} one {قتيل واحد} two {قتيلَين} few {# قتلى} many {# قتيلًا} other {# قتيل}}}' +
      ' vague {{vague, select, few {بضعة قتلى} several {عدد من القتلى} many {العديد من القتلى} dozens {عشرات القتلى} hundreds {مئات القتلى} thousands {آلاف القتلى} other {عدد غير محدد من القتلى}} ({min, number} على الأقل)}' +
      ' other {غير معروف}}',
  },
  injured: {
    en:
      '{shape, select,' +
      ' exact {{n, plural, =0 {no one injured} one {# injured} other {# injured}}}' +
      ' at_least {at least {n, number} injured}' +
      ' at_most {at most {n, number} injured}' +
      ' about {about {n, number} injured}' +
      ' about_range {about {n, number} injured ({min, number}–{max, number})}' +
      ' about_floor {about {n, number} injured (at least {min, number})}' +
      ' range {{min, number}–{n, number} injured}' +
      ' vague {{vague, select, few {a few injured} other {{vague} injured}} (at least {min, number})}' +
      ' other {unknown}}',
    fr:
      '{shape, select,' +
      ' exact {{n, plural, =0 {aucun blessé} one {# blessé} other {# blessés}}}' +
      ' at_least {au moins {n, plural, one {# blessé} other {# blessés}}}' +
      ' at_most {au plus {n, plural, one {# blessé} other {# blessés}}}' +
      ' about {environ {n, plural, one {# blessé} other {# blessés}}}' +
      ' about_range {environ {n, plural, one {# blessé} other {# blessés}} ({min, number} à {max, number})}' +
      ' about_floor {environ {n, plural, one {# blessé} other {# blessés}} (au moins {min, number})}' +
      ' range {{min, number} à {n, plural, one {# blessé} other {# blessés}}}' +
      ' vague {{vague, select, few {quelques blessés} several {plusieurs blessés} many {de nombreux blessés} dozens {des dizaines de blessés} hundreds {des centaines de blessés} thousands {des milliers de blessés} other {un nombre indéterminé de blessés}} (au moins {min, number})}' +
      ' other {inconnu}}',
    ar:
      '{shape, select,' +
      ' exact {{n, plural, zero {لا جرحى} one {جريح واحد} two {جريحان} few {# جرحى} many {# جريحًا} other {# جريح}}}' +
      ' at_least {{n, plural, zero {# جريح على الأقل} one {جريح واحد على الأقل} two {جريحان على الأقل} few {# جرحى على الأقل} many {# جريحًا على الأقل} other {# جريح على الأقل}}}' +
      ' at_most {{n, plural, zero {لا جرحى} one {جريح واحد على الأكثر} two {جريحان على الأكثر} few {# جرحى على الأكثر} many {# جريحًا على الأكثر} other {# جريح على الأكثر}}}' +
      ' about {{n, plural, zero {# جريح تقريبًا} one {جريح واحد تقريبًا} two {جريحان تقريبًا} few {# جرحى تقريبًا} many {# جريحًا تقريبًا} other {# جريح تقريبًا}}}' +
      ' about_range {{n, plural, zero {# جريح تقريبًا} one {جريح واحد تقريبًا} two {جريحان تقريبًا} few {# جرحى تقريبًا} many {# جريحًا تقريبًا} other {# جريح تقريبًا}} (بين {min, number} و{max, number})}' +
      ' about_floor {{n, plural, zero {# جريح تقريبًا} one {جريح واحد تقريبًا} two {جريحان تقريبًا} few {# جرحى تقريبًا} many {# جريحًا تقريبًا} other {# جريح تقريبًا}} ({min, number} على الأقل)}' +
      ' range {بين {min, number} و{n, plural, zero {# جريح} one {جريح واحد} two {جريحَين} few {# جرحى} many {# جريحًا} other {# جريح}}}' +
      ' vague {{vague, select, few {بضعة جرحى} several {عدد من الجرحى} many {العديد من الجرحى} dozens {عشرات الجرحى} hundreds {مئات الجرحى} thousands {آلاف الجرحى} other {عدد غير محدد من الجرحى}} ({min, number} على الأقل)}' +
      ' other {غير معروف}}',
  },
  missing: {
    en:
      '{shape, select,' +
      ' exact {{n, plural, =0 {no one missing} one {# missing} other {# missing}}}' +
      ' at_least {at least {n, number} missing}' +
      ' at_most {at most {n, number} missing}' +
      ' about {about {n, number} missing}' +
      ' about_range {about {n, number} missing ({min, number}–{max, number})}' +
      ' about_floor {about {n, number} missing (at least {min, number})}' +
      ' range {{min, number}–{n, number} missing}' +
      ' vague {{vague, select, few {a few missing} other {{vague} missing}} (at least {min, number})}' +
      ' other {unknown}}',
    fr:
      '{shape, select,' +
      ' exact {{n, plural, =0 {aucun disparu} one {# disparu} other {# disparus}}}' +
      ' at_least {au moins {n, plural, one {# disparu} other {# disparus}}}' +
      ' at_most {au plus {n, plural, one {# disparu} other {# disparus}}}' +
      ' about {environ {n, plural, one {# disparu} other {# disparus}}}' +
      ' about_range {environ {n, plural, one {# disparu} other {# disparus}} ({min, number} à {max, number})}' +
      ' about_floor {environ {n, plural, one {# disparu} other {# disparus}} (au moins {min, number})}' +
      ' range {{min, number} à {n, plural, one {# disparu} other {# disparus}}}' +
      ' vague {{vague, select, few {quelques disparus} several {plusieurs disparus} many {de nombreux disparus} dozens {des dizaines de disparus} hundreds {des centaines de disparus} thousands {des milliers de disparus} other {un nombre indéterminé de disparus}} (au moins {min, number})}' +
      ' other {inconnu}}',
    ar:
      '{shape, select,' +
      ' exact {{n, plural, zero {لا مفقودين} one {مفقود واحد} two {مفقودان} few {# مفقودين} many {# مفقودًا} other {# مفقود}}}' +
      ' at_least {{n, plural, zero {# مفقود على الأقل} one {مفقود واحد على الأقل} two {مفقودان على الأقل} few {# مفقودين على الأقل} many {# مفقودًا على الأقل} other {# مفقود على الأقل}}}' +
      ' at_most {{n, plural, zero {لا مفقودين} one {مفقود واحد على الأكثر} two {مفقودان على الأكثر} few {# مفقودين على الأكثر} many {# مفقودًا على الأكثر} other {# مفقود على الأكثر}}}' +
      ' about {{n, plural, zero {# مفقود تقريبًا} one {مفقود واحد تقريبًا} two {مفقودان تقريبًا} few {# مفقودين تقريبًا} many {# مفقودًا تقريبًا} other {# مفقود تقريبًا}}}' +
      ' about_range {{n, plural, zero {# مفقود تقريبًا} one {مفقود واحد تقريبًا} two {مفقودان تقريبًا} few {# مفقودين تقريبًا} many {# مفقودًا تقريبًا} other {# مفقود تقريبًا}} (بين {min, number} و{max, number})}' +
      ' about_floor {{n, plural, zero {# مفقود تقريبًا} one {مفقود واحد تقريبًا} two {مفقودان تقريبًا} few {# مفقودين تقريبًا} many {# مفقودًا تقريبًا} other {# مفقود تقريبًا}} ({min, number} على الأقل)}' +
      ' range {بين {min, number} و{n, plural, zero {# مفقود} one {مفقود واحد} two {مفقودَين} few {# مفقودين} many {# مفقودًا} other {# مفقود}}}' +
      ' vague {{vague, select, few {بضعة مفقودين} several {عدد من المفقودين} many {العديد من المفقودين} dozens {عشرات المفقودين} hundreds {مئات المفقودين} thousands {آلاف المفقودين} other {عدد غير محدد من المفقودين}} ({min, number} على الأقل)}' +
      ' other {غير معروف}}',
  },
  detained: {
    en:
      '{shape, select,' +
      ' exact {{n, plural, =0 {no one detained} one {# detained} other {# detained}}}' +
      ' at_least {at least {n, number} detained}' +
      ' at_most {at most {n, number} detained}' +
      ' about {about {n, number} detained}' +
      ' about_range {about {n, number} detained ({min, number}–{max, number})}' +
      ' about_floor {about {n, number} detained (at least {min, number})}' +
      ' range {{min, number}–{n, number} detained}' +
      ' vague {{vague, select, few {a few detained} other {{vague} detained}} (at least {min, number})}' +
      ' other {unknown}}',
    fr:
      '{shape, select,' +
      ' exact {{n, plural, =0 {aucun détenu} one {# détenu} other {# détenus}}}' +
      ' at_least {au moins {n, plural, one {# détenu} other {# détenus}}}' +
      ' at_most {au plus {n, plural, one {# détenu} other {# détenus}}}' +
      ' about {environ {n, plural, one {# détenu} other {# détenus}}}' +
      ' about_range {environ {n, plural, one {# détenu} other {# détenus}} ({min, number} à {max, number})}' +
      ' about_floor {environ {n, plural, one {# détenu} other {# détenus}} (au moins {min, number})}' +
      ' range {{min, number} à {n, plural, one {# détenu} other {# détenus}}}' +
      ' vague {{vague, select, few {quelques détenus} several {plusieurs détenus} many {de nombreux détenus} dozens {des dizaines de détenus} hundreds {des centaines de détenus} thousands {des milliers de détenus} other {un nombre indéterminé de détenus}} (au moins {min, number})}' +
      ' other {inconnu}}',
    ar:
      '{shape, select,' +
      ' exact {{n, plural, zero {لا معتقلين} one {معتقل واحد} two {معتقلان} few {# معتقلين} many {# معتقلًا} other {# معتقل}}}' +
      ' at_least {{n, plural, zero {# معتقل على الأقل} one {معتقل واحد على الأقل} two {معتقلان على الأقل} few {# معتقلين على الأقل} many {# معتقلًا على الأقل} other {# معتقل على الأقل}}}' +
      ' at_most {{n, plural, zero {لا معتقلين} one {معتقل واحد على الأكثر} two {معتقلان على الأكثر} few {# معتقلين على الأكثر} many {# معتقلًا على الأكثر} other {# معتقل على الأكثر}}}' +
      ' about {{n, plural, zero {# معتقل تقريبًا} one {معتقل واحد تقريبًا} two {معتقلان تقريبًا} few {# معتقلين تقريبًا} many {# معتقلًا تقريبًا} other {# معتقل تقريبًا}}}' +
      ' about_range {{n, plural, zero {# معتقل تقريبًا} one {معتقل واحد تقريبًا} two {معتقلان تقريبًا} few {# معتقلين تقريبًا} many {# معتقلًا تقريبًا} other {# معتقل تقريبًا}} (بين {min, number} و{max, number})}' +
      ' about_floor {{n, plural, zero {# معتقل تقريبًا} one {معتقل واحد تقريبًا} two {معتقلان تقريبًا} few {# معتقلين تقريبًا} many {# معتقلًا تقريبًا} other {# معتقل تقريبًا}} ({min, number} على الأقل)}' +
      ' range {بين {min, number} و{n, plural, zero {# معتقل} one {معتقل واحد} two {معتقلَين} few {# معتقلين} many {# معتقلًا} other {# معتقل}}}' +
      ' vague {{vague, select, few {بضعة معتقلين} several {عدد من المعتقلين} many {العديد من المعتقلين} dozens {عشرات المعتقلين} hundreds {مئات المعتقلين} thousands {آلاف المعتقلين} other {عدد غير محدد من المعتقلين}} ({min, number} على الأقل)}' +
      ' other {غير معروف}}',
  },
  displaced: {
    en:
      '{shape, select,' +
      ' exact {{n, plural, =0 {no one displaced} one {# displaced} other {# displaced}}}' +
      ' at_least {at least {n, number} displaced}' +
      ' at_most {at most {n, number} displaced}' +
      ' about {about {n, number} displaced}' +
      ' about_range {about {n, number} displaced ({min, number}–{max, number})}' +
      ' about_floor {about {n, number} displaced (at least {min, number})}' +
      ' range {{min, number}–{n, number} displaced}' +
      ' vague {{vague, select, few {a few displaced} other {{vague} displaced}} (at least {min, number})}' +
      ' other {unknown}}',
    fr:
      '{shape, select,' +
      ' exact {{n, plural, =0 {aucun déplacé} one {# déplacé} other {# déplacés}}}' +
      ' at_least {au moins {n, plural, one {# déplacé} other {# déplacés}}}' +
      ' at_most {au plus {n, plural, one {# déplacé} other {# déplacés}}}' +
      ' about {environ {n, plural, one {# déplacé} other {# déplacés}}}' +
      ' about_range {environ {n, plural, one {# déplacé} other {# déplacés}} ({min, number} à {max, number})}' +
      ' about_floor {environ {n, plural, one {# déplacé} other {# déplacés}} (au moins {min, number})}' +
      ' range {{min, number} à {n, plural, one {# déplacé} other {# déplacés}}}' +
      ' vague {{vague, select, few {quelques déplacés} several {plusieurs déplacés} many {de nombreux déplacés} dozens {des dizaines de déplacés} hundreds {des centaines de déplacés} thousands {des milliers de déplacés} other {un nombre indéterminé de déplacés}} (au moins {min, number})}' +
      ' other {inconnu}}',
    ar:
      '{shape, select,' +
      ' exact {{n, plural, zero {لا نازحين} one {نازح واحد} two {نازحان} few {# نازحين} many {# نازحًا} other {# نازح}}}' +
      ' at_least {{n, plural, zero {# نازح على الأقل} one {نازح واحد على الأقل} two {نازحان على الأقل} few {# نازحين على الأقل} many {# نازحًا على الأقل} other {# نازح على الأقل}}}' +
      ' at_most {{n, plural, zero {لا نازحين} one {نازح واحد على الأكثر} two {نازحان على الأكثر} few {# نازحين على الأكثر} many {# نازحًا على الأكثر} other {# نازح على الأكثر}}}' +
      ' about {{n, plural, zero {# نازح تقريبًا} one {نازح واحد تقريبًا} two {نازحان تقريبًا} few {# نازحين تقريبًا} many {# نازحًا تقريبًا} other {# نازح تقريبًا}}}' +
      ' about_range {{n, plural, zero {# نازح تقريبًا} one {نازح واحد تقريبًا} two {نازحان تقريبًا} few {# نازحين تقريبًا} many {# نازحًا تقريبًا} other {# نازح تقريبًا}} (بين {min, number} و{max, number})}' +
      ' about_floor {{n, plural, zero {# نازح تقريبًا} one {نازح واحد تقريبًا} two {نازحان تقريبًا} few {# نازحين تقريبًا} many {# نازحًا تقريبًا} other {# نازح تقريبًا}} ({min, number} على الأقل)}' +
      ' range {بين {min, number} و{n, plural, zero {# نازح} one {نازح واحد} two {نازحَين} few {# نازحين} many {# نازحًا} other {# نازح}}}' +
      ' vague {{vague, select, few {بضعة نازحين} several {عدد من النازحين} many {العديد من النازحين} dozens {عشرات النازحين} hundreds {مئات النازحين} thousands {آلاف النازحين} other {عدد غير محدد من النازحين}} ({min, number} على الأقل)}' +
      ' other {غير معروف}}',
  },
  figureLabel: {
    en: '{figure, select, killed {killed} injured {injured} missing {missing} detained {detained} displaced {displaced} other {{figure}}}',
    fr: '{figure, select, killed {tués} injured {blessés} missing {disparus} detained {détenus} displaced {déplacés} other {{figure}}}',
    ar: '{figure, select, killed {القتلى} injured {الجرحى} missing {المفقودون} detained {المعتقلون} displaced {النازحون} other {{figure}}}',
  },
  noFigure: { en: 'no figure', fr: 'aucun chiffre', ar: 'لا يوجد رقم' },
  /** A total some of whose parts had no figure at all: `words` is the total in words. */
  withUnknownParts: {
    en: '{words} ({unknown, number} of {parts, plural, one {# figure} other {# figures}} unknown)',
    fr: '{words} ({unknown, plural, one {# chiffre inconnu} other {# chiffres inconnus}} sur {parts, number})',
    ar: '{words} ({unknown, plural, zero {لا أرقام مجهولة} one {رقم واحد مجهول} two {رقمان مجهولان} few {# أرقام مجهولة} many {# رقمًا مجهولًا} other {# رقم مجهول}} من أصل {parts, number})',
  },
  undated: { en: 'undated', fr: 'non daté', ar: 'غير مؤرَّخ' },
  unplaced: { en: 'unplaced', fr: 'non localisé', ar: 'غير محدد المكان' },
  /** A date in words, then the EDTF it was read as. */
  dateWithReading: { en: '{words} ({edtf})', fr: '{words} ({edtf})', ar: '{words} ({edtf})' },
  /** `precision` is day, month, year or season: French writes « vers le 15 juillet » but « vers juillet ». */
  dateApproximate: {
    en: '{precision, select, other {about {date}}}',
    fr: '{precision, select, day {vers le {date}} other {vers {date}}}',
    ar: '{precision, select, other {{date} تقريبًا}}',
  },
  dateUncertain: { en: '{date} (uncertain)', fr: '{date} (incertain)', ar: '{date} (غير مؤكد)' },
  dateApproximateUncertain: {
    en: '{precision, select, other {about {date} (uncertain)}}',
    fr: '{precision, select, day {vers le {date} (incertain)} other {vers {date} (incertain)}}',
    ar: '{precision, select, other {{date} تقريبًا (غير مؤكد)}}',
  },
  /** `month` is a month and its year as Intl writes them ("July 2016", "juillet 2016", "يوليو ٢٠١٦"). */
  partOfMonth: {
    en: '{part, select, early {early {month}} mid {mid-{month}} late {late {month}} other {{month}}}',
    fr: '{part, select, early {début {month}} mid {mi-{month}} late {fin {month}} other {{month}}}',
    ar: '{part, select, early {أوائل {month}} mid {منتصف {month}} late {أواخر {month}} other {{month}}}',
  },
  partOfYear: {
    en: '{part, select, early {early {year}} mid {mid-{year}} late {late {year}} other {{year}}}',
    fr: '{part, select, early {début {year}} mid {mi-{year}} late {fin {year}} other {{year}}}',
    ar: '{part, select, early {أوائل عام {year}} mid {منتصف عام {year}} late {أواخر عام {year}} other {{year}}}',
  },
  season: {
    en: '{season, select, spring {spring {year}} summer {summer {year}} autumn {autumn {year}} winter {winter {year}} other {{year}}}',
    fr: '{season, select, spring {printemps {year}} summer {été {year}} autumn {automne {year}} winter {hiver {year}} other {{year}}}',
    ar: '{season, select, spring {ربيع عام {year}} summer {صيف عام {year}} autumn {خريف عام {year}} winter {شتاء عام {year}} other {{year}}}',
  },
  /** Two ends of a period named at different precisions ("2016 – 15 March 2017"). */
  dateSpan: { en: '{start} – {end}', fr: '{start} – {end}', ar: '{start} – {end}' },
  dateFrom: {
    en: '{precision, select, other {from {date}}}',
    fr: '{precision, select, day {à partir du {date}} other {à partir de {date}}}',
    ar: '{precision, select, other {ابتداءً من {date}}}',
  },
  dateUntil: {
    en: '{precision, select, other {until {date}}}',
    fr: '{precision, select, day {jusqu’au {date}} month {jusqu’à {date}} other {jusqu’en {date}}}',
    ar: '{precision, select, other {حتى {date}}}',
  },
});
