import { defineMessages } from '../i18n/define-messages.js';

/*
 * The analysis pages: the page and its controls, what each result says about itself, pins, the charts' words,
 * and the words the tables and figures share (counts of incidents, victim totals, intervals). Tables' own
 * headers are in analysis-tables.messages.ts, the pattern of conduct's in pattern.messages.ts.
 *
 * A `level` argument is a confidence level (0.95) formatted as a percentage in the reader's digits; a figure
 * passed as text has been formatted already (digits, no grouping for ledger entries).
 */

// The admin levels a place is counted at, as option names and inside sentences ("Incidents per …").
const LEVEL = {
  en: 'admin1 {governorate (admin 1)} admin2 {district (admin 2)} admin3 {sub-district (admin 3)} community {community} other {named area}',
  fr: 'admin1 {gouvernorat (admin 1)} admin2 {district (admin 2)} admin3 {sous-district (admin 3)} community {communauté} other {zone nommée}',
  ar: 'admin1 {المحافظة} admin2 {المنطقة} admin3 {الناحية} community {التجمع السكني} other {المنطقة المسمّاة}',
};
const LEVEL_AR_INDEFINITE = 'admin1 {محافظة} admin2 {منطقة} admin3 {ناحية} community {تجمع سكني} other {منطقة مسمّاة}';
const GROUPING = {
  en: 'category {target category} type {type} other {means}',
  fr: 'category {catégorie de cible} type {type} other {moyen}',
  ar: 'category {فئة الهدف} type {النوع} other {الوسيلة}',
};
const INCIDENTS_AR = 'zero {لا حوادث} one {حادثة واحدة} two {حادثتان} few {# حوادث} many {# حادثةً} other {# حادثة}';
const DAYS_AR = 'zero {# يوم} one {يوم واحد} two {يومان} few {# أيام} many {# يومًا} other {# يوم}';

