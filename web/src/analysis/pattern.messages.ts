import { defineMessages } from '../i18n/define-messages.js';

/** The pattern of conduct as sections of figures (pattern-figures.ts): headings, figures' names and values, notes. */
export const patternMessages = defineMessages('analysis.pattern', {
  scaleAndSpread: { en: 'Scale and spread', fr: 'Ampleur et étendue', ar: 'الحجم والانتشار' },
  places: { en: 'Places', fr: 'Lieux', ar: 'الأماكن' },
  timeAndRegularity: { en: 'Time and regularity', fr: 'Temps et régularité', ar: 'الزمن والانتظام' },
  modusOperandi: { en: 'Modus operandi repeated', fr: 'Mode opératoire répété', ar: 'أسلوب العمل المتكرر' },
  victims: { en: 'Victims', fr: 'Victimes', ar: 'الضحايا' },
  attributions: { en: 'Attributions by standard of proof', fr: 'Attributions par niveau de preuve', ar: 'الإسناد حسب معيار الإثبات' },
  selection: { en: 'Selection', fr: 'Sélection', ar: 'الاختيار' },

  incidents: { en: 'Incidents', fr: 'Incidents', ar: 'الحوادث' },
  levelPlaces: {
    en: '{level, select, admin1 {Governorates (admin 1)} admin2 {Districts (admin 2)} admin3 {Sub-districts (admin 3)} communities {Communities} other {Named areas}}',
    fr: '{level, select, admin1 {Gouvernorats (admin 1)} admin2 {Districts (admin 2)} admin3 {Sous-districts (admin 3)} communities {Communautés} other {Zones nommées}}',
    ar: '{level, select, admin1 {المحافظات} admin2 {المناطق} admin3 {النواحي} communities {التجمعات السكنية} other {المناطق المسمّاة}}',
  },
  distinct: {
    en: '{count, number} distinct',
    fr: '{count, plural, one {# lieu distinct} other {# lieux distincts}}',
    ar: '{count, plural, zero {لا أماكن} one {مكان واحد} two {مكانان} few {# أماكن مختلفة} many {# مكانًا مختلفًا} other {# مكان مختلف}}',
  },
  withoutPlace: { en: 'Without a place', fr: 'Sans lieu', ar: 'بلا مكان' },
  placesNote: {
    en: 'Each administrative area and place the incidents are recorded in, with its incidents.',
    fr: 'Chaque zone administrative et chaque lieu où les incidents sont enregistrés, avec ses incidents.',
    ar: 'كل منطقة إدارية ومكان سُجّلت فيه الحوادث، مع حوادثه.',
  },
  placeAt: {
    en: '{name} ({level, select, admin1 {admin 1} admin2 {admin 2} admin3 {admin 3} communities {community} other {area}} {code})',
    fr: '{name} ({level, select, admin1 {admin 1} admin2 {admin 2} admin3 {admin 3} communities {communauté} other {zone}} {code})',
    ar: '{name} ({level, select, admin1 {محافظة} admin2 {منطقة} admin3 {ناحية} communities {تجمع سكني} other {منطقة مسمّاة}} {code})',
  },
  timeSpan: { en: 'Time span (widest reading)', fr: 'Durée (lecture la plus large)', ar: 'المدى الزمني (أوسع قراءة)' },
  spanValue: {
    en: '{first} to {last} ({days, plural, one {# day} other {# days}})',
    fr: 'du {first} au {last} ({days, plural, one {# jour} other {# jours}})',
    ar: 'من {first} إلى {last} ({days, plural, zero {# يوم} one {يوم واحد} two {يومان} few {# أيام} many {# يومًا} other {# يوم}})',
  },
  certainlyCovers: { en: 'Certainly covers', fr: 'Couvre certainement', ar: 'يغطي يقينًا' },
  withoutDate: { en: 'Without a date', fr: 'Sans date', ar: 'بلا تاريخ' },
  perWeek: { en: 'Incidents per week', fr: 'Incidents par semaine', ar: 'الحوادث أسبوعيًا' },
  weeksWithIncidents: { en: 'Weeks with incidents', fr: 'Semaines avec incidents', ar: 'الأسابيع التي فيها حوادث' },
  weeksValue: {
    en: '{certain, number} certainly, {possible, number} possibly, of {weeks, plural, one {# week} other {# weeks}}',
    fr: '{certain, number} certainement, {possible, number} possiblement, sur {weeks, plural, one {# semaine} other {# semaines}}',
    ar: '{certain, number} يقينًا، و{possible, number} احتمالًا، من أصل {weeks, plural, zero {# أسبوع} one {أسبوع واحد} two {أسبوعين} few {# أسابيع} many {# أسبوعًا} other {# أسبوع}}',
  },
  longestGap: { en: 'Longest gap', fr: 'Plus longue interruption', ar: 'أطول فجوة' },
  noGap: {
    en: 'none: some incident may have happened on every day of the span',
    fr: 'aucune : un incident a pu se produire chaque jour de la période',
    ar: 'لا توجد: ربما وقعت حادثة ما في كل يوم من المدى',
  },
  gapValue: {
    en: 'at least {days, plural, one {# day} other {# days}} with no incident ({from} to {to})',
    fr: 'au moins {days, plural, one {# jour} other {# jours}} sans incident (du {from} au {to})',
    ar: '{days, plural, zero {# يوم} one {يوم واحد} two {يومان} few {# أيام} many {# يومًا} other {# يوم}} على الأقل بلا حوادث (من {from} إلى {to})',
  },
  noCombination: {
    en: 'No combination of type, means and target recurs in two incidents or more.',
    fr: 'Aucune combinaison de type, de moyen et de cible ne se répète dans deux incidents ou plus.',
    ar: 'لا تتكرر أي توليفة من النوع والوسيلة والهدف في حادثتين أو أكثر.',
  },
  combinations: {
    en: 'Each combination of type, means and target found in two incidents or more.',
    fr: 'Chaque combinaison de type, de moyen et de cible relevée dans deux incidents ou plus.',
    ar: 'كل توليفة من النوع والوسيلة والهدف وُجدت في حادثتين أو أكثر.',
  },
  notDescribed: { en: 'Without type, means or target recorded', fr: 'Sans type, moyen ou cible enregistré', ar: 'بلا نوع أو وسيلة أو هدف مسجَّل' },
  victimsNote: {
    en: 'Figures summed keeping their bounds; "no figure" means no incident gives one, which is not zero.',
    fr: 'Chiffres additionnés en conservant leurs bornes ; « aucun chiffre » signifie qu’aucun incident n’en donne, ce qui n’est pas zéro.',
    ar: 'الأرقام مجموعة مع الحفاظ على حدودها؛ «لا رقم» تعني أنه لا توجد حادثة تذكر رقمًا، وهذا ليس صفرًا.',
  },
  attribution: {
    en: '{name}: {kind, select, attributed {attributed} other {possibly attributed}}',
    fr: '{name} : {kind, select, attributed {attribués} other {peut-être attribués}}',
    ar: '{name}: {kind, select, attributed {منسوبة} other {منسوبة على نحو محتمل}}',
  },
  attributionAt: {
    en: '{name}: {kind, select, attributed {attributed} other {possibly attributed}}, at {standard}',
    fr: '{name} : {kind, select, attributed {attribués} other {peut-être attribués}}, au niveau « {standard} »',
    ar: '{name}: {kind, select, attributed {منسوبة} other {منسوبة على نحو محتمل}}، بمعيار «{standard}»',
  },
  noStandardStated: { en: 'no standard stated', fr: 'aucun niveau indiqué', ar: 'لم يُذكر معيار' },
  attributionsNote: {
    en: 'Each incident counted under the highest standard reached for the actor. "Possibly attributed": the sources name the actor as one of several, one of which did it; never counted as attributed.',
    fr: 'Chaque incident est compté sous le niveau le plus élevé atteint pour l’acteur. « Peut-être attribués » : les sources nomment l’acteur comme l’un de plusieurs, dont l’un est l’auteur ; jamais comptés comme attribués.',
    ar: 'تُحتسب كل حادثة تحت أعلى معيار بُلغ بشأن الجهة الفاعلة. «منسوبة على نحو محتمل»: تذكر المصادر الجهة الفاعلة بوصفها واحدة من عدة جهات ارتكبت إحداها الفعل؛ ولا تُحتسب أبدًا منسوبة.',
  },
  notAttributed: { en: 'Not attributed to any actor', fr: 'Attribués à aucun acteur', ar: 'غير منسوبة إلى أي جهة فاعلة' },
  selectionNote: {
    en: 'The filters selected {selected, plural, one {# incident} other {# incidents}}; {included, number} are counted above.',
    fr: 'Les filtres ont sélectionné {selected, plural, one {# incident} other {# incidents}} ; {included, plural, one {# est compté} other {# sont comptés}} ci-dessus.',
    ar: 'اختارت عوامل التصفية {selected, plural, zero {لا حوادث} one {حادثة واحدة} two {حادثتين} few {# حوادث} many {# حادثةً} other {# حادثة}}؛ يُحتسب منها {included, number} أعلاه.',
  },
  leftOut: { en: 'Left out: {reason}', fr: 'Écartés : {reason}', ar: 'المستبعد: {reason}' },
  figuresTable: { en: 'Pattern of conduct figures', fr: 'Chiffres du schéma de comportement', ar: 'أرقام نمط السلوك' },
  section: { en: 'Section', fr: 'Section', ar: 'القسم' },
  figure: { en: 'Figure', fr: 'Chiffre', ar: 'الرقم' },
  value: { en: 'Value', fr: 'Valeur', ar: 'القيمة' },
  incidentsCounted: { en: 'Incidents counted', fr: 'Incidents comptés', ar: 'الحوادث المحتسبة' },
});
