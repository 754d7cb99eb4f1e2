import { defineMessages } from '../i18n/define-messages.js';

/**
 * The map's words: its page, the overview's small map, the place filters and what they say, the counts drawn
 * over the map and MapLibre's own controls. Place names are not in here: they come from the OCHA data, in
 * Arabic for an Arabic reader and in English (OCHA's Latin names) otherwise.
 */
export const mapMessages = defineMessages('map', {
  map: { en: 'Map', fr: 'Carte', ar: 'الخريطة' },
  overviewLabel: { en: 'Incidents on the map (overview)', fr: 'Incidents sur la carte (aperçu)', ar: 'الحوادث على الخريطة (نظرة عامة)' },
  openTheMap: { en: 'Open the map', fr: 'Ouvrir la carte', ar: 'فتح الخريطة' },
  loadingTheMap: { en: 'Loading the map…', fr: 'Chargement de la carte…', ar: 'جارٍ تحميل الخريطة…' },
  loadingTheIncidents: { en: 'Loading the incidents…', fr: 'Chargement des incidents…', ar: 'جارٍ تحميل الحوادث…' },
  basemapFailed: { en: 'The basemap could not be loaded: {error}', fr: 'Le fond de carte n’a pas pu être chargé : {error}', ar: 'تعذّر تحميل الخريطة الأساسية: {error}' },
  basemapFileFailed: {
    en: 'the basemap file {file} could not be loaded ({status})',
    fr: 'le fichier de fond de carte {file} n’a pas pu être chargé ({status})',
    ar: 'تعذّر تحميل ملف الخريطة الأساسية {file} ({status})',
  },
  drawnSummary: {
    en: '{drawn, plural, one {# incident drawn} other {# incidents drawn}}, {notDrawn, number} without a place precise enough.',
    fr: '{drawn, plural, one {# incident représenté} other {# incidents représentés}}, {notDrawn, number} sans lieu assez précis.',
    ar: '{drawn, plural, zero {لم تُرسم أي حادثة} one {رُسمت حادثة واحدة} two {رُسمت حادثتان} few {رُسمت # حوادث} many {رُسمت # حادثة} other {رُسمت # حادثة}}، و{notDrawn, number} بلا مكان محدد بدقة كافية.',
  },
  moreThanShownOverview: {
    en: '{summary} The case has more incidents than the first {limit, number} shown here.',
    fr: '{summary} Le dossier compte plus d’incidents que les {limit, number} premiers montrés ici.',
    ar: '{summary} في القضية حوادث أكثر من أول {limit, number} حادثة معروضة هنا.',
  },

  // The map page
  showEvidence: {
    en: 'Show evidence where its GPS metadata puts it',
    fr: 'Montrer les pièces là où leurs métadonnées GPS les situent',
    ar: 'عرض الأدلة حيث تضعها بيانات نظام تحديد المواقع الوصفية',
  },
  evidenceWithGps: {
    en: '{count, plural, one {# item} other {# items}} with a GPS position, in blue (as the files say: metadata can be forged).',
    fr: '{count, plural, one {# pièce} other {# pièces}} avec une position GPS, en bleu (selon les fichiers : les métadonnées peuvent être falsifiées).',
    ar: '{count, plural, zero {لا أدلة} one {دليل واحد} two {دليلان} few {# أدلة} many {# دليلًا} other {# دليل}} بموقع من نظام تحديد المواقع، باللون الأزرق (كما تقول الملفات: البيانات الوصفية قابلة للتزوير).',
  },
  mapHint: {
    en: 'Click a governorate (or, zoomed in, a district) to list only its incidents, or choose one above. Click a point, a count or an area to pick its incidents in the list.',
    fr: 'Cliquez sur un gouvernorat (ou, en zoomant, sur un district) pour ne lister que ses incidents, ou choisissez-le ci-dessus. Cliquez sur un point, un nombre ou une zone pour sélectionner ses incidents dans la liste.',
    ar: 'انقر على محافظة (أو على منطقة بعد التكبير) لعرض حوادثها فقط، أو اخترها أعلاه. وانقر على نقطة أو عدد أو مساحة لتحديد حوادثها في القائمة.',
  },
  cannotDraw: {
    en: 'This browser cannot draw the map (it needs {webgl}).',
    fr: 'Ce navigateur ne peut pas dessiner la carte (il lui faut {webgl}).',
    ar: 'لا يستطيع هذا المتصفح رسم الخريطة (يلزمه {webgl}).',
  },
  cannotDrawFull: {
    en: 'This browser cannot draw the map (it needs {webgl}). The list and the place filters still work.',
    fr: 'Ce navigateur ne peut pas dessiner la carte (il lui faut {webgl}). La liste et les filtres de lieu fonctionnent toujours.',
    ar: 'لا يستطيع هذا المتصفح رسم الخريطة (يلزمه {webgl}). لكن القائمة ومرشحات المكان ما زالت تعمل.',
  },
  hoverHint: { en: '{names} — click to list its incidents', fr: '{names} — cliquez pour lister ses incidents', ar: '{names} — انقر لعرض حوادثها' },
  evidenceMarkerTitle: { en: '{name}: where its GPS metadata puts it', fr: '{name} : là où ses métadonnées GPS le situent', ar: '{name}: حيث تضعه بيانات نظام تحديد المواقع الوصفية' },
  evidenceMarkerLabel: { en: 'Evidence {name}', fr: 'Pièce {name}', ar: 'الدليل {name}' },
  attribution: { en: 'Boundaries: {naturalEarth}; Syria: {ocha}', fr: 'Frontières : {naturalEarth} ; Syrie : {ocha}', ar: 'الحدود: \u2066{naturalEarth}\u2069؛ سوريا: \u2066{ocha}\u2069' },

  // The place controls
  filterByPlace: { en: 'Filter by place', fr: 'Filtrer par lieu', ar: 'التصفية حسب المكان' },
  governorate: { en: 'Governorate', fr: 'Gouvernorat', ar: 'المحافظة' },
  district: { en: 'District', fr: 'District', ar: 'المنطقة' },
  anyGovernorate: { en: 'Any', fr: 'Tous', ar: 'أي محافظة' },
  allDistricts: { en: 'All districts', fr: 'Tous les districts', ar: 'كل المناطق' },
  chooseGovernorateFirst: { en: 'Choose a governorate first', fr: 'Choisissez d’abord un gouvernorat', ar: 'اختر محافظة أولًا' },
  filterToThisView: { en: 'Filter to this view', fr: 'Filtrer sur cette vue', ar: 'التصفية على هذا العرض' },
  clearPlaceFilter: { en: 'Clear place filter', fr: 'Effacer le filtre de lieu', ar: 'إزالة مرشح المكان' },
  bothNames: { en: '{name} · {other}', fr: '{name} · {other}', ar: '{name} · {other}' },

  // The summary above the map
  pickedOnMap: {
    en: '{count, plural, one {# picked on the map.} other {# picked on the map.}}',
    fr: '{count, plural, one {# sélectionné sur la carte.} other {# sélectionnés sur la carte.}}',
    ar: '{count, plural, zero {لم يُحدَّد شيء على الخريطة.} one {حُدّدت حادثة واحدة على الخريطة.} two {حُدّدت حادثتان على الخريطة.} few {حُدّدت # حوادث على الخريطة.} many {حُدّدت # حادثة على الخريطة.} other {حُدّدت # حادثة على الخريطة.}}',
  },
  clearThePick: { en: 'Clear the pick', fr: 'Annuler la sélection', ar: 'إلغاء التحديد' },
  noIncidentsLoaded: { en: 'No incidents loaded.', fr: 'Aucun incident chargé.', ar: 'لم تُحمَّل أي حوادث.' },
  loadingIncidents: { en: 'Loading incidents…', fr: 'Chargement des incidents…', ar: 'جارٍ تحميل الحوادث…' },
  updating: { en: 'Updating…', fr: 'Mise à jour…', ar: 'جارٍ التحديث…' },
  notUpdated: {
    en: 'Not updated: the map and the list still show the previous filters’ incidents.',
    fr: 'Pas de mise à jour : la carte et la liste montrent encore les incidents des filtres précédents.',
    ar: 'لم يتم التحديث: ما زالت الخريطة والقائمة تعرضان حوادث المرشحات السابقة.',
  },
  incidentCount: {
    en: '{count, plural, one {{shown} incident} other {{shown} incidents}}',
    fr: '{count, plural, =0 {aucun incident} one {{shown} incident} other {{shown} incidents}}',
    ar: '{count, plural, zero {لا حوادث} one {حادثة واحدة} two {حادثتان} few {{shown} حوادث} many {{shown} حادثة} other {{shown} حادثة}}',
  },
  countMore: { en: '{count}+', fr: '{count}+', ar: '{count}+' },
  inPlace: { en: '{incidents} in {place}', fr: '{incidents}, lieu : {place}', ar: '{incidents} في {place}' },
  filteredBy: { en: '{summary}, filtered by {filters}', fr: '{summary}, filtrés par {filters}', ar: '{summary}، مصفّاة حسب {filters}' },
  notDrawn: {
    en: '{summary}; {count, number} not drawn (place too vague or unknown)',
    fr: '{summary} ; {count, number} non représentés (lieu trop vague ou inconnu)',
    ar: '{summary}؛ منها {count, number} لم تُرسم (المكان مبهم أو مجهول)',
  },
  sentence: { en: '{summary}.', fr: '{summary}.', ar: '{summary}.' },
  onlyFirstShown: {
    en: '{summary} Only the first {limit, number} are shown: narrow the filters to see the rest.',
    fr: '{summary} Seuls les {limit, number} premiers sont affichés : resserrez les filtres pour voir les autres.',
    ar: '{summary} لا تُعرض إلا أول {limit, number} حادثة: ضيّق المرشحات لرؤية البقية.',
  },

  // Places and filters in words
  governorateNamed: { en: '{name} governorate', fr: 'gouvernorat de {name}', ar: 'محافظة {name}' },
  districtNamed: { en: '{name} district', fr: 'district de {name}', ar: 'منطقة {name}' },
  districtInGovernorate: { en: '{name} district ({governorate})', fr: 'district de {name} ({governorate})', ar: 'منطقة {name} ({governorate})' },
  community: { en: 'community {pcode}', fr: 'localité {pcode}', ar: 'التجمع السكاني {pcode}' },
  areaCode: { en: 'area {pcode}', fr: 'zone {pcode}', ar: 'المنطقة ذات الرمز {pcode}' },
  areaWithCode: { en: '{area}, code {pcode}', fr: '{area}, code {pcode}', ar: '{area}، الرمز {pcode}' },
  theBox: { en: 'the box {west} – {east}, {south} – {north}', fr: 'le cadre {west} – {east}, {south} – {north}', ar: 'المستطيل {west} – {east}، {south} – {north}' },
  degreesEast: { en: '{degrees}°E', fr: '{degrees}° E', ar: '{degrees}° شرقًا' },
  degreesWest: { en: '{degrees}°W', fr: '{degrees}° O', ar: '{degrees}° غربًا' },
  degreesNorth: { en: '{degrees}°N', fr: '{degrees}° N', ar: '{degrees}° شمالًا' },
  degreesSouth: { en: '{degrees}°S', fr: '{degrees}° S', ar: '{degrees}° جنوبًا' },
  placeAndBox: { en: '{place} and {box}', fr: '{place} et {box}', ar: '{place} و{box}' },
  filterText: { en: 'text “{text}”', fr: 'texte « {text} »', ar: 'النص «{text}»' },
  filterType: { en: 'type {terms}', fr: 'type {terms}', ar: 'النوع {terms}' },
  filterMeans: { en: 'means {terms}', fr: 'moyen {terms}', ar: 'الوسيلة {terms}' },
  filterTarget: { en: 'target {terms}', fr: 'cible {terms}', ar: 'الهدف {terms}' },
  filterGrade: { en: 'grade {terms}', fr: 'degré de vérification {terms}', ar: 'درجة التحقق {terms}' },
  filterParties: {
    en: '{count, plural, one {one party} other {# parties}}',
    fr: '{count, plural, one {une partie} other {# parties}}',
    ar: '{count, plural, zero {لا أطراف} one {طرف واحد} two {طرفان} few {# أطراف} many {# طرفًا} other {# طرف}}',
  },
  filterFrom: { en: 'from {date}', fr: 'à partir de {date}', ar: 'من {date}' },
  filterTo: { en: 'to {date}', fr: 'jusqu’à {date}', ar: 'حتى {date}' },

  // How each incident is drawn
  noPlaceRecorded: { en: 'no place recorded', fr: 'aucun lieu enregistré', ar: 'لم يُسجَّل مكان' },
  knownOnlyToCountry: { en: 'known only to the country', fr: 'connu seulement au niveau du pays', ar: 'معروف على مستوى البلد فقط' },
  noCoordinates: { en: 'no coordinates or known area', fr: 'ni coordonnées ni zone connue', ar: 'لا إحداثيات ولا منطقة معروفة' },
  drawnArea: { en: 'drawn area', fr: 'zone dessinée', ar: 'مساحة مرسومة' },
  shownAsPoint: { en: 'point', fr: 'point', ar: 'نقطة' },
  shownAsArea: { en: 'area: {label}', fr: 'zone : {label}', ar: 'مساحة: {label}' },
  notShown: { en: 'not drawn: {reason}', fr: 'non représenté : {reason}', ar: 'غير مرسومة: {reason}' },

  // The list beside the map
  noIncidentMatches: { en: 'No incident matches these filters.', fr: 'Aucun incident ne correspond à ces filtres.', ar: 'لا توجد حادثة تطابق هذه المرشحات.' },
  incidentsOnTheMap: { en: 'Incidents on the map', fr: 'Incidents sur la carte', ar: 'الحوادث على الخريطة' },
  incident: { en: 'Incident', fr: 'Incident', ar: 'الحادثة' },
  where: { en: 'Where', fr: 'Lieu', ar: 'المكان' },
  showOnMapLabel: { en: 'Show “{title}” on the map', fr: 'Montrer « {title} » sur la carte', ar: 'عرض «{title}» على الخريطة' },
  show: { en: 'show', fr: 'montrer', ar: 'عرض' },
  noPlace: { en: 'no place', fr: 'aucun lieu', ar: 'بلا مكان' },

  // Counts drawn over the map
  incidentsIn: {
    en: '{count, plural, one {# incident} other {# incidents}} in {place}',
    fr: '{count, plural, one {# incident} other {# incidents}} : {place}',
    ar: '{count, plural, zero {لا حوادث} one {حادثة واحدة} two {حادثتان} few {# حوادث} many {# حادثة} other {# حادثة}} في {place}',
  },
  incidentsHere: {
    en: '{count, plural, one {# incident here} other {# incidents here}}',
    fr: '{count, plural, one {# incident ici} other {# incidents ici}}',
    ar: '{count, plural, zero {لا حوادث هنا} one {حادثة واحدة هنا} two {حادثتان هنا} few {# حوادث هنا} many {# حادثة هنا} other {# حادثة هنا}}',
  },
  incidentsHerePick: {
    en: '{count, plural, one {# incident here: select it and zoom in} other {# incidents here: select them and zoom in}}',
    fr: '{count, plural, one {# incident ici : le sélectionner et zoomer} other {# incidents ici : les sélectionner et zoomer}}',
    ar: '{count, plural, zero {لا حوادث هنا} one {حادثة واحدة هنا: حدّدها وكبّر} two {حادثتان هنا: حدّدهما وكبّر} few {# حوادث هنا: حدّدها وكبّر} many {# حادثة هنا: حدّدها وكبّر} other {# حادثة هنا: حدّدها وكبّر}}',
  },
});

