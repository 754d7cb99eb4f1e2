import { defineMessages } from '../i18n/define-messages.js';

/*
 * The timeline page, the overview's strip and the words they share with the analyses (bins, periods, groups).
 * A unit argument is a bin unit id: day, week or month. Dates in tables stay ISO 8601 days (as recorded, and as
 * in the CSV and the API); axes and tooltips format them with the reader's locale (time-format.ts).
 */
export const timelineMessages = defineMessages('timeline', {
  title: { en: 'Timeline', fr: 'Chronologie', ar: 'الخط الزمني' },
  binBy: { en: 'Bin by', fr: 'Pas de temps', ar: 'وحدة الزمن' },
  binUnit: {
    en: '{unit, select, day {day} week {week} other {month}}',
    fr: '{unit, select, day {jour} week {semaine} other {mois}}',
    ar: '{unit, select, day {يوم} week {أسبوع} other {شهر}}',
  },
  groupBy: { en: 'Group by', fr: 'Regrouper par', ar: 'التجميع حسب' },
  groupByType: { en: 'type', fr: 'type', ar: 'النوع' },
  groupByParty: { en: 'party', fr: 'partie', ar: 'الطرف' },
  filteredOnly: {
    en: 'Only the incidents the current filters select.',
    fr: 'Seulement les incidents que sélectionnent les filtres en cours.',
    ar: 'الحوادث التي تختارها عوامل التصفية الحالية فقط.',
  },
  loading: { en: 'Loading…', fr: 'Chargement…', ar: 'جارٍ التحميل…' },
  uncertainTitle: {
    en: 'Uncertain dates: {count, plural, one {# incident} other {# incidents}}, each over every {unit, select, day {day} week {week} other {month}} it could fall in',
    fr: 'Dates incertaines : {count, plural, one {# incident} other {# incidents}}, chacun sur {unit, select, day {chaque jour} week {chaque semaine} other {chaque mois}} où il pourrait se situer',
    ar: 'تواريخ غير مؤكدة: {count, plural, zero {لا حوادث} one {حادثة واحدة} two {حادثتان} few {# حوادث} many {# حادثةً} other {# حادثة}}، كلٌّ منها على كل {unit, select, day {يوم} week {أسبوع} other {شهر}} يمكن أن تقع فيه',
  },
  moreInTable: {
    en: '{count, number} more are listed in the table below.',
    fr: '{count, plural, one {# autre figure} other {# autres figurent}} dans le tableau ci-dessous.',
    ar: '{count, plural, zero {لا حوادث أخرى مدرجة} one {حادثة أخرى مدرجة} two {حادثتان أخريان مدرجتان} few {# حوادث أخرى مدرجة} many {# حادثةً أخرى مدرجة} other {# حادثة أخرى مدرجة}} في الجدول أدناه.',
  },
  figureCaption: {
    en: 'Numbered markers are context events, listed below. Chevrons mark dates that run on past the period shown.',
    fr: 'Les repères numérotés sont les événements de contexte, listés ci-dessous. Les chevrons signalent les dates qui se prolongent au-delà de la période affichée.',
    ar: 'العلامات المرقّمة أحداث سياقية مدرجة أدناه. وتشير رؤوس الأسهم إلى تواريخ تمتد إلى ما بعد الفترة المعروضة.',
  },
  contextEvents: { en: 'Context events', fr: 'Événements de contexte', ar: 'الأحداث السياقية' },
  inTables: { en: 'In tables', fr: 'En tableaux', ar: 'في جداول' },

  // The overview's strip.
  stripTitle: { en: 'Incidents per week', fr: 'Incidents par semaine', ar: 'الحوادث أسبوعيًا' },
  stripSummary: {
    en: '{pinned, number} dated to a single week (bars); {spanned, number} with less certain dates (spans, not counted in the bars); {markers, plural, one {# context event} other {# context events}} marked.',
    fr: '{pinned, plural, one {# daté} other {# datés}} d’une seule semaine (barres) ; {spanned, number} aux dates moins certaines (étendues, non comptées dans les barres) ; {markers, plural, one {# événement de contexte signalé} other {# événements de contexte signalés}}.',
    ar: '{pinned, plural, zero {لا حوادث مؤرخة} one {حادثة واحدة مؤرخة} two {حادثتان مؤرختان} few {# حوادث مؤرخة} many {# حادثةً مؤرخةً} other {# حادثة مؤرخة}} بأسبوع واحد (أعمدة)؛ {spanned, number} بتواريخ أقل يقينًا (امتدادات غير محتسبة في الأعمدة)؛ {markers, plural, zero {لا أحداث سياقية معلَّمة} one {حدث سياقي واحد معلَّم} two {حدثان سياقيان معلَّمان} few {# أحداث سياقية معلَّمة} many {# حدثًا سياقيًا معلَّمًا} other {# حدث سياقي معلَّم}}.',
  },
  stripSummaryUndated: {
    en: '{pinned, number} dated to a single week (bars); {spanned, number} with less certain dates (spans, not counted in the bars); {undated, number} undated; {markers, plural, one {# context event} other {# context events}} marked.',
    fr: '{pinned, plural, one {# daté} other {# datés}} d’une seule semaine (barres) ; {spanned, number} aux dates moins certaines (étendues, non comptées dans les barres) ; {undated, number} sans date ; {markers, plural, one {# événement de contexte signalé} other {# événements de contexte signalés}}.',
    ar: '{pinned, plural, zero {لا حوادث مؤرخة} one {حادثة واحدة مؤرخة} two {حادثتان مؤرختان} few {# حوادث مؤرخة} many {# حادثةً مؤرخةً} other {# حادثة مؤرخة}} بأسبوع واحد (أعمدة)؛ {spanned, number} بتواريخ أقل يقينًا (امتدادات غير محتسبة في الأعمدة)؛ {undated, number} بلا تاريخ؛ {markers, plural, zero {لا أحداث سياقية معلَّمة} one {حدث سياقي واحد معلَّم} two {حدثان سياقيان معلَّمان} few {# أحداث سياقية معلَّمة} many {# حدثًا سياقيًا معلَّمًا} other {# حدث سياقي معلَّم}}.',
  },
  stripClipped: {
    en: 'Only the last {count, number} weeks are drawn.',
    fr: 'Seules les {count, number} dernières semaines sont tracées.',
    ar: 'لا تُرسم إلا الأسابيع الأخيرة، وعددها {count, number}.',
  },
  openTimeline: { en: 'Open the timeline', fr: 'Ouvrir la chronologie', ar: 'فتح الخط الزمني' },

  // The notes above the chart.
  notePinned: {
    en: '{count, plural, one {# incident} other {# incidents}} dated within a single {unit, select, day {day} week {week} other {month}}, counted in the bars.',
    fr: '{count, plural, one {# incident daté} other {# incidents datés}} à l’intérieur {unit, select, day {d’un seul jour} week {d’une seule semaine} other {d’un seul mois}}, {count, plural, one {compté} other {comptés}} dans les barres.',
    ar: '{count, plural, zero {لا حوادث مؤرخة} one {حادثة واحدة مؤرخة} two {حادثتان مؤرختان} few {# حوادث مؤرخة} many {# حادثةً مؤرخةً} other {# حادثة مؤرخة}} ضمن {unit, select, day {يوم واحد} week {أسبوع واحد} other {شهر واحد}}، محتسبة في الأعمدة.',
  },
  noteSpanned: {
    en: '{count, plural, one {# incident} other {# incidents}} with dates too uncertain for a single {unit, select, day {day} week {week} other {month}}, not counted in any bar: drawn as spans over every {unit, select, day {day} week {week} other {month}} {count, plural, one {it} other {they}} could fall in.',
    fr: '{count, plural, one {# incident dont la date est trop incertaine} other {# incidents dont les dates sont trop incertaines}} pour {unit, select, day {un seul jour} week {une seule semaine} other {un seul mois}}, {count, plural, one {non compté dans les barres : il est tracé} other {non comptés dans les barres : ils sont tracés}} en étendue sur {unit, select, day {chaque jour} week {chaque semaine} other {chaque mois}} où {count, plural, one {il pourrait se situer} other {ils pourraient se situer}}.',
    ar: '{count, plural, zero {لا حوادث} one {حادثة واحدة} two {حادثتان} few {# حوادث} many {# حادثةً} other {# حادثة}} بتواريخ أقل يقينًا من أن تُحصر في {unit, select, day {يوم واحد} week {أسبوع واحد} other {شهر واحد}}، غير محتسبة في أي عمود: تُرسم امتدادات على كل {unit, select, day {يوم} week {أسبوع} other {شهر}} يمكن أن تقع فيه.',
  },
  noteUndated: {
    en: '{count, plural, one {# incident} other {# incidents}} without a date, not shown.',
    fr: '{count, plural, one {# incident sans date, non affiché} other {# incidents sans date, non affichés}}.',
    ar: '{count, plural, zero {لا حوادث} one {حادثة واحدة} two {حادثتان} few {# حوادث} many {# حادثةً} other {# حادثة}} بلا تاريخ، غير معروضة.',
  },
  noteClipped: {
    en: 'Too many {unit, select, day {days} week {weeks} other {months}} to draw: only the last {bins, number} are shown. Choose a longer period to see all.',
    fr: '{unit, select, day {Trop de jours pour les tracer : seuls les {bins, number} derniers sont affichés} week {Trop de semaines pour les tracer : seules les {bins, number} dernières sont affichées} other {Trop de mois pour les tracer : seuls les {bins, number} derniers sont affichés}}. Choisissez une période plus longue pour tout voir.',
    ar: '{unit, select, day {الأيام} week {الأسابيع} other {الأشهر}} أكثر من أن تُرسم: لا يُعرض إلا آخرها، وعددها {bins, number}. اختر فترة أطول لرؤية الكل.',
  },
  noteClippedBefore: {
    en: 'Too many {unit, select, day {days} week {weeks} other {months}} to draw: only the last {bins, number} are shown, and {before, plural, one {# incident dated wholly before them is} other {# incidents dated wholly before them are}} left out. Choose a longer period to see all.',
    fr: '{unit, select, day {Trop de jours pour les tracer : seuls les {bins, number} derniers sont affichés} week {Trop de semaines pour les tracer : seules les {bins, number} dernières sont affichées} other {Trop de mois pour les tracer : seuls les {bins, number} derniers sont affichés}}, et {before, plural, one {# incident daté entièrement avant est écarté} other {# incidents datés entièrement avant sont écartés}}. Choisissez une période plus longue pour tout voir.',
    ar: '{unit, select, day {الأيام} week {الأسابيع} other {الأشهر}} أكثر من أن تُرسم: لا يُعرض إلا آخرها، وعددها {bins, number}، وتُستبعد {before, plural, zero {لا حوادث} one {حادثة واحدة مؤرخة} two {حادثتان مؤرختان} few {# حوادث مؤرخة} many {# حادثةً مؤرخةً} other {# حادثة مؤرخة}} بكاملها قبلها. اختر فترة أطول لرؤية الكل.',
  },
  incidentsCapped: {
    en: 'The case has more incidents than the timeline fetches ({max, number}): narrow the filters to see them all.',
    fr: 'Le dossier compte plus d’incidents que la chronologie n’en charge ({max, number}) : resserrez les filtres pour les voir tous.',
    ar: 'في القضية حوادث أكثر مما يجلبه الخط الزمني ({max, number}): ضيّق عوامل التصفية لرؤيتها كلها.',
  },
  partiesCapped: {
    en: 'The case has more involvements or actors than the timeline fetches ({max, number}): some parties may be missing.',
    fr: 'Le dossier compte plus d’implications ou d’acteurs que la chronologie n’en charge ({max, number}) : certaines parties peuvent manquer.',
    ar: 'في القضية مشاركات أو جهات فاعلة أكثر مما يجلبه الخط الزمني ({max, number}): قد تغيب بعض الأطراف.',
  },

  // The tables.
  binTable: { en: 'Incidents over time', fr: 'Incidents dans le temps', ar: 'الحوادث عبر الزمن' },
  periodHeader: {
    en: 'Period ({unit, select, day {day} week {week} other {month}})',
    fr: 'Période ({unit, select, day {jour} week {semaine} other {mois}})',
    ar: 'الفترة ({unit, select, day {يوم} week {أسبوع} other {شهر}})',
  },
  datedWithin: { en: 'Incidents dated within it', fr: 'Incidents datés à l’intérieur', ar: 'الحوادث المؤرخة ضمنها' },
  byGroup: { en: 'By group', fr: 'Par groupe', ar: 'حسب المجموعة' },
  noneWithin: {
    en: 'No incident is dated within a single {unit, select, day {day} week {week} other {month}}.',
    fr: 'Aucun incident n’est daté à l’intérieur {unit, select, day {d’un seul jour} week {d’une seule semaine} other {d’un seul mois}}.',
    ar: 'لا توجد حادثة مؤرخة ضمن {unit, select, day {يوم واحد} week {أسبوع واحد} other {شهر واحد}}.',
  },
  groupCount: { en: '{group}: {count, number}', fr: '{group} : {count, number}', ar: '{group}: {count, number}' },
  listSeparator: { en: '; ', fr: ' ; ', ar: '؛ ' },
  uncertainTable: { en: 'Incidents with uncertain dates', fr: 'Incidents aux dates incertaines', ar: 'حوادث بتواريخ غير مؤكدة' },
  incident: { en: 'Incident', fr: 'Incident', ar: 'الحادثة' },
  dateAsRecorded: { en: 'Date as recorded', fr: 'Date telle qu’enregistrée', ar: 'التاريخ كما سُجِّل' },
  couldBeFrom: { en: 'Could be any time from', fr: 'Peut se situer n’importe quand', ar: 'قد تقع في أي وقت' },
  group: { en: 'Group', fr: 'Groupe', ar: 'المجموعة' },
  noEvents: { en: 'No context events recorded for this case.', fr: 'Aucun événement de contexte n’est enregistré pour ce dossier.', ar: 'لم تُسجَّل أحداث سياقية لهذه القضية.' },
  eventDetails: { en: '({kind}; {date})', fr: '({kind} ; {date})', ar: '({kind}؛ {date})' },
  eventDetailsOutside: { en: '({kind}; {date}; outside the period charted)', fr: '({kind} ; {date} ; hors de la période représentée)', ar: '({kind}؛ {date}؛ خارج الفترة المرسومة)' },

  // The charts.
  barsTitle: { en: 'Incidents dated within one bin, stacked by group', fr: 'Incidents datés à l’intérieur d’une seule période, empilés par groupe', ar: 'الحوادث المؤرخة ضمن فترة واحدة، مكدّسة حسب المجموعة' },
  binTooltip: {
    en: '<b>{period}</b>: {count, plural, one {# incident} other {# incidents}} dated within it',
    fr: '<b>{period}</b> : {count, plural, one {# incident daté} other {# incidents datés}} à l’intérieur',
    ar: '<b>{period}</b>: {count, plural, zero {لا حوادث مؤرخة} one {حادثة واحدة مؤرخة} two {حادثتان مؤرختان} few {# حوادث مؤرخة} many {# حادثةً مؤرخةً} other {# حادثة مؤرخة}} ضمنها',
  },
  laneTitle: {
    en: 'Incidents with uncertain dates, each drawn over every bin its date allows',
    fr: 'Incidents aux dates incertaines, chacun tracé sur chaque période que sa date permet',
    ar: 'حوادث بتواريخ غير مؤكدة، تُرسم كلٌّ منها على كل فترة يسمح بها تاريخها',
  },
  spanTooltip: { en: '{date}: any time from {bounds}', fr: '{date} : n’importe quand {bounds}', ar: '{date}: في أي وقت {bounds}' },
  groupsLegend: { en: 'Groups', fr: 'Groupes', ar: 'المجموعات' },
  inAll: { en: '({count, number} in all)', fr: '({count, number} au total)', ar: '({count, number} إجمالًا)' },

  // Periods and groups in words (plain functions).
  dayRange: { en: '{from} to {to}', fr: 'du {from} au {to}', ar: 'من {from} إلى {to}' },
  weekOf: { en: 'week of {from} to {to}', fr: 'semaine du {from} au {to}', ar: 'أسبوع من {from} إلى {to}' },
  weekOfRange: { en: 'week of {range}', fr: 'semaine {range}', ar: 'أسبوع {range}' },
  noParty: { en: 'No party recorded', fr: 'Aucune partie enregistrée', ar: 'لم يُسجَّل أي طرف' },
  otherGroups: { en: 'Other groups', fr: 'Autres groupes', ar: 'مجموعات أخرى' },
  noType: { en: 'No type recorded', fr: 'Aucun type enregistré', ar: 'لم يُسجَّل أي نوع' },
});
