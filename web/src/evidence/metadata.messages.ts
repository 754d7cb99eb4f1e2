import { editTraceWordings } from '../../../src/evidence/edit-trace-wordings.js';
import { defineMessages } from '../i18n/define-messages.js';
import { defineWordingMessages } from '../i18n/define-wording-messages.js';

/** A file's own metadata: the search by it, the reading on an item's page, and where its GPS puts the item. */
export const metadataMessages = defineMessages('evidence.metadata', {
  searchForm: { en: 'Find items by their own metadata', fr: 'Trouver des pièces par leurs propres métadonnées', ar: 'البحث عن العناصر ببياناتها الوصفية الأصلية' },
  searchLegend: { en: 'Find by original metadata', fr: 'Rechercher par métadonnées d’origine', ar: 'البحث بالبيانات الوصفية الأصلية' },
  takenNear: { en: 'Taken near', fr: 'Prise près de', ar: 'التُقط قرب' },
  nearExample: { en: 'Arbin, C2321 or 33.54,36.37', fr: 'Arbin, C2321 ou 33.54,36.37', ar: 'عربين، C2321 أو 33.54,36.37' },
  withinKm: { en: 'within km', fr: 'rayon en km', ar: 'ضمن نطاق (كم)' },
  from: { en: 'from', fr: 'du', ar: 'من' },
  to: { en: 'to', fr: 'au', ar: 'إلى' },
  device: { en: 'device', fr: 'appareil', ar: 'الجهاز' },
  deviceExample: { en: 'Samsung', fr: 'Samsung', ar: 'سامسونغ' },
  editTraces: { en: 'edit traces', fr: 'traces de retouche', ar: 'آثار التعديل' },
  either: { en: 'either', fr: 'indifférent', ar: 'أيًّا كان' },
  some: { en: 'some', fr: 'présentes', ar: 'موجودة' },
  none: { en: 'none', fr: 'aucune', ar: 'لا توجد' },
  find: { en: 'Find', fr: 'Rechercher', ar: 'بحث' },
  showEveryItem: { en: 'Show every item', fr: 'Afficher toutes les pièces', ar: 'عرض كل العناصر' },
  searchCaveat: {
    en: 'Dates are the device’s clock as written in the file; positions its GPS tag. Both can be forged or missing.',
    fr: 'Les dates sont celles de l’horloge de l’appareil telles qu’écrites dans le fichier ; les positions, celles de sa balise GPS. Les unes comme les autres peuvent être falsifiées ou absentes.',
    ar: 'التواريخ هي ما سجّلته ساعة الجهاز في الملف، والمواقع هي ما سجّله فيه وسم نظام تحديد المواقع. وكلاهما قد يكون مزوَّرًا أو مفقودًا.',
  },

  // The search as the server read it: "3 items taken within 5 km of Arbin (C2321), from … to …".
  found: {
    en: '{count, plural, one {# item} other {# items}} {conditions}',
    fr: '{count, plural, one {# pièce} other {# pièces}} {conditions}',
    ar: '{count, plural, zero {لا عناصر} one {عنصر واحد} two {عنصران} few {# عناصر} many {# عنصرًا} other {# عنصر}} {conditions}',
  },
  near: { en: 'taken within {distance} of {place}', fr: 'prises dans un rayon de {distance} autour de {place}', ar: 'مُلتقطة على بُعد {distance} أو أقل من {place}' },
  fromTo: { en: 'from {from} to {to}', fr: 'du {from} au {to}', ar: 'من {from} إلى {to}' },
  fromOnly: { en: 'from {from}', fr: 'à partir du {from}', ar: 'ابتداءً من {from}' },
  toOnly: { en: 'to {to}', fr: 'jusqu’au {to}', ar: 'حتى {to}' },
  withDevice: { en: 'with a device "{device}"', fr: 'avec un appareil « {device} »', ar: 'بجهاز «{device}»' },
  edited: { en: 'with traces of editing', fr: 'présentant des traces de retouche', ar: 'فيها آثار تعديل' },
  notEdited: { en: 'with no trace of editing', fr: 'sans trace de retouche', ar: 'بلا أثر تعديل' },
  withGps: { en: 'with a GPS position', fr: 'avec une position GPS', ar: 'لها موقع من نظام تحديد المواقع' },

  originalMetadata: { en: 'Original metadata', fr: 'Métadonnées d’origine', ar: 'البيانات الوصفية الأصلية' },
  captured: { en: 'Captured', fr: 'Prise de vue', ar: 'وقت الالتقاط' },
  inZone: { en: 'zone {zone}: {instant}', fr: 'fuseau {zone} : {instant}', ar: 'المنطقة الزمنية {zone}: {instant}' },
  noZone: {
    en: 'no zone: the local time where it was taken, not converted',
    fr: 'sans fuseau horaire : l’heure locale du lieu de prise de vue, non convertie',
    ar: 'بلا منطقة زمنية: التوقيت المحلي لمكان الالتقاط، دون تحويل',
  },
  notInFile: { en: 'not recorded in the file', fr: 'non inscrite dans le fichier', ar: 'غير مسجّل في الملف' },
  gps: { en: 'GPS', fr: 'GPS', ar: 'نظام تحديد المواقع' },
  noGps: { en: 'none', fr: 'aucune', ar: 'لا يوجد' },
  deviceTitle: { en: 'Device', fr: 'Appareil', ar: 'الجهاز' },
  notRecorded: { en: 'not recorded', fr: 'non renseigné', ar: 'غير مسجّل' },
  software: { en: 'Software', fr: 'Logiciel', ar: 'البرنامج' },
  editTracesTitle: { en: 'Edit traces', fr: 'Traces de retouche', ar: 'آثار التعديل' },
  noneFound: { en: 'none found', fr: 'aucune trouvée', ar: 'لم يُعثر على أي أثر' },
  readBy: {
    en: 'Read by {tool}, {time}. Metadata can be forged: it is a lead to check, not proof.',
    fr: 'Lues par {tool}, le {time}. Les métadonnées peuvent être falsifiées : c’est une piste à vérifier, non une preuve.',
    ar: 'قرأها {tool} في {time}. يمكن تزوير البيانات الوصفية: فهي خيط يجب التحقق منه، لا دليل.',
  },
  placeTitle: { en: 'Where its GPS puts it', fr: 'Où le place son GPS', ar: 'موقعه بحسب نظام تحديد المواقع' },
  noSite: {
    en: 'No incident citing this item has a site to compare its position with.',
    fr: 'Aucun incident citant cette pièce n’a de lieu auquel comparer sa position.',
    ar: 'لا توجد حادثة تستشهد بهذا العنصر ولها موقع تُقارن به إحداثياته.',
  },
  distances: { en: 'Distance from the incidents’ sites', fr: 'Distance aux lieux des incidents', ar: 'المسافة من مواقع الحوادث' },
  itemGpsIs: { en: 'The item’s GPS is <b>{distance}</b>: {incident}', fr: 'Le GPS de la pièce la situe <b>{distance}</b> : {incident}', ar: 'بحسب نظام تحديد المواقع، يقع العنصر <b>{distance}</b>: {incident}' },
  fromSite: { en: "{distance} from the incident's site", fr: 'à {distance} du lieu de l’incident', ar: 'على بُعد {distance} من موقع الحادثة' },
  fromArea: {
    en: "{distance} from the middle of the incident's area{inside, select, yes {, inside its bounds} other {, outside its bounds}}",
    fr: 'à {distance} du centre de la zone de l’incident{inside, select, yes {, à l’intérieur de ses limites} other {, hors de ses limites}}',
    ar: 'على بُعد {distance} من وسط منطقة الحادثة{inside, select, yes {، داخل حدودها} other {، خارج حدودها}}',
  },
  basemapFailed: { en: 'The basemap could not be loaded: {error}', fr: 'Le fond de carte n’a pas pu être chargé : {error}', ar: 'تعذّر تحميل الخريطة الأساسية: {error}' },
  loadingMap: { en: 'Loading the map…', fr: 'Chargement de la carte…', ar: 'جارٍ تحميل الخريطة…' },
  mapKey: {
    en: 'Blue: the item’s GPS position; red: the incidents’ sites. A GPS tag can be forged or wrong by hundreds of metres.',
    fr: 'En bleu : la position GPS de la pièce ; en rouge : les lieux des incidents. Une balise GPS peut être falsifiée ou fausse de plusieurs centaines de mètres.',
    ar: 'بالأزرق: موقع العنصر بحسب نظام تحديد المواقع؛ وبالأحمر: مواقع الحوادث. قد يكون وسم الموقع مزوَّرًا أو خاطئًا بمئات الأمتار.',
  },
  noWebGl: { en: 'This browser cannot draw the map (it needs {webgl}).', fr: 'Ce navigateur ne peut pas dessiner la carte (il lui faut {webgl}).', ar: 'لا يستطيع هذا المتصفح رسم الخريطة (يلزمه {webgl}).' },
  mapTitle: { en: 'Map of the item’s location', fr: 'Carte de l’emplacement de la pièce', ar: 'خريطة موقع الدليل' },
});

/** The traces of editing the server reads in an item's metadata (src/evidence/edit-trace-wordings.ts). */
export const editTraceMessages = defineWordingMessages(editTraceWordings, {
  editorNamed: { fr: '{tag} nomme un logiciel de retouche : {value}', ar: 'يذكر الوسم {tag} برنامج تحرير: {value}' },
  savedAgain: { fr: 'enregistré de nouveau le {modified}, après la prise de vue du {captured}', ar: 'حُفظ مجددًا في {modified}، بعد التقاطه في {captured}' },
  history: { fr: 'historique de retouche {standard} : {history}', ar: 'سجل التعديل في {standard}: {history}' },
  dataBlocks: { fr: 'blocs de données {program} présents', ar: 'توجد كتل بيانات {program}' },
});
