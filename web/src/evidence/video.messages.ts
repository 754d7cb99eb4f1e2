import { defineMessages } from '../i18n/define-messages.js';

/** A video's derivatives (VideoDerivatives): the tool and codec names are arguments, the same in every language. */
export const videoMessages = defineMessages('evidence.video', {
  title: { en: 'Preview and keyframes (derivatives)', fr: 'Aperçu et images clés (dérivés)', ar: 'المعاينة والإطارات الرئيسية (مشتقات)' },
  explain: {
    en: 'Made by Dossier from the original with {tool}, to watch in the browser: a derivative, not the evidence. The preview is {codec} at most {lines, number} lines high and only the first {minutes, number} minutes; the original is unchanged. Showing them shows what the item shows: each view is recorded under your name in the access audit.',
    fr: 'Produits par Dossier à partir de l’original avec {tool}, pour être visionnés dans le navigateur : un dérivé, non la pièce elle-même. L’aperçu est en {codec}, de {lines, number} lignes de haut au plus, et ne couvre que les {minutes, number} premières minutes ; l’original est inchangé. Les afficher montre ce que montre la pièce : chaque visionnage est inscrit à votre nom dans l’audit des accès.',
    ar: 'أنشأها Dossier من الأصل باستخدام {tool} لمشاهدتها في المتصفح: إنها مشتقات، لا الدليل نفسه. المعاينة بترميز {codec} وبارتفاع {lines, number} سطر على الأكثر، ولا تشمل إلا أول {minutes, number} دقائق؛ ويبقى الأصل دون تغيير. عرضها يكشف ما يكشفه العنصر: لذا يُسجَّل كل عرض باسمك في سجل تدقيق الاطلاع.',
  },
  show: { en: 'Show preview and keyframes', fr: 'Afficher l’aperçu et les images clés', ar: 'عرض المعاينة والإطارات الرئيسية' },
  noneYet: {
    en: 'None made yet (they are made after the upload; a file {tool} cannot read gets none).',
    fr: 'Aucun encore (ils sont produits après le téléversement ; un fichier que {tool} ne peut pas lire n’en a aucun).',
    ar: 'لم يُنشأ أي منها بعد (تُنشأ بعد الرفع؛ والملف الذي لا يستطيع {tool} قراءته لا يحصل على أي منها).',
  },
  previewOf: { en: 'Preview (derivative) of {name}', fr: 'Aperçu (dérivé) de {name}', ar: 'المعاينة (مشتقة) للملف {name}' },
  contactSheetOf: { en: 'Contact sheet of {name}: keyframes at {times}', fr: 'Planche contact de {name} : images clés à {times}', ar: 'ورقة الإطارات للملف {name}: إطارات رئيسية عند {times}' },
  contactSheetOrder: {
    en: 'Contact sheet, left to right, top to bottom: {times}',
    fr: 'Planche contact, de gauche à droite, de haut en bas : {times}',
    ar: 'ورقة الإطارات، من اليسار إلى اليمين ومن الأعلى إلى الأسفل: {times}',
  },
  keyframes: { en: 'Keyframes', fr: 'Images clés', ar: 'الإطارات الرئيسية' },
  keyframeAt: { en: 'Keyframe at {time}', fr: 'Image clé à {time}', ar: 'إطار رئيسي عند {time}' },
  makeAgain: { en: 'Make them again', fr: 'Les refaire', ar: 'إعادة إنشائها' },
  reasons: { en: '{first}; {rest}', fr: '{first} ; {rest}', ar: '{first}؛ {rest}' },
  couldNotMake: { en: '{tool} could not make them: {reason}', fr: '{tool} n’a pas pu les produire : {reason}', ar: 'تعذّر على {tool} إنشاؤها: {reason}' },
  made: {
    en: '{kind, select, keyframe {Keyframes} preview {Preview} other {Contact sheet}}: a derivative made by {tool}, {size}, ledger entry #{seq, number, ::group-off}',
    fr: '{kind, select, keyframe {Images clés} preview {Aperçu} other {Planche contact}} : dérivé produit par {tool}, {size}, entrée nº {seq, number, ::group-off} du registre',
    ar: '{kind, select, keyframe {الإطارات الرئيسية} preview {المعاينة} other {ورقة الإطارات}}: مشتق أنشأه {tool}، {size}، القيد رقم {seq, number, ::group-off} في السجل',
  },
});