/** MapLibre's own controls (its locale keys), in the reader's language. */
export const mapControlMessages = defineMessages('map.controls', {
  zoomIn: { en: 'Zoom in', fr: 'Zoomer', ar: 'تكبير' },
  zoomOut: { en: 'Zoom out', fr: 'Dézoomer', ar: 'تصغير' },
  resetBearing: {
    en: 'Drag to rotate map, click to reset north',
    fr: 'Faites glisser pour tourner la carte, cliquez pour revenir au nord',
    ar: 'اسحب لتدوير الخريطة، وانقر لإعادة الشمال إلى الأعلى',
  },
  toggleAttribution: { en: 'Toggle attribution', fr: 'Afficher ou masquer les sources', ar: 'إظهار المصادر أو إخفاؤها' },
  mapFeedback: { en: 'Map feedback', fr: 'Signaler un problème de carte', ar: 'ملاحظات على الخريطة' },
  mapTitle: { en: 'Map of the incidents', fr: 'Carte des incidents', ar: 'خريطة الحوادث' },
  marker: { en: 'Map marker', fr: 'Repère sur la carte', ar: 'علامة على الخريطة' },
  metres: { en: 'm', fr: 'm', ar: 'م' },
  kilometres: { en: 'km', fr: 'km', ar: 'كم' },
});