export const analysisMessages = defineMessages('analysis', {
  // The page.
  title: { en: 'Analysis', fr: 'Analyse', ar: 'التحليل' },
  analysesNav: { en: 'Analyses', fr: 'Analyses', ar: 'التحليلات' },
  analysisName: {
    en: '{analysis, select, tempo {Tempo} sequence {Sequence} compare {Compare parties} pattern {Pattern of conduct} where {Where} other {{analysis}}}',
    fr: '{analysis, select, tempo {Rythme} sequence {Séquence} compare {Comparer les parties} pattern {Schéma de comportement} where {Lieux} other {{analysis}}}',
    ar: '{analysis, select, tempo {الوتيرة} sequence {التسلسل} compare {مقارنة الأطراف} pattern {نمط السلوك} where {الأماكن} other {{analysis}}}',
  },
  minimumGrade: { en: 'Minimum grade', fr: 'Niveau de vérification minimal', ar: 'الحد الأدنى لدرجة التحقق' },
  anyGrade: { en: 'any grade', fr: 'tout niveau', ar: 'أي درجة' },
  gradeOrStronger: {
    en: '{grade, select, reported {reported} single_source {single source} corroborated {corroborated} confirmed {confirmed} other {{grade}}} or stronger',
    fr: '{grade, select, reported {signalé} single_source {source unique} corroborated {corroboré} confirmed {confirmé} other {{grade}}} ou plus solide',
    ar: '{grade, select, reported {مُبلَّغ عنه} single_source {مصدر واحد} corroborated {مؤيَّد} confirmed {مؤكَّد} other {{grade}}} أو أقوى',
  },
  overFiltered: {
    en: 'Over the incidents the case’s filters select (set on the incident list, the map, or here by area).',
    fr: 'Sur les incidents que sélectionnent les filtres du dossier (définis dans la liste des incidents, sur la carte, ou ici par zone).',
    ar: 'على الحوادث التي تختارها عوامل التصفية في القضية (المضبوطة في قائمة الحوادث أو على الخريطة أو هنا حسب المنطقة).',
  },
  overAll: {
    en: 'Over all the case’s incidents; the incident list’s filters narrow it.',
    fr: 'Sur tous les incidents du dossier ; les filtres de la liste des incidents le restreignent.',
    ar: 'على جميع حوادث القضية؛ وتضيّقها عوامل التصفية في قائمة الحوادث.',
  },
  notApplied: {
    en: 'Not applied here: {filters}; analyses take the type, means, target, grade, party, place and date filters.',
    fr: 'Non appliqué ici : {filters} ; les analyses prennent les filtres de type, de moyen, de cible, de niveau, de partie, de lieu et de date.',
    ar: 'لا يُطبَّق هنا: {filters}؛ تأخذ التحليلات بعوامل التصفية حسب النوع والوسيلة والهدف والدرجة والطرف والمكان والتاريخ.',
  },
  textSearch: { en: 'the text search', fr: 'la recherche de texte', ar: 'البحث النصي' },
  mapArea: { en: 'the map area', fr: 'la zone de la carte', ar: 'نطاق الخريطة' },
  areaFilter: {
    en: 'Area filter: only the incidents in <b>{area}</b>, here and on the incident list, the map and the timeline.',
    fr: 'Filtre de zone : seulement les incidents de <b>{area}</b>, ici comme dans la liste des incidents, sur la carte et dans la chronologie.',
    ar: 'تصفية حسب المنطقة: الحوادث الواقعة في <b>{area}</b> فقط، هنا وفي قائمة الحوادث والخريطة والخط الزمني.',
  },
  removeAreaFilter: { en: 'Remove area filter', fr: 'Retirer le filtre de zone', ar: 'إزالة التصفية حسب المنطقة' },
  loading: { en: 'Loading…', fr: 'Chargement…', ar: 'جارٍ التحميل…' },

  // One result as asked, and what it says about itself.
  noResult: { en: 'No result: {error}', fr: 'Aucun résultat : {error}', ar: 'لا نتيجة: {error}' },
  computing: { en: 'Computing…', fr: 'Calcul en cours…', ar: 'جارٍ الحساب…' },
  aboutResult: { en: 'About this result', fr: 'À propos de ce résultat', ar: 'حول هذه النتيجة' },
  selection: { en: 'Selection', fr: 'Sélection', ar: 'الاختيار' },
  method: { en: 'Method', fr: 'Méthode', ar: 'المنهجية' },
  assumptions: { en: 'Assumptions and references', fr: 'Hypothèses et références', ar: 'الافتراضات والمراجع' },
  computedAt: { en: 'Computed at', fr: 'Calculé à', ar: 'حُسبت عند' },
  signedCheckpoint: { en: '(the custody ledger’s signed checkpoint)', fr: '(le point de contrôle signé du registre de conservation)', ar: '(نقطة التحقق الموقّعة في سجل الحيازة)' },
  excludedEntry: { en: '{reason}: {count}', fr: '{reason} : {count}', ar: '{reason}: {count}' },
  selectionNoneLeftOut: {
    en: 'Counts {included, number} of the {selected, number} incidents the filters select; none left out.',
    fr: 'Compte {included, number} {selected, plural, one {sur # incident sélectionné} other {sur # incidents sélectionnés}} par les filtres ; aucun n’est écarté.',
    ar: 'يحتسب {included, number} من أصل {selected, plural, zero {# حادثة} one {حادثة واحدة} two {حادثتين} few {# حوادث} many {# حادثةً} other {# حادثة}} تختارها عوامل التصفية؛ لم يُستبعد شيء.',
  },
  selectionLeftOut: {
    en: 'Counts {included, number} of the {selected, number} incidents the filters select; left out:',
    fr: 'Compte {included, number} {selected, plural, one {sur # incident sélectionné} other {sur # incidents sélectionnés}} par les filtres ; écartés :',
    ar: 'يحتسب {included, number} من أصل {selected, plural, zero {# حادثة} one {حادثة واحدة} two {حادثتين} few {# حوادث} many {# حادثةً} other {# حادثة}} تختارها عوامل التصفية؛ المستبعد:',
  },
  reasonBelowGrade: { en: 'below the minimum grade', fr: 'sous le niveau minimal', ar: 'دون الدرجة الدنيا' },
  reasonNoDate: { en: 'no date', fr: 'sans date', ar: 'بلا تاريخ' },
  reasonNoPlace: { en: 'no place', fr: 'sans lieu', ar: 'بلا مكان' },
  methodVersion: { en: '{name}, version {version}', fr: '{name}, version {version}', ar: '{name}، الإصدار {version}' },
  ledgerPoint: { en: 'tree size {size, number}, root {root}…', fr: 'taille de l’arbre {size, number}, racine {root}…', ar: 'حجم الشجرة {size, number}، الجذر {root}…' },

  // Pins.
  pinToCase: { en: 'Pin to case', fr: 'Épingler au dossier', ar: 'تثبيت في القضية' },
  pinTitle: { en: 'Title of the pinned analysis', fr: 'Titre de l’analyse épinglée', ar: 'عنوان التحليل المثبَّت' },
  pinnedAs: {
    en: 'Pinned: <a>{title}</a> (ledger entry {seq}, tree size {size})',
    fr: 'Épinglée : <a>{title}</a> (entrée {seq} du registre, taille de l’arbre {size})',
    ar: 'ثُبِّت: <a>{title}</a> (القيد {seq} في السجل، حجم الشجرة {size})',
  },
  notPinned: { en: 'Not pinned: {error}', fr: 'Non épinglée : {error}', ar: 'لم يُثبَّت: {error}' },
  pinnedAnalyses: { en: 'Pinned analyses', fr: 'Analyses épinglées', ar: 'التحليلات المثبَّتة' },
  nothingPinned: { en: 'Nothing pinned to this case yet.', fr: 'Rien n’est encore épinglé à ce dossier.', ar: 'لم يُثبَّت شيء في هذه القضية بعد.' },
  pinDetails: {
    en: '({analysis}; pinned {at} by {by}; tree size {size})',
    fr: '({analysis} ; épinglée le {at} par {by} ; taille de l’arbre {size})',
    ar: '({analysis}؛ ثُبِّت في {at} بواسطة {by}؛ حجم الشجرة {size})',
  },
  pinnedNotShown: { en: 'Pinned analysis not shown: {error}', fr: 'Analyse épinglée non affichée : {error}', ar: 'تعذّر عرض التحليل المثبَّت: {error}' },
  pinnedHeading: { en: 'Pinned: {title}', fr: 'Épinglée : {title}', ar: 'مثبَّت: {title}' },
  keptAsComputed: {
    en: 'The result as it was computed and kept. Later changes to the case do not change it.',
    fr: 'Le résultat tel qu’il a été calculé et conservé. Les modifications ultérieures du dossier ne le changent pas.',
    ar: 'النتيجة كما حُسبت وحُفظت. ولا تغيّرها التعديلات اللاحقة على القضية.',
  },
  keptAsPinned: {
    en: 'The result as it was computed and kept, pinned {at} by {by} (ledger entry {seq}; SHA-256 {sha}…). Later changes to the case do not change it.',
    fr: 'Le résultat tel qu’il a été calculé et conservé, épinglé le {at} par {by} (entrée {seq} du registre ; SHA-256 {sha}…). Les modifications ultérieures du dossier ne le changent pas.',
    ar: 'النتيجة كما حُسبت وحُفظت، وقد ثُبِّتت في {at} بواسطة {by} (القيد {seq} في السجل؛ البصمة {sha}…). ولا تغيّرها التعديلات اللاحقة على القضية.',
  },
  asked: { en: 'Asked: {parameters}', fr: 'Demandé : {parameters}', ar: 'المطلوب: {parameters}' },

  // Tables.
  downloadCsvOf: { en: 'Download CSV: {label}', fr: 'Télécharger en CSV : {label}', ar: 'تنزيل CSV: {label}' },
  downloadCsv: { en: 'Download CSV', fr: 'Télécharger en CSV', ar: 'تنزيل CSV' },
  showIncidents: {
    en: '{count, plural, one {# incident: show it} other {# incidents: show them}}',
    fr: '{count, plural, one {# incident : l’afficher} other {# incidents : les afficher}}',
    ar: '{count, plural, zero {لا حوادث} one {حادثة واحدة: اعرضها} two {حادثتان: اعرضهما} few {# حوادث: اعرضها} many {# حادثةً: اعرضها} other {# حادثة: اعرضها}}',
  },
  incidentsCounted: {
    en: '{count, plural, one {The # incident counted} other {The # incidents counted}}',
    fr: '{count, plural, one {Le # incident compté} other {Les # incidents comptés}}',
    ar: '{count, plural, zero {لا حوادث محتسبة} one {الحادثة المحتسبة} two {الحادثتان المحتسبتان} few {# حوادث محتسبة} many {# حادثةً محتسبةً} other {# حادثة محتسبة}}',
  },

  // Figures in words, shared by tables, figures and captions.
  incidents: {
    en: '{count, plural, one {# incident} other {# incidents}}',
    fr: '{count, plural, one {# incident} other {# incidents}}',
    ar: `{count, plural, ${INCIDENTS_AR}}`,
  },
  days: {
    en: '{count, plural, one {# day} other {# days}}',
    fr: '{count, plural, one {# jour} other {# jours}}',
    ar: `{count, plural, ${DAYS_AR}}`,
  },
  interval: { en: '{low} to {high}', fr: '{low} à {high}', ar: '{low} إلى {high}' },
  unbounded: { en: 'unbounded', fr: 'non borné', ar: 'غير محدود' },
  noFigure: { en: 'no figure', fr: 'aucun chiffre', ar: 'لا رقم' },
  unknownFigure: { en: 'unknown', fr: 'inconnu', ar: 'غير معروف' },
  atLeastFigure: { en: 'at least {value}', fr: 'au moins {value}', ar: '{value} على الأقل' },
  figureRange: { en: '{min}–{max}', fr: '{min}–{max}', ar: '{min}–{max}' },
  figuresUnknown: {
    en: '{words} ({unknown, number} of {parts, number} figures unknown)',
    fr: '{words} ({unknown, plural, one {# chiffre inconnu} other {# chiffres inconnus}} sur {parts, number})',
    ar: '{words} (عدد الأرقام غير المعروفة: {unknown, number} من {parts, number})',
  },
  victimFigure: {
    en: '{figure, select, killed {killed} injured {injured} missing {missing} detained {detained} displaced {displaced} other {{figure}}}',
    fr: '{figure, select, killed {tués} injured {blessés} missing {disparus} detained {détenus} displaced {déplacés} other {{figure}}}',
    ar: '{figure, select, killed {القتلى} injured {الجرحى} missing {المفقودون} detained {المحتجزون} displaced {النازحون} other {{figure}}}',
  },
  victimFigureTitle: {
    en: '{figure, select, killed {Killed} injured {Injured} missing {Missing} detained {Detained} displaced {Displaced} other {{figure}}}',
    fr: '{figure, select, killed {Tués} injured {Blessés} missing {Disparus} detained {Détenus} displaced {Déplacés} other {{figure}}}',
    ar: '{figure, select, killed {القتلى} injured {الجرحى} missing {المفقودون} detained {المحتجزون} displaced {النازحون} other {{figure}}}',
  },
  levelName: { en: `{level, select, ${LEVEL.en}}`, fr: `{level, select, ${LEVEL.fr}}`, ar: `{level, select, ${LEVEL.ar}}` },
  chartKey: { en: 'Chart key', fr: 'Légende du graphique', ar: 'مفتاح الرسم' },
  intervalTooltip: {
    en: '<b>{label}</b>: {estimate}, {level, number, percent} interval {low} to {high}',
    fr: '<b>{label}</b> : {estimate}, intervalle à {level, number, percent} de {low} à {high}',
    ar: '<b>{label}</b>: {estimate}، فترة {level, number, percent} من {low} إلى {high}',
  },
  intervalTooltipOpen: {
    en: '<b>{label}</b>: {estimate}, {level, number, percent} interval {low} to unbounded',
    fr: '<b>{label}</b> : {estimate}, intervalle à {level, number, percent} de {low} à l’infini (non borné)',
    ar: '<b>{label}</b>: {estimate}، فترة {level, number, percent} من {low} بلا حد أعلى',
  },

  // Tempo.
  compareBeforeAfter: { en: 'Compare before and after', fr: 'Comparer avant et après', ar: 'المقارنة قبل وبعد' },
  eventsNotLoaded: { en: 'Context events not loaded: {error}', fr: 'Événements de contexte non chargés : {error}', ar: 'لم تُحمَّل الأحداث السياقية: {error}' },
  noContextEvents: {
    en: 'This case records no context events; type dates instead.',
    fr: 'Ce dossier n’enregistre aucun événement de contexte ; saisissez plutôt des dates.',
    ar: 'لا تسجّل هذه القضية أحداثًا سياقية؛ اكتب تواريخ بدلًا منها.',
  },
  everyEventOfKind: { en: 'Every event of a kind', fr: 'Chaque événement d’un type', ar: 'كل حدث من نوع' },
  noKind: { en: 'none', fr: 'aucun', ar: 'لا شيء' },
  typedDates: {
    en: 'Dates (YYYY-MM-DD, separated by commas)',
    fr: 'Dates (AAAA-MM-JJ, séparées par des virgules)',
    ar: 'التواريخ (سنة-شهر-يوم بأرقام لاتينية، مفصولة بفواصل)',
  },
  daysBeforeAfter: { en: 'Days before and after', fr: 'Jours avant et après', ar: 'الأيام قبل وبعد' },
  tempoBy: {
    en: 'Tempo by {unit, select, day {day} week {week} other {month}}',
    fr: 'Rythme par {unit, select, day {jour} week {semaine} other {mois}}',
    ar: 'الوتيرة حسب {unit, select, day {اليوم} week {الأسبوع} other {الشهر}}',
  },
  tempoChartTitle: {
    en: 'Incidents per period: certain, and the possible range above',
    fr: 'Incidents par période : certains, et la fourchette possible au-dessus',
    ar: 'الحوادث في كل فترة: المؤكدة، وفوقها النطاق الممكن',
  },
  certain: { en: 'Certain', fr: 'Certains', ar: 'مؤكدة' },
  possible: { en: 'Possible', fr: 'Possibles', ar: 'ممكنة' },
  expected: { en: 'Expected', fr: 'Attendus', ar: 'متوقعة' },
  legendCertain: { en: 'Certain: the whole date lies in the period', fr: 'Certains : la date entière tombe dans la période', ar: 'مؤكدة: يقع التاريخ كله ضمن الفترة' },
  legendPossible: {
    en: 'Possible: the date overlaps the period (drawn up to the possible count)',
    fr: 'Possibles : la date chevauche la période (tracés jusqu’au nombre possible)',
    ar: 'ممكنة: يتداخل التاريخ مع الفترة (مرسومة حتى العدد الممكن)',
  },
  legendExpected: {
    en: 'Expected: if each date were spread evenly over its days (an assumption, not a finding)',
    fr: 'Attendus : si chaque date était répartie également sur ses jours (une hypothèse, non une constatation)',
    ar: 'متوقعة: لو وُزِّع كل تاريخ بالتساوي على أيامه (افتراض لا نتيجة)',
  },
  tempoTooltip: {
    en: '{certain, number} certain, {possible, number} possible, {expected, number} expected',
    fr: '{certain, plural, one {# certain} other {# certains}}, {possible, plural, one {# possible} other {# possibles}}, {expected, plural, one {# attendu} other {# attendus}}',
    ar: 'المؤكدة {certain, number}، والممكنة {possible, number}، والمتوقعة {expected, number}',
  },
  tempoCaption: {
    en: 'Incidents per {unit, select, day {day} week {week} month {month} other {period}}, {span}. Marked: the case’s context events.',
    fr: 'Incidents par {unit, select, day {jour} week {semaine} month {mois} other {période}}, {span}. Signalés : les événements de contexte du dossier.',
    ar: 'الحوادث في كل {unit, select, day {يوم} week {أسبوع} month {شهر} other {فترة}}، {span}. المعلَّم: الأحداث السياقية للقضية.',
  },
  beforeAfterHeading: {
    en: 'Before and after ({days, plural, one {# day} other {# days}} each side)',
    fr: 'Avant et après ({days, plural, one {# jour} other {# jours}} de chaque côté)',
    ar: `قبل وبعد ({days, plural, ${DAYS_AR}} في كل جانب)`,
  },
  noSuperposed: { en: 'No superposed figure: {reason}.', fr: 'Aucun chiffre superposé : {reason}.', ar: 'لا رقم مُركَّب: {reason}.' },
  rateRatiosHeading: { en: 'Rate ratios: the rate after over the rate before', fr: 'Rapports de taux : le taux après sur le taux avant', ar: 'نسب المعدلات: المعدل بعد مقسومًا على المعدل قبل' },
  rateRatiosTitle: {
    en: 'Rate ratios with {level, number, percent} intervals, on a log scale around {one, number}',
    fr: 'Rapports de taux avec intervalles à {level, number, percent}, sur une échelle logarithmique centrée sur {one, number}',
    ar: 'نسب المعدلات مع فترات {level, number, percent}، على مقياس لوغاريتمي حول {one, number}',
  },
  // The chart is mirrored in Arabic (chart-direction.ts): more incidents after lie left of the line there.
  rateRatiosCaption: {
    en: 'Dot: the ratio; whisker: its exact {level, number, percent} interval; an arrow: an end beyond the axis or not bounded. Right of the dashed line at {one, number}, more incidents after than before. Dark: on certain counts; light: on possible counts.',
    fr: 'Point : le rapport ; moustache : son intervalle exact à {level, number, percent} ; une flèche : une borne au-delà de l’axe ou non bornée. À droite de la ligne pointillée à {one, number}, plus d’incidents après qu’avant. Foncé : sur les nombres certains ; clair : sur les nombres possibles.',
    ar: 'النقطة: النسبة؛ الخط: فترتها الدقيقة {level, number, percent}؛ السهم: طرف يتجاوز المحور أو غير محدود. إلى يسار الخط المتقطع عند {one, number} حوادث بعدُ أكثر منها قبلُ. الداكن: على الأعداد المؤكدة؛ الفاتح: على الأعداد الممكنة.',
  },
  noRatio: {
    en: 'No ratio to draw: too few incidents around every anchor; the table below gives each reason.',
    fr: 'Aucun rapport à tracer : trop peu d’incidents autour de chaque point de référence ; le tableau ci-dessous donne chaque raison.',
    ar: 'لا نسبة لرسمها: الحوادث قليلة جدًا حول كل نقطة مرجعية؛ يبيّن الجدول أدناه السبب في كل حالة.',
  },

  // Parties compared.
  partiesChoice: {
    en: 'Parties (none ticked: every party the incidents name)',
    fr: 'Parties (aucune cochée : toutes celles que nomment les incidents)',
    ar: 'الأطراف (إن لم يُحدَّد أي منها: كل طرف تذكره الحوادث)',
  },
  actorsNotLoaded: { en: 'Actors not loaded: {error}', fr: 'Acteurs non chargés : {error}', ar: 'لم تُحمَّل الجهات الفاعلة: {error}' },
  partiesCompared: { en: 'Parties compared', fr: 'Parties comparées', ar: 'مقارنة الأطراف' },
  groupingName: { en: `{grouping, select, ${GROUPING.en}}`, fr: `{grouping, select, ${GROUPING.fr}}`, ar: `{grouping, select, ${GROUPING.ar}}` },
  incidentsBy: { en: `Incidents by {grouping, select, ${GROUPING.en}}`, fr: `Incidents par {grouping, select, ${GROUPING.fr}}`, ar: `الحوادث حسب {grouping, select, ${GROUPING.ar}}` },
  chartDrawsFirst: {
    en: 'The chart draws the first {max, number} parties; the tables list all {count, number}.',
    fr: 'Le graphique trace les {max, number} premières parties ; les tableaux les listent toutes ({count, number}).',
    ar: 'يرسم المخطط أول {max, plural, zero {# طرف} one {طرف} two {طرفين} few {# أطراف} many {# طرفًا} other {# طرف}}؛ وتسرد الجداول الأطراف كلها ({count, number}).',
  },
  nothingToDraw: {
    en: 'No incident of these parties records a {grouping, select, category {target category} type {type} other {means}}: nothing to draw.',
    fr: 'Aucun incident de ces parties n’enregistre {grouping, select, category {de catégorie de cible} type {de type} other {de moyen}} : rien à tracer.',
    ar: 'لا تسجّل أي حادثة لهذه الأطراف {grouping, select, category {فئة هدف} type {نوعًا} other {وسيلة}}: لا شيء لرسمه.',
  },
  protectedShareHeading: { en: 'Share of attacks on specially protected objects', fr: 'Part des attaques visant des biens spécialement protégés', ar: 'نسبة الهجمات على الأعيان المشمولة بحماية خاصة' },
  protectedShareTitle: {
    en: 'Share of each party’s attacks on specially protected objects, with {level, number, percent} Wilson intervals',
    fr: 'Part des attaques de chaque partie visant des biens spécialement protégés, avec intervalles de Wilson à {level, number, percent}',
    ar: 'نسبة هجمات كل طرف على الأعيان المشمولة بحماية خاصة، مع فترات ويلسون {level, number, percent}',
  },
  protectedShareCaption: {
    en: 'Dot: the share of the party’s attributed attacks that record a target; whisker: its {level, number, percent} Wilson interval. Parties with too few attacks are in the table, with the reason.',
    fr: 'Point : la part des attaques attribuées à la partie qui enregistrent une cible ; moustache : son intervalle de Wilson à {level, number, percent}. Les parties ayant trop peu d’attaques figurent dans le tableau, avec la raison.',
    ar: 'النقطة: نسبة هجمات الطرف المنسوبة إليه التي تسجّل هدفًا؛ الخط: فترة ويلسون {level, number, percent} الخاصة بها. ترد الأطراف ذات الهجمات القليلة جدًا في الجدول مع السبب.',
  },
  noShare: {
    en: 'No share to draw: no party has enough attributed attacks recording a target; the table below gives each party’s reason.',
    fr: 'Aucune part à tracer : aucune partie n’a assez d’attaques attribuées enregistrant une cible ; le tableau ci-dessous donne la raison pour chaque partie.',
    ar: 'لا نسبة لرسمها: لا يملك أي طرف ما يكفي من الهجمات المنسوبة التي تسجّل هدفًا؛ يبيّن الجدول أدناه سبب كل طرف.',
  },
  victimsAndStandards: { en: 'Victims and standards of proof', fr: 'Victimes et niveaux de preuve', ar: 'الضحايا ومعايير الإثبات' },
  sideBySideBy: { en: 'Side by side by', fr: 'Côte à côte par', ar: 'جنبًا إلى جنب حسب' },
  compareChartTitle: { en: 'Incidents per group, the parties side by side', fr: 'Incidents par groupe, les parties côte à côte', ar: 'الحوادث في كل مجموعة، والأطراف جنبًا إلى جنب' },
  partyAttributed: { en: '{party}: attributed', fr: '{party} : attribués', ar: '{party}: منسوبة' },
  partyPossiblyAttributed: { en: '{party}: possibly attributed', fr: '{party} : peut-être attribués', ar: '{party}: منسوبة على نحو محتمل' },
  partyCounts: {
    en: '{party}: {attributed, number} attributed, {possibly, number} possibly attributed',
    fr: '{party} : {attributed, plural, one {# attribué} other {# attribués}}, {possibly, plural, one {# peut-être attribué} other {# peut-être attribués}}',
    ar: '{party}: المنسوبة {attributed, number}، والمنسوبة على نحو محتمل {possibly, number}',
  },
  partiesLegend: { en: 'Parties', fr: 'Parties', ar: 'الأطراف' },
  compareLegend: {
    en: 'Solid: attributed; pale, above it: possibly attributed (one of several named)',
    fr: 'Plein : attribués ; pâle, au-dessus : peut-être attribués (l’une de plusieurs parties nommées)',
    ar: 'المصمت: منسوبة؛ الباهت فوقه: منسوبة على نحو محتمل (أحد عدة أطراف مذكورة)',
  },
  targetCategory: {
    en: '{category, select, medical {Hospitals and medical care} education {Schools} worship_and_culture {Places of worship and cultural property} humanitarian {Aid convoys, humanitarian staff and premises, UN premises} civil_defence {Civil defence} water {Water} food_and_agriculture {Food: bakeries, food distribution, agriculture} market {Markets} residential {Homes and residential areas} power {Power infrastructure} displacement_camp {Camps and shelters for displaced people} military_objective {Military objectives (as claimed)} other {{label}}}',
    fr: '{category, select, medical {Hôpitaux et soins médicaux} education {Écoles} worship_and_culture {Lieux de culte et biens culturels} humanitarian {Convois d’aide, personnel et locaux humanitaires, locaux des Nations Unies} civil_defence {Protection civile} water {Eau} food_and_agriculture {Alimentation : boulangeries, distributions alimentaires, agriculture} market {Marchés} residential {Habitations et zones résidentielles} power {Infrastructures électriques} displacement_camp {Camps et abris pour personnes déplacées} military_objective {Objectifs militaires (allégués)} other {{label}}}',
    ar: '{category, select, medical {المستشفيات والرعاية الطبية} education {المدارس} worship_and_culture {دور العبادة والممتلكات الثقافية} humanitarian {قوافل المساعدات والعاملون في المجال الإنساني ومبانيه ومباني الأمم المتحدة} civil_defence {الدفاع المدني} water {المياه} food_and_agriculture {الغذاء: المخابز وتوزيع الأغذية والزراعة} market {الأسواق} residential {المنازل والمناطق السكنية} power {البنية التحتية للطاقة} displacement_camp {مخيمات النازحين ومآويهم} military_objective {أهداف عسكرية (حسب الادعاء)} other {{label}}}',
  },

  // Sequence.
  placesAtLevel: { en: 'Places at the level of', fr: 'Lieux au niveau', ar: 'الأماكن على مستوى' },
  sequenceBy: { en: `Sequence by {level, select, ${LEVEL.en}}`, fr: `Séquence par {level, select, ${LEVEL.fr}}`, ar: `التسلسل حسب {level, select, ${LEVEL.ar}}` },
  notAtLevel: { en: 'Not placed at this level, so in no row: {incidents}', fr: 'Non placés à ce niveau, donc dans aucune ligne : {incidents}', ar: 'غير محددة المكان على هذا المستوى، فلا تظهر في أي صف: {incidents}' },
  sequenceChartTitle: {
    en: 'Places in the order first struck, each from its first to its last incident',
    fr: 'Lieux dans l’ordre où ils ont été frappés pour la première fois, chacun de son premier à son dernier incident',
    ar: 'الأماكن بترتيب أول استهداف لها، كلٌّ منها من أول حادثة إلى آخر حادثة',
  },
  legendFirstToLast: { en: 'First to last incident (widest reading of the dates)', fr: 'Du premier au dernier incident (lecture la plus large des dates)', ar: 'من أول حادثة إلى آخرها (أوسع قراءة للتواريخ)' },
  legendActive: { en: 'Active period: the middle half of the place’s incidents', fr: 'Période active : la moitié centrale des incidents du lieu', ar: 'فترة النشاط: النصف الأوسط من حوادث المكان' },
  legendBusiest: {
    en: 'Busiest month (most incidents dated wholly within it)',
    fr: 'Mois le plus chargé (le plus d’incidents datés entièrement à l’intérieur)',
    ar: 'الشهر الأكثر نشاطًا (أكثر الحوادث المؤرخة بكاملها ضمنه)',
  },
  placeTooltip: {
    en: '<b>{name}</b> ({pcode}): {count, plural, one {# incident} other {# incidents}}, {period}',
    fr: '<b>{name}</b> ({pcode}) : {count, plural, one {# incident} other {# incidents}}, {period}',
    ar: `<b>{name}</b> ({pcode}): {count, plural, ${INCIDENTS_AR}}، {period}`,
  },
  busiestTooltip: {
    en: 'Busiest month {month}: {count, number} certainly in it',
    fr: 'Mois le plus chargé, {month} : {count, plural, one {# incident certainement dans ce mois} other {# incidents certainement dans ce mois}}',
    ar: `الشهر الأكثر نشاطًا {month}: {count, plural, ${INCIDENTS_AR}} فيه يقينًا`,
  },
  overlap: {
    en: "Overlap {overlap}: {zero} would mean strictly one place at a time, {one} every place active over the same span (the places' middle halves of activity compared pair by pair).",
    fr: 'Chevauchement {overlap} : {zero} signifierait strictement un lieu à la fois, {one} tous les lieux actifs sur la même durée (les moitiés centrales d’activité des lieux comparées deux à deux).',
    ar: 'التداخل {overlap}: تعني القيمة {zero} مكانًا واحدًا في كل مرة حصرًا، وتعني {one} أن كل الأماكن نشطة في المدة نفسها (بمقارنة الأنصاف الوسطى لنشاط الأماكن زوجًا زوجًا).',
  },
  noOverlap: { en: 'No overlap figure: {reason}.', fr: 'Aucun chiffre de chevauchement : {reason}.', ar: 'لا رقم للتداخل: {reason}.' },
  fewerThanTwoPlaces: { en: 'fewer than two places', fr: 'moins de deux lieux', ar: 'أقل من مكانين' },

  // Where.
  areasAtLevel: { en: 'Areas at the level of', fr: 'Zones au niveau', ar: 'المناطق على مستوى' },
  wavesWithinKm: { en: 'Waves: within km', fr: 'Vagues : à moins de (km)', ar: 'الموجات: ضمن (كم)' },
  withinDays: { en: 'and within days', fr: 'et à moins de (jours)', ar: 'وضمن (أيام)' },
  atLeastIncidents: { en: 'at least incidents', fr: 'au moins (incidents)', ar: 'بحد أدنى (حوادث)' },
  notAsked: { en: 'Not asked: {problems}.', fr: 'Non demandé : {problems}.', ar: 'لم يُطلب: {problems}.' },
  kmProblem: {
    en: 'the distance must be a number of kilometres above {min} and at most {max}',
    fr: 'la distance doit être un nombre de kilomètres supérieur à {min} et d’au plus {max}',
    ar: 'يجب أن تكون المسافة عددًا من الكيلومترات أكبر من {min} ولا يزيد على {max}',
  },
  daysProblem: {
    en: 'the gap must be a whole number of days from {min} to {max}',
    fr: 'l’écart doit être un nombre entier de jours de {min} à {max}',
    ar: 'يجب أن يكون الفارق عددًا صحيحًا من الأيام بين {min} و{max}',
  },
  minProblem: {
    en: 'a wave’s minimum must be a whole number of incidents from {min} to {max}',
    fr: 'le minimum d’une vague doit être un nombre entier d’incidents de {min} à {max}',
    ar: 'يجب أن يكون الحد الأدنى للموجة عددًا صحيحًا من الحوادث بين {min} و{max}',
  },
  whereTitle: {
    en: `Where: incidents by {level, select, ${LEVEL.en}}, and waves`,
    fr: `Lieux : incidents par {level, select, ${LEVEL.fr}}, et vagues`,
    ar: `الأماكن: الحوادث حسب {level, select, ${LEVEL.ar}}، والموجات`,
  },
  incidentsPerLevel: {
    en: `Incidents per {level, select, ${LEVEL.en}}`,
    fr: `Incidents par {level, select, ${LEVEL.fr}}`,
    ar: `الحوادث في كل {level, select, ${LEVEL_AR_INDEFINITE}}`,
  },
  filterColumn: { en: 'Filter', fr: 'Filtre', ar: 'التصفية' },
  onlyThisArea: { en: 'Only this area', fr: 'Seulement cette zone', ar: 'هذه المنطقة فقط' },
  onlyThisAreaNamed: { en: 'Only this area: {name} ({pcode})', fr: 'Seulement cette zone : {name} ({pcode})', ar: 'هذه المنطقة فقط: {name} ({pcode})' },
  placedCoarser: {
    en: 'Placed more coarsely than this level, so in no area: {incidents}',
    fr: 'Placés moins précisément que ce niveau, donc dans aucune zone : {incidents}',
    ar: 'محددة المكان بدقة أقل من هذا المستوى، فلا تقع في أي منطقة: {incidents}',
  },
  waves: { en: 'Waves', fr: 'Vagues', ar: 'الموجات' },
  inNoWave: { en: 'Dated and located but in no wave: {incidents}', fr: 'Datés et localisés, mais dans aucune vague : {incidents}', ar: 'مؤرخة ومحددة الموقع لكنها خارج أي موجة: {incidents}' },
  neverInWave: {
    en: 'Without a date or a point, so never in a wave: {incidents}',
    fr: 'Sans date ou sans point, donc jamais dans une vague : {incidents}',
    ar: 'بلا تاريخ أو بلا نقطة، فلا تدخل أي موجة: {incidents}',
  },
  basemapFailed: { en: 'The basemap could not be loaded: {error}', fr: 'Le fond de carte n’a pas pu être chargé : {error}', ar: 'تعذّر تحميل الخريطة الأساسية: {error}' },
  loadingMap: { en: 'Loading the map…', fr: 'Chargement de la carte…', ar: 'جارٍ تحميل الخريطة…' },
  legend: { en: 'Legend', fr: 'Légende', ar: 'مفتاح الخريطة' },
  classIncidents: {
    en: '{range} {high, plural, one {incident} other {incidents}}',
    fr: '{range} {high, plural, one {incident} other {incidents}}',
    ar: '{range} {high, plural, zero {حادثة} one {حادثة} two {حادثة} few {حوادث} many {حادثة} other {حادثة}}',
  },
  noIncidentUnshaded: { en: 'no incident (unshaded)', fr: 'aucun incident (non ombré)', ar: 'لا حوادث (غير مظلَّلة)' },
  waveSwatch: { en: 'a wave: centre and radius', fr: 'une vague : centre et rayon', ar: 'موجة: المركز ونصف القطر' },
  noSubDistricts: {
    en: 'Sub-district boundaries are not shipped with the map (only governorates and districts): the table lists the sub-districts, the map draws the waves only.',
    fr: 'Les limites des sous-districts ne sont pas fournies avec la carte (seulement les gouvernorats et les districts) : le tableau liste les sous-districts, la carte ne trace que les vagues.',
    ar: 'لا تتضمن الخريطة حدود النواحي (المحافظات والمناطق فقط): يسرد الجدول النواحي، ولا ترسم الخريطة إلا الموجات.',
  },
  notOnMap: { en: 'Not on the map, having no shape in the basemap: {areas}.', fr: 'Absentes de la carte, faute de forme dans le fond de carte : {areas}.', ar: 'غير ظاهرة على الخريطة لعدم وجود شكل لها في الخريطة الأساسية: {areas}.' },
  clickToNarrow: {
    en: 'Click a shaded area, or use “Only this area” in its row of the table, to narrow the case to it.',
    fr: 'Cliquez sur une zone ombrée, ou utilisez « Seulement cette zone » dans sa ligne du tableau, pour y restreindre le dossier.',
    ar: 'انقر منطقة مظلَّلة، أو استخدم «هذه المنطقة فقط» في صفها من الجدول، لحصر القضية فيها.',
  },
  shadesQuantiles: {
    en: 'Shades: classes of about as many areas each (quantiles); the table below holds every figure.',
    fr: 'Teintes : classes d’environ autant de zones chacune (quantiles) ; le tableau ci-dessous contient tous les chiffres.',
    ar: 'الدرجات: فئات تضم كلٌّ منها عددًا متقاربًا من المناطق (تجزيئات كمية)؛ ويحوي الجدول أدناه كل الأرقام.',
  },
  shadesPerCount: {
    en: 'Shades: one per count; the table below holds every figure.',
    fr: 'Teintes : une par nombre ; le tableau ci-dessous contient tous les chiffres.',
    ar: 'الدرجات: درجة لكل عدد؛ ويحوي الجدول أدناه كل الأرقام.',
  },
  mapNeedsWebgl: {
    en: 'This browser cannot draw the map (it needs WebGL). The tables below hold every figure.',
    fr: 'Ce navigateur ne peut pas tracer la carte (il lui faut WebGL). Les tableaux ci-dessous contiennent tous les chiffres.',
    ar: 'لا يستطيع هذا المتصفح رسم الخريطة (إذ تتطلب رسوميات الويب ثلاثية الأبعاد). وتحوي الجداول أدناه كل الأرقام.',
  },
  zoomIn: { en: 'Zoom in', fr: 'Zoom avant', ar: 'تكبير' },
  zoomOut: { en: 'Zoom out', fr: 'Zoom arrière', ar: 'تصغير' },
  kilometres: { en: 'km', fr: 'km', ar: 'كم' },
  metres: { en: 'm', fr: 'm', ar: 'م' },
  waveLabel: { en: 'Wave {n, number}: {period}', fr: 'Vague {n, number} : {period}', ar: 'الموجة {n, number}: {period}' },
  waveParameters: {
    en: 'Waves: groups of at least {min, plural, one {# incident} other {# incidents}} (DBSCAN), two incidents being neighbours when their points are at most {km, number} km apart and their dates at most {days, plural, one {# day} other {# days}} apart; a core incident has at least {min, plural, one {# neighbour} other {# neighbours}}, itself included.',
    fr: 'Vagues : groupes d’au moins {min, plural, one {# incident} other {# incidents}} (DBSCAN), deux incidents étant voisins lorsque leurs points sont distants d’au plus {km, number} km et leurs dates d’au plus {days, plural, one {# jour} other {# jours}} ; un incident central a au moins {min, plural, one {# voisin} other {# voisins}}, lui-même compris.',
    ar: `الموجات: مجموعات من {min, plural, zero {# حادثة} one {حادثة واحدة} two {حادثتين} few {# حوادث} many {# حادثةً} other {# حادثة}} على الأقل (خوارزمية دي بي سكان)، وتُعدّ حادثتان متجاورتين حين لا تزيد المسافة بين نقطتيهما على {km, number} كم ولا يزيد الفارق بين تاريخيهما على {days, plural, zero {# يوم} one {يوم واحد} two {يومين} few {# أيام} many {# يومًا} other {# يوم}}؛ وللحادثة المركزية {min, plural, zero {# جار} one {جار واحد} two {جاران} few {# جيران} many {# جارًا} other {# جار}} على الأقل، بما فيها هي نفسها.`,
  },
  waveParametersTouching: {
    en: 'Waves: groups of at least {min, plural, one {# incident} other {# incidents}} (DBSCAN), two incidents being neighbours when their points are at most {km, number} km apart and their dates that overlap or touch; a core incident has at least {min, plural, one {# neighbour} other {# neighbours}}, itself included.',
    fr: 'Vagues : groupes d’au moins {min, plural, one {# incident} other {# incidents}} (DBSCAN), deux incidents étant voisins lorsque leurs points sont distants d’au plus {km, number} km et que leurs dates se chevauchent ou se touchent ; un incident central a au moins {min, plural, one {# voisin} other {# voisins}}, lui-même compris.',
    ar: `الموجات: مجموعات من {min, plural, zero {# حادثة} one {حادثة واحدة} two {حادثتين} few {# حوادث} many {# حادثةً} other {# حادثة}} على الأقل (خوارزمية دي بي سكان)، وتُعدّ حادثتان متجاورتين حين لا تزيد المسافة بين نقطتيهما على {km, number} كم ويتداخل تاريخاهما أو يتلامسان؛ وللحادثة المركزية {min, plural, zero {# جار} one {جار واحد} two {جاران} few {# جيران} many {# جارًا} other {# جار}} على الأقل، بما فيها هي نفسها.`,
  },

  // The pattern of conduct's page.
  printable: { en: 'Printable version', fr: 'Version imprimable', ar: 'نسخة للطباعة' },
  printableNote: { en: '(opens on its own, to print or save as PDF)', fr: '(s’ouvre à part, pour imprimer ou enregistrer en PDF)', ar: '(تُفتح منفصلة للطباعة أو للحفظ بصيغة PDF)' },
  figuresInTable: { en: 'The figures in a table', fr: 'Les chiffres en tableau', ar: 'الأرقام في جدول' },
});
