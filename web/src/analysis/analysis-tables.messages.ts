import { defineMessages } from '../i18n/define-messages.js';

/**
 * The analyses' tables: their names (also the CSV file's), column headers and what they say when empty. A table
 * downloads as it is shown, so its CSV is in the reader's language too.
 */
export const tableMessages = defineMessages('analysis.tables', {
  nothingToList: { en: 'Nothing to list.', fr: 'Rien à lister.', ar: 'لا شيء لإدراجه.' },

  // Tempo.
  incidentsPer: {
    en: 'Incidents per {unit, select, day {day} week {week} month {month} other {period}}',
    fr: 'Incidents par {unit, select, day {jour} week {semaine} month {mois} other {période}}',
    ar: 'الحوادث في كل {unit, select, day {يوم} week {أسبوع} month {شهر} other {فترة}}',
  },
  period: {
    en: 'Period ({unit, select, day {day} week {week} month {month} other {period}})',
    fr: 'Période ({unit, select, day {jour} week {semaine} month {mois} other {période}})',
    ar: 'الفترة ({unit, select, day {يوم} week {أسبوع} month {شهر} other {فترة}})',
  },
  certain: { en: 'Certain', fr: 'Certains', ar: 'مؤكدة' },
  possible: { en: 'Possible', fr: 'Possibles', ar: 'ممكنة' },
  expected: { en: 'Expected (uniform spread)', fr: 'Attendus (répartition uniforme)', ar: 'متوقعة (توزيع منتظم)' },
  victimsInCertain: {
    en: '{figure, select, killed {Killed} injured {Injured} missing {Missing} detained {Detained} displaced {Displaced} other {{figure}}} (certain incidents)',
    fr: '{figure, select, killed {Tués} injured {Blessés} missing {Disparus} detained {Détenus} displaced {Déplacés} other {{figure}}} (incidents certains)',
    ar: '{figure, select, killed {القتلى} injured {الجرحى} missing {المفقودون} detained {المحتجزون} displaced {النازحون} other {{figure}}} (الحوادث المؤكدة)',
  },
  noBins: { en: 'No bins.', fr: 'Aucune période.', ar: 'لا فترات.' },
  anchorEvent: { en: '{title} ({date})', fr: '{title} ({date})', ar: '{title} ({date})' },
  anchorDate: { en: 'date {date}', fr: 'date du {date}', ar: 'تاريخ {date}' },
  anchorsSuperposed: {
    en: '{count, plural, one {# anchor} other {# anchors}} superposed',
    fr: '{count, plural, one {# point de référence superposé} other {# points de référence superposés}}',
    ar: '{count, plural, zero {لا نقاط مرجعية مُركَّبة} one {نقطة مرجعية واحدة مُركَّبة} two {نقطتان مرجعيتان مُركَّبتان} few {# نقاط مرجعية مُركَّبة} many {# نقطةً مرجعيةً مُركَّبة} other {# نقطة مرجعية مُركَّبة}}',
  },
  anchor: { en: 'Anchor', fr: 'Point de référence', ar: 'النقطة المرجعية' },
  before: { en: 'Before', fr: 'Avant', ar: 'قبل' },
  certainBefore: { en: 'Certain before', fr: 'Certains avant', ar: 'المؤكدة قبل' },
  possibleBefore: { en: 'Possible before', fr: 'Possibles avant', ar: 'الممكنة قبل' },
  after: { en: 'After', fr: 'Après', ar: 'بعد' },
  certainAfter: { en: 'Certain after', fr: 'Certains après', ar: 'المؤكدة بعد' },
  possibleAfter: { en: 'Possible after', fr: 'Possibles après', ar: 'الممكنة بعد' },
  beforeAndAfter: { en: 'Incidents before and after', fr: 'Incidents avant et après', ar: 'الحوادث قبل وبعد' },
  noAnchor: { en: 'No anchor chosen.', fr: 'Aucun point de référence choisi.', ar: 'لم تُختر أي نقطة مرجعية.' },
  counts: { en: 'Counts', fr: 'Nombres', ar: 'الأعداد' },
  counted: { en: '{counted, select, certain {certain} other {possible}}', fr: '{counted, select, certain {certains} other {possibles}}', ar: '{counted, select, certain {المؤكدة} other {الممكنة}}' },
  anchorCounted: {
    en: '{anchor}: {counted, select, certain {certain} other {possible}}',
    fr: '{anchor} : {counted, select, certain {certains} other {possibles}}',
    ar: '{anchor}: {counted, select, certain {المؤكدة} other {الممكنة}}',
  },
  rateRatio: { en: 'Rate ratio (after ÷ before)', fr: 'Rapport de taux (après ÷ avant)', ar: 'نسبة المعدل (بعد ÷ قبل)' },
  intervalLow: { en: '{level, number, percent} low', fr: 'Borne basse à {level, number, percent}', ar: 'الحد الأدنى {level, number, percent}' },
  intervalHigh: { en: '{level, number, percent} high', fr: 'Borne haute à {level, number, percent}', ar: 'الحد الأعلى {level, number, percent}' },
  whyNoRatio: { en: 'Why no ratio', fr: 'Pourquoi aucun rapport', ar: 'سبب غياب النسبة' },
  rateRatios: { en: 'Rate ratios', fr: 'Rapports de taux', ar: 'نسب المعدلات' },

  // Parties compared.
  party: { en: 'Party', fr: 'Partie', ar: 'الطرف' },
  attributed: { en: 'Attributed', fr: 'Attribués', ar: 'المنسوبة' },
  possiblyAttributed: { en: 'Possibly attributed', fr: 'Peut-être attribués', ar: 'المنسوبة على نحو محتمل' },
  attacksWithTarget: { en: 'Attacks recording a target', fr: 'Attaques enregistrant une cible', ar: 'الهجمات التي تسجّل هدفًا' },
  onProtected: { en: 'On specially protected objects', fr: 'Visant des biens spécialement protégés', ar: 'على الأعيان المشمولة بحماية خاصة' },
  share: { en: 'Share', fr: 'Part', ar: 'النسبة' },
  interval: { en: '{level, number, percent} interval', fr: 'Intervalle à {level, number, percent}', ar: 'فترة {level, number, percent}' },
  parties: { en: 'Parties', fr: 'Parties', ar: 'الأطراف' },
  noParty: { en: 'No party to compare.', fr: 'Aucune partie à comparer.', ar: 'لا أطراف للمقارنة.' },
  grouping: {
    en: '{grouping, select, category {Target category} type {Type} other {Means}}',
    fr: '{grouping, select, category {Catégorie de cible} type {Type} other {Moyen}}',
    ar: '{grouping, select, category {فئة الهدف} type {النوع} other {الوسيلة}}',
  },
  noGroup: {
    en: 'No incident of these parties records a {grouping, select, category {target category} type {type} other {means}}.',
    fr: 'Aucun incident de ces parties n’enregistre {grouping, select, category {de catégorie de cible} type {de type} other {de moyen}}.',
    ar: 'لا تسجّل أي حادثة لهذه الأطراف {grouping, select, category {فئة هدف} type {نوعًا} other {وسيلة}}.',
  },
  victims: { en: 'Victims', fr: 'Victimes', ar: 'الضحايا' },
  inAttributed: { en: 'In attributed incidents', fr: 'Dans les incidents attribués', ar: 'في الحوادث المنسوبة' },
  inPossiblyAttributed: { en: 'In possibly attributed incidents', fr: 'Dans les incidents peut-être attribués', ar: 'في الحوادث المنسوبة على نحو محتمل' },
  victimsByParty: { en: 'Victims by party', fr: 'Victimes par partie', ar: 'الضحايا حسب الطرف' },
  noVictimFigure: { en: 'No incident of these parties gives a victim figure.', fr: 'Aucun incident de ces parties ne donne de chiffre de victimes.', ar: 'لا تذكر أي حادثة لهذه الأطراف رقمًا للضحايا.' },
  standardReached: { en: 'Standard of proof reached', fr: 'Niveau de preuve atteint', ar: 'معيار الإثبات المستوفى' },
  notAssessed: { en: 'not assessed', fr: 'non évalué', ar: 'غير مقيَّم' },
  attributedIncidents: { en: 'Attributed incidents', fr: 'Incidents attribués', ar: 'الحوادث المنسوبة' },
  standardsOfProof: { en: 'Standards of proof', fr: 'Niveaux de preuve', ar: 'معايير الإثبات' },
  noneAttributed: { en: 'No incident is attributed to these parties.', fr: 'Aucun incident n’est attribué à ces parties.', ar: 'لا تُنسب أي حادثة إلى هذه الأطراف.' },

  // Sequence.
  place: { en: 'Place', fr: 'Lieu', ar: 'المكان' },
  code: { en: 'Code', fr: 'Code', ar: 'الرمز' },
  first: { en: 'First (earliest possible)', fr: 'Premier (au plus tôt)', ar: 'الأول (أبكر تاريخ ممكن)' },
  last: { en: 'Last (latest possible)', fr: 'Dernier (au plus tard)', ar: 'الأخير (آخر تاريخ ممكن)' },
  incidents: { en: 'Incidents', fr: 'Incidents', ar: 'الحوادث' },
  busiestMonth: { en: 'Busiest month', fr: 'Mois le plus chargé', ar: 'الشهر الأكثر نشاطًا' },
  certainlyInIt: { en: 'Certainly in it', fr: 'Certainement dedans', ar: 'الواقعة فيه يقينًا' },
  activePeriod: { en: 'Active period (middle half)', fr: 'Période active (moitié centrale)', ar: 'فترة النشاط (النصف الأوسط)' },
  placesInOrder: { en: 'Places in the order first struck', fr: 'Lieux dans l’ordre où ils ont été frappés pour la première fois', ar: 'الأماكن بترتيب أول استهداف لها' },
  noPlace: { en: 'No place at this level.', fr: 'Aucun lieu à ce niveau.', ar: 'لا أماكن على هذا المستوى.' },

  // Where.
  area: { en: 'Area', fr: 'Zone', ar: 'المنطقة' },
  killed: { en: 'Killed', fr: 'Tués', ar: 'القتلى' },
  incidentsPerArea: { en: 'Incidents per area', fr: 'Incidents par zone', ar: 'الحوادث في كل منطقة' },
  noArea: { en: 'No incident is placed at this level.', fr: 'Aucun incident n’est placé à ce niveau.', ar: 'لا توجد حادثة محددة المكان على هذا المستوى.' },
  from: { en: 'From', fr: 'Du', ar: 'من' },
  to: { en: 'To', fr: 'Au', ar: 'إلى' },
  radius: { en: 'Radius (km)', fr: 'Rayon (km)', ar: 'نصف القطر (كم)' },
  places: { en: 'Places', fr: 'Lieux', ar: 'الأماكن' },
  waves: { en: 'Waves', fr: 'Vagues', ar: 'الموجات' },
  noWave: { en: 'No wave with these parameters.', fr: 'Aucune vague avec ces paramètres.', ar: 'لا موجات بهذه المعايير.' },
});
