import { defineMessages, type Message, type Translations } from '../i18n/define-messages.js';

/**
 * The sentences that name a kind of record, written whole for each kind: French and Arabic nouns carry a gender
 * and an article (Nouvelle source, Nouvel acte; مصدر جديد، حادثة جديدة) that no sentence built around a noun
 * could get right. Each sentence is one message per kind, `sentence.kind`; `other` is for a kind this table does
 * not know yet.
 */
type KindName = 'incident' | 'act' | 'victim_group' | 'actor' | 'involvement' | 'site' | 'source' | 'claim' | 'qualification' | 'assessment' | 'context_event';
type Row = readonly [en: string, fr: string, ar: string];

function perKind<const S extends string>(sentence: S, rows: Partial<Record<KindName, Row>> & { other: Row }): Record<`${S}.${string}`, Translations> {
  return Object.fromEntries(Object.entries(rows).map(([kind, [en, fr, ar]]) => [`${sentence}.${kind}`, { en, fr, ar }])) as Record<`${S}.${string}`, Translations>;
}

export const kindMessages = defineMessages('records.kinds', {
  /** As a term among others (a claim's subject, an option of a picker): "incident · occurred". */
  ...perKind('one', {
    incident: ['incident', 'incident', 'حادثة'],
    act: ['act', 'acte', 'فعل'],
    victim_group: ['victim group', 'groupe de victimes', 'مجموعة ضحايا'],
    actor: ['actor', 'acteur', 'جهة فاعلة'],
    involvement: ['involvement', 'implication', 'تورّط'],
    site: ['site', 'site', 'موقع'],
    source: ['source', 'source', 'مصدر'],
    claim: ['claim', 'allégation', 'ادعاء'],
    qualification: ['legal qualification', 'qualification juridique', 'تكييف قانوني'],
    assessment: ['assessment', 'évaluation', 'تقييم'],
    context_event: ['context event', 'événement de contexte', 'حدث سياقي'],
    other: ['record', 'enregistrement', 'سجل'],
  }),
  /** A column's heading, or the kind named before a record's title. */
  ...perKind('title', {
    incident: ['Incident', 'Incident', 'حادثة'],
    act: ['Act', 'Acte', 'فعل'],
    victim_group: ['Victim group', 'Groupe de victimes', 'مجموعة ضحايا'],
    actor: ['Actor', 'Acteur', 'جهة فاعلة'],
    involvement: ['Involvement', 'Implication', 'تورّط'],
    site: ['Site', 'Site', 'موقع'],
    source: ['Source', 'Source', 'مصدر'],
    claim: ['Claim', 'Allégation', 'ادعاء'],
    qualification: ['Legal qualification', 'Qualification juridique', 'تكييف قانوني'],
    assessment: ['Assessment', 'Évaluation', 'تقييم'],
    context_event: ['Context event', 'Événement de contexte', 'حدث سياقي'],
    other: ['Record', 'Enregistrement', 'سجل'],
  }),
  /** A list's heading and name, and the link to it. */
  ...perKind('titles', {
    incident: ['Incidents', 'Incidents', 'الحوادث'],
    act: ['Acts', 'Actes', 'الأفعال'],
    victim_group: ['Victim groups', 'Groupes de victimes', 'مجموعات الضحايا'],
    actor: ['Actors', 'Acteurs', 'الجهات الفاعلة'],
    involvement: ['Involvements', 'Implications', 'حالات التورّط'],
    site: ['Sites', 'Sites', 'المواقع'],
    source: ['Sources', 'Sources', 'المصادر'],
    claim: ['Claims', 'Allégations', 'الادعاءات'],
    qualification: ['Legal qualifications', 'Qualifications juridiques', 'التكييفات القانونية'],
    assessment: ['Assessments', 'Évaluations', 'التقييمات'],
    context_event: ['Context events', 'Événements de contexte', 'الأحداث السياقية'],
    other: ['Records', 'Enregistrements', 'السجلات'],
  }),
  ...perKind('newRecord', {
    incident: ['New incident', 'Nouvel incident', 'حادثة جديدة'],
    act: ['New act', 'Nouvel acte', 'فعل جديد'],
    victim_group: ['New victim group', 'Nouveau groupe de victimes', 'مجموعة ضحايا جديدة'],
    actor: ['New actor', 'Nouvel acteur', 'جهة فاعلة جديدة'],
    involvement: ['New involvement', 'Nouvelle implication', 'تورّط جديد'],
    site: ['New site', 'Nouveau site', 'موقع جديد'],
    source: ['New source', 'Nouvelle source', 'مصدر جديد'],
    claim: ['New claim', 'Nouvelle allégation', 'ادعاء جديد'],
    qualification: ['New legal qualification', 'Nouvelle qualification juridique', 'تكييف قانوني جديد'],
    assessment: ['New assessment', 'Nouvelle évaluation', 'تقييم جديد'],
    context_event: ['New context event', 'Nouvel événement de contexte', 'حدث سياقي جديد'],
    other: ['New record', 'Nouvel enregistrement', 'سجل جديد'],
  }),
  ...perKind('editRecord', {
    incident: ['Edit incident', 'Modifier l’incident', 'تعديل الحادثة'],
    act: ['Edit act', 'Modifier l’acte', 'تعديل الفعل'],
    victim_group: ['Edit victim group', 'Modifier le groupe de victimes', 'تعديل مجموعة الضحايا'],
    actor: ['Edit actor', 'Modifier l’acteur', 'تعديل الجهة الفاعلة'],
    involvement: ['Edit involvement', 'Modifier l’implication', 'تعديل التورّط'],
    site: ['Edit site', 'Modifier le site', 'تعديل الموقع'],
    source: ['Edit source', 'Modifier la source', 'تعديل المصدر'],
    claim: ['Edit claim', 'Modifier l’allégation', 'تعديل الادعاء'],
    qualification: ['Edit legal qualification', 'Modifier la qualification juridique', 'تعديل التكييف القانوني'],
    assessment: ['Edit assessment', 'Modifier l’évaluation', 'تعديل التقييم'],
    context_event: ['Edit context event', 'Modifier l’événement de contexte', 'تعديل الحدث السياقي'],
    other: ['Edit record', 'Modifier l’enregistrement', 'تعديل السجل'],
  }),
  ...perKind('saveRecord', {
    incident: ['Save incident', 'Enregistrer l’incident', 'حفظ الحادثة'],
    act: ['Save act', 'Enregistrer l’acte', 'حفظ الفعل'],
    victim_group: ['Save victim group', 'Enregistrer le groupe de victimes', 'حفظ مجموعة الضحايا'],
    actor: ['Save actor', 'Enregistrer l’acteur', 'حفظ الجهة الفاعلة'],
    involvement: ['Save involvement', 'Enregistrer l’implication', 'حفظ التورّط'],
    site: ['Save site', 'Enregistrer le site', 'حفظ الموقع'],
    source: ['Save source', 'Enregistrer la source', 'حفظ المصدر'],
    claim: ['Save claim', 'Enregistrer l’allégation', 'حفظ الادعاء'],
    qualification: ['Save legal qualification', 'Enregistrer la qualification juridique', 'حفظ التكييف القانوني'],
    assessment: ['Save assessment', 'Enregistrer l’évaluation', 'حفظ التقييم'],
    context_event: ['Save context event', 'Enregistrer l’événement de contexte', 'حفظ الحدث السياقي'],
    other: ['Save record', 'Enregistrer l’enregistrement', 'حفظ السجل'],
  }),
  /** After a record is created from a list's form: `<a>` links to it. */
  ...perKind('savedOpen', {
    incident: ['Saved: <a>open the new incident</a>', 'Enregistré : <a>ouvrir le nouvel incident</a>', 'تم الحفظ: <a>افتح الحادثة الجديدة</a>'],
    act: ['Saved: <a>open the new act</a>', 'Enregistré : <a>ouvrir le nouvel acte</a>', 'تم الحفظ: <a>افتح الفعل الجديد</a>'],
    victim_group: ['Saved: <a>open the new victim group</a>', 'Enregistré : <a>ouvrir le nouveau groupe de victimes</a>', 'تم الحفظ: <a>افتح مجموعة الضحايا الجديدة</a>'],
    actor: ['Saved: <a>open the new actor</a>', 'Enregistré : <a>ouvrir le nouvel acteur</a>', 'تم الحفظ: <a>افتح الجهة الفاعلة الجديدة</a>'],
    involvement: ['Saved: <a>open the new involvement</a>', 'Enregistrée : <a>ouvrir la nouvelle implication</a>', 'تم الحفظ: <a>افتح التورّط الجديد</a>'],
    site: ['Saved: <a>open the new site</a>', 'Enregistré : <a>ouvrir le nouveau site</a>', 'تم الحفظ: <a>افتح الموقع الجديد</a>'],
    source: ['Saved: <a>open the new source</a>', 'Enregistrée : <a>ouvrir la nouvelle source</a>', 'تم الحفظ: <a>افتح المصدر الجديد</a>'],
    claim: ['Saved: <a>open the new claim</a>', 'Enregistrée : <a>ouvrir la nouvelle allégation</a>', 'تم الحفظ: <a>افتح الادعاء الجديد</a>'],
    qualification: ['Saved: <a>open the new legal qualification</a>', 'Enregistrée : <a>ouvrir la nouvelle qualification juridique</a>', 'تم الحفظ: <a>افتح التكييف القانوني الجديد</a>'],
    assessment: ['Saved: <a>open the new assessment</a>', 'Enregistrée : <a>ouvrir la nouvelle évaluation</a>', 'تم الحفظ: <a>افتح التقييم الجديد</a>'],
    context_event: ['Saved: <a>open the new context event</a>', 'Enregistré : <a>ouvrir le nouvel événement de contexte</a>', 'تم الحفظ: <a>افتح الحدث السياقي الجديد</a>'],
    other: ['Saved: <a>open the new record</a>', 'Enregistré : <a>ouvrir le nouvel enregistrement</a>', 'تم الحفظ: <a>افتح السجل الجديد</a>'],
  }),
  /** The form's own note once it has created a record: its id. */
  ...perKind('savedRecord', {
    incident: ['Saved incident {id}.', 'Incident {id} enregistré.', 'تم حفظ الحادثة {id}.'],
    act: ['Saved act {id}.', 'Acte {id} enregistré.', 'تم حفظ الفعل {id}.'],
    victim_group: ['Saved victim group {id}.', 'Groupe de victimes {id} enregistré.', 'تم حفظ مجموعة الضحايا {id}.'],
    actor: ['Saved actor {id}.', 'Acteur {id} enregistré.', 'تم حفظ الجهة الفاعلة {id}.'],
    involvement: ['Saved involvement {id}.', 'Implication {id} enregistrée.', 'تم حفظ التورّط {id}.'],
    site: ['Saved site {id}.', 'Site {id} enregistré.', 'تم حفظ الموقع {id}.'],
    source: ['Saved source {id}.', 'Source {id} enregistrée.', 'تم حفظ المصدر {id}.'],
    claim: ['Saved claim {id}.', 'Allégation {id} enregistrée.', 'تم حفظ الادعاء {id}.'],
    qualification: ['Saved legal qualification {id}.', 'Qualification juridique {id} enregistrée.', 'تم حفظ التكييف القانوني {id}.'],
    assessment: ['Saved assessment {id}.', 'Évaluation {id} enregistrée.', 'تم حفظ التقييم {id}.'],
    context_event: ['Saved context event {id}.', 'Événement de contexte {id} enregistré.', 'تم حفظ الحدث السياقي {id}.'],
    other: ['Saved record {id}.', 'Enregistrement {id} effectué.', 'تم حفظ السجل {id}.'],
  }),
  /** The link back from a record to its kind's list (the arrow points back in the reading direction). */
  ...perKind('allOfKind', {
    incident: ['← All incidents', '← Tous les incidents', '→ جميع الحوادث'],
    act: ['← All acts', '← Tous les actes', '→ جميع الأفعال'],
    victim_group: ['← All victim groups', '← Tous les groupes de victimes', '→ جميع مجموعات الضحايا'],
    actor: ['← All actors', '← Tous les acteurs', '→ جميع الجهات الفاعلة'],
    involvement: ['← All involvements', '← Toutes les implications', '→ جميع حالات التورّط'],
    site: ['← All sites', '← Tous les sites', '→ جميع المواقع'],
    source: ['← All sources', '← Toutes les sources', '→ جميع المصادر'],
    claim: ['← All claims', '← Toutes les allégations', '→ جميع الادعاءات'],
    qualification: ['← All legal qualifications', '← Toutes les qualifications juridiques', '→ جميع التكييفات القانونية'],
    assessment: ['← All assessments', '← Toutes les évaluations', '→ جميع التقييمات'],
    context_event: ['← All context events', '← Tous les événements de contexte', '→ جميع الأحداث السياقية'],
    other: ['← All records', '← Tous les enregistrements', '→ جميع السجلات'],
  }),
  ...perKind('noneYet', {
    incident: ['No incidents yet.', 'Aucun incident pour l’instant.', 'لا توجد حوادث بعد.'],
    act: ['No acts yet.', 'Aucun acte pour l’instant.', 'لا توجد أفعال بعد.'],
    victim_group: ['No victim groups yet.', 'Aucun groupe de victimes pour l’instant.', 'لا توجد مجموعات ضحايا بعد.'],
    actor: ['No actors yet.', 'Aucun acteur pour l’instant.', 'لا توجد جهات فاعلة بعد.'],
    involvement: ['No involvements yet.', 'Aucune implication pour l’instant.', 'لا توجد حالات تورّط بعد.'],
    site: ['No sites yet.', 'Aucun site pour l’instant.', 'لا توجد مواقع بعد.'],
    source: ['No sources yet.', 'Aucune source pour l’instant.', 'لا توجد مصادر بعد.'],
    claim: ['No claims yet.', 'Aucune allégation pour l’instant.', 'لا توجد ادعاءات بعد.'],
    qualification: ['No legal qualifications yet.', 'Aucune qualification juridique pour l’instant.', 'لا توجد تكييفات قانونية بعد.'],
    assessment: ['No assessments yet.', 'Aucune évaluation pour l’instant.', 'لا توجد تقييمات بعد.'],
    context_event: ['No context events yet.', 'Aucun événement de contexte pour l’instant.', 'لا توجد أحداث سياقية بعد.'],
    other: ['No records yet.', 'Aucun enregistrement pour l’instant.', 'لا توجد سجلات بعد.'],
  }),
  ...perKind('showMore', {
    incident: ['Show more incidents', 'Afficher d’autres incidents', 'عرض المزيد من الحوادث'],
    act: ['Show more acts', 'Afficher d’autres actes', 'عرض المزيد من الأفعال'],
    victim_group: ['Show more victim groups', 'Afficher d’autres groupes de victimes', 'عرض المزيد من مجموعات الضحايا'],
    actor: ['Show more actors', 'Afficher d’autres acteurs', 'عرض المزيد من الجهات الفاعلة'],
    involvement: ['Show more involvements', 'Afficher d’autres implications', 'عرض المزيد من حالات التورّط'],
    site: ['Show more sites', 'Afficher d’autres sites', 'عرض المزيد من المواقع'],
    source: ['Show more sources', 'Afficher d’autres sources', 'عرض المزيد من المصادر'],
    claim: ['Show more claims', 'Afficher d’autres allégations', 'عرض المزيد من الادعاءات'],
    qualification: ['Show more legal qualifications', 'Afficher d’autres qualifications juridiques', 'عرض المزيد من التكييفات القانونية'],
    assessment: ['Show more assessments', 'Afficher d’autres évaluations', 'عرض المزيد من التقييمات'],
    context_event: ['Show more context events', 'Afficher d’autres événements de contexte', 'عرض المزيد من الأحداث السياقية'],
    other: ['Show more records', 'Afficher d’autres enregistrements', 'عرض المزيد من السجلات'],
  }),
  ...perKind('noProtected', {
    incident: ['This incident has no protected details.', 'Cet incident n’a pas de détails protégés.', 'لا تتضمن هذه الحادثة تفاصيل محمية.'],
    act: ['This act has no protected details.', 'Cet acte n’a pas de détails protégés.', 'لا يتضمن هذا الفعل تفاصيل محمية.'],
    victim_group: ['This victim group has no protected details.', 'Ce groupe de victimes n’a pas de détails protégés.', 'لا تتضمن مجموعة الضحايا هذه تفاصيل محمية.'],
    actor: ['This actor has no protected details.', 'Cet acteur n’a pas de détails protégés.', 'لا تتضمن هذه الجهة الفاعلة تفاصيل محمية.'],
    involvement: ['This involvement has no protected details.', 'Cette implication n’a pas de détails protégés.', 'لا يتضمن هذا التورّط تفاصيل محمية.'],
    site: ['This site has no protected details.', 'Ce site n’a pas de détails protégés.', 'لا يتضمن هذا الموقع تفاصيل محمية.'],
    source: ['This source has no protected details.', 'Cette source n’a pas de détails protégés.', 'لا يتضمن هذا المصدر تفاصيل محمية.'],
    claim: ['This claim has no protected details.', 'Cette allégation n’a pas de détails protégés.', 'لا يتضمن هذا الادعاء تفاصيل محمية.'],
    qualification: ['This legal qualification has no protected details.', 'Cette qualification juridique n’a pas de détails protégés.', 'لا يتضمن هذا التكييف القانوني تفاصيل محمية.'],
    assessment: ['This assessment has no protected details.', 'Cette évaluation n’a pas de détails protégés.', 'لا يتضمن هذا التقييم تفاصيل محمية.'],
    context_event: ['This context event has no protected details.', 'Cet événement de contexte n’a pas de détails protégés.', 'لا يتضمن هذا الحدث السياقي تفاصيل محمية.'],
    other: ['This record has no protected details.', 'Cet enregistrement n’a pas de détails protégés.', 'لا يتضمن هذا السجل تفاصيل محمية.'],
  }),
  ...perKind('hasProtected', {
    incident: ['This incident has protected details.', 'Cet incident comporte des détails protégés.', 'تتضمن هذه الحادثة تفاصيل محمية.'],
    act: ['This act has protected details.', 'Cet acte comporte des détails protégés.', 'يتضمن هذا الفعل تفاصيل محمية.'],
    victim_group: ['This victim group has protected details.', 'Ce groupe de victimes comporte des détails protégés.', 'تتضمن مجموعة الضحايا هذه تفاصيل محمية.'],
    actor: ['This actor has protected details.', 'Cet acteur comporte des détails protégés.', 'تتضمن هذه الجهة الفاعلة تفاصيل محمية.'],
    involvement: ['This involvement has protected details.', 'Cette implication comporte des détails protégés.', 'يتضمن هذا التورّط تفاصيل محمية.'],
    site: ['This site has protected details.', 'Ce site comporte des détails protégés.', 'يتضمن هذا الموقع تفاصيل محمية.'],
    source: ['This source has protected details.', 'Cette source comporte des détails protégés.', 'يتضمن هذا المصدر تفاصيل محمية.'],
    claim: ['This claim has protected details.', 'Cette allégation comporte des détails protégés.', 'يتضمن هذا الادعاء تفاصيل محمية.'],
    qualification: ['This legal qualification has protected details.', 'Cette qualification juridique comporte des détails protégés.', 'يتضمن هذا التكييف القانوني تفاصيل محمية.'],
    assessment: ['This assessment has protected details.', 'Cette évaluation comporte des détails protégés.', 'يتضمن هذا التقييم تفاصيل محمية.'],
    context_event: ['This context event has protected details.', 'Cet événement de contexte comporte des détails protégés.', 'يتضمن هذا الحدث السياقي تفاصيل محمية.'],
    other: ['This record has protected details.', 'Cet enregistrement comporte des détails protégés.', 'يتضمن هذا السجل تفاصيل محمية.'],
  }),
  /** Under a record of a kind never changed (assessments): `<a>` links to the list's form. */
  ...perKind('appendOnly', {
    assessment: [
      'Assessments are never changed: a later judgement is recorded beside this one. <a>Record a new assessment</a>.',
      'Une évaluation n’est jamais modifiée : un jugement ultérieur est enregistré à côté de celle-ci. <a>Enregistrer une nouvelle évaluation</a>.',
      'لا تُعدَّل التقييمات أبدًا: يُسجَّل أي حكم لاحق إلى جانب هذا التقييم. <a>تسجيل تقييم جديد</a>.',
    ],
    other: [
      'Records of this kind are never changed: a later judgement is recorded beside this one. <a>Record a new one</a>.',
      'Les enregistrements de ce type ne sont jamais modifiés : un jugement ultérieur est enregistré à côté de celui-ci. <a>En enregistrer un nouveau</a>.',
      'لا تُعدَّل السجلات من هذا النوع أبدًا: يُسجَّل أي حكم لاحق إلى جانب هذا السجل. <a>تسجيل سجل جديد</a>.',
    ],
  }),
});

export type KindSentence = 'one' | 'title' | 'titles' | 'newRecord' | 'editRecord' | 'saveRecord' | 'savedOpen' | 'savedRecord' | 'allOfKind' | 'noneYet' | 'showMore' | 'noProtected' | 'hasProtected' | 'appendOnly';

/** A sentence written for a kind of record, by the kind's name (`victim_group`), or the one for any other kind. */
export function kindSentence(sentence: KindSentence, kind: string): Message {
  const table = kindMessages as Record<string, Message>;
  return (Object.hasOwn(table, `${sentence}.${kind}`) ? table[`${sentence}.${kind}`] : table[`${sentence}.other`])!;
}
