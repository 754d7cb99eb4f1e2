import { defineMessages } from '../i18n/define-messages.js';

/** A folder handed over (HandoverPanel). "Dossier" is the French for a case: a folder is a "répertoire" here. */
export const handoverMessages = defineMessages('evidence.handover', {
  title: { en: 'Hand over a folder', fr: 'Remettre un répertoire', ar: 'تسليم مجلد' },
  intro: {
    en: 'Drop a folder here (a USB stick, a drive, a partner’s export), or choose one. Every file is taken in with its path in the folder and the time it was last modified, and the person who handed it over can be given a signed receipt listing each file’s {algorithm}.',
    fr: 'Déposez ici un répertoire (une clé USB, un disque, l’export d’un partenaire), ou choisissez-en un. Chaque fichier est pris en charge avec son chemin dans le répertoire et la date de sa dernière modification, et la personne qui l’a remis peut recevoir un récépissé signé indiquant l’empreinte {algorithm} de chaque fichier.',
    ar: 'أفلِت مجلدًا هنا (ذاكرة فلاش، أو قرصًا، أو ملفات صدّرها شريك)، أو اختر مجلدًا. يُستلم كل ملف مع مساره في المجلد ووقت آخر تعديل له، ويمكن أن يُعطى الشخص الذي سلّمه إيصالًا موقّعًا يذكر بصمة {algorithm} لكل ملف.',
  },
  chooseFolder: { en: 'Choose a folder', fr: 'Choisir un répertoire', ar: 'اختيار مجلد' },
  chosen: {
    en: '{files, plural, one {# file} other {# files}}, {size}{unread, plural, =0 {} one {; # could not be read and will not be sent} other {; # could not be read and will not be sent}}.',
    fr: '{files, plural, one {# fichier} other {# fichiers}}, {size}{unread, plural, =0 {} one { ; # n’a pas pu être lu et ne sera pas envoyé} other { ; # n’ont pas pu être lus et ne seront pas envoyés}}.',
    ar: '{files, plural, zero {لا ملفات} one {ملف واحد} two {ملفان} few {# ملفات} many {# ملفًا} other {# ملف}}، {size}{unread, plural, =0 {} zero {} one {؛ وتعذّرت قراءة ملف واحد فلن يُرسل} two {؛ وتعذّرت قراءة ملفين فلن يُرسلا} few {؛ وتعذّرت قراءة # ملفات فلن تُرسل} many {؛ وتعذّرت قراءة # ملفًا فلن تُرسل} other {؛ وتعذّرت قراءة # ملف فلن تُرسل}}.',
  },
  handedOverBy: { en: 'Handed over by', fr: 'Remis par', ar: 'سلّمه' },
  handedOverByHelp: {
    en: 'Optional. Sealed with the case key: only those who may read restricted data see it, each reading logged; it is never on the receipt.',
    fr: 'Facultatif. Scellé avec la clé du dossier : seules les personnes autorisées à lire les données restreintes le voient, chaque lecture étant consignée ; il ne figure jamais sur le récépissé.',
    ar: 'اختياري. يُختم بمفتاح القضية: لا يراه إلا من يحق له الاطلاع على البيانات المقيّدة، ويُسجَّل كل اطلاع؛ ولا يظهر أبدًا على الإيصال.',
  },
  medium: { en: 'Medium', fr: 'Support', ar: 'الوسيط' },
  mediumExamples: { en: 'USB stick, external drive, upload link…', fr: 'clé USB, disque externe, lien de téléversement…', ar: 'ذاكرة فلاش، قرص خارجي، رابط رفع…' },
  note: { en: 'Note', fr: 'Note', ar: 'ملاحظة' },
  takeIn: {
    en: 'Take in {count, plural, one {# file} other {# files}}',
    fr: 'Prendre en charge {count, plural, one {# fichier} other {# fichiers}}',
    ar: 'استلام {count, plural, zero {لا ملفات} one {ملف واحد} two {ملفين} few {# ملفات} many {# ملفًا} other {# ملف}}',
  },
  cancel: { en: 'Cancel', fr: 'Annuler', ar: 'إلغاء' },
  done: {
    en: 'Handover <code>{id}</code>: {count, plural, one {# file} other {# files}} taken in (ledger #{seq, number, ::group-off}).',
    fr: 'Remise <code>{id}</code> : {count, plural, one {# fichier pris} other {# fichiers pris}} en charge (entrée nº {seq, number, ::group-off} du registre).',
    ar: 'التسليم <code>{id}</code>: {count, plural, zero {لم يُستلم أي ملف} one {استُلم ملف واحد} two {استُلم ملفان} few {استُلمت # ملفات} many {استُلم # ملفًا} other {استُلم # ملف}} (القيد رقم {seq, number, ::group-off} في السجل).',
  },
  notTakenIn: {
    en: '{count, plural, one {# file was} other {# files were}} not taken in:',
    fr: '{count, plural, one {# fichier n’a pas été pris} other {# fichiers n’ont pas été pris}} en charge :',
    ar: '{count, plural, zero {لا ملفات لم تُستلم:} one {لم يُستلم ملف واحد:} two {لم يُستلم ملفان:} few {لم تُستلم # ملفات:} many {لم يُستلم # ملفًا:} other {لم يُستلم # ملف:}}',
  },
  filesNotSent: { en: 'Files not sent', fr: 'Fichiers non envoyés', ar: 'ملفات لم تُرسل' },
  downloadReceipt: { en: 'Download the signed receipt', fr: 'Télécharger le récépissé signé', ar: 'تنزيل الإيصال الموقّع' },
  filesProgress: { en: 'Files: {done, number} of {total, number}', fr: 'Fichiers : {done, number} sur {total, number}', ar: 'الملفات: {done, number} من {total, number}' },
  bytesProgress: { en: 'Bytes: {done} of {total}', fr: 'Octets : {done} sur {total}', ar: 'البايتات: {done} من {total}' },
});
