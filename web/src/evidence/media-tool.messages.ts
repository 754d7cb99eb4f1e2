import { evidenceTextWordings } from '../../../src/evidence/evidence-text-wordings.js';
import { derivativeWordings, mediaToolWordings } from '../../../src/media/tool-wordings.js';
import { defineWordingMessages } from '../i18n/define-wording-messages.js';

/** Why a media program made nothing of an item (src/media/tool-wordings.ts): programs, commands and their output stay as given. */
export const mediaToolMessages = defineWordingMessages(mediaToolWordings, {
  notInstalled: { fr: '{program} n’est pas installé ici ({install})', ar: 'البرنامج {program} غير مثبّت هنا ({install})' },
  noModel: { fr: '{program} n’a pas ici de modèle pour {languages} ({install})', ar: 'لا يتوفر هنا لدى {program} نموذج للغات {languages} ({install})' },
  timedOut: {
    fr: '{program} n’a pas terminé en {seconds, number} s',
    ar: 'لم ينتهِ {program} في غضون {seconds, plural, zero {# ثانية} one {ثانية واحدة} two {ثانيتين} few {# ثوانٍ} many {# ثانيةً} other {# ثانية}}',
  },
  printedTooMuch: { fr: '{program} a produit plus de sortie qu’il ne le devrait', ar: 'أخرج {program} أكثر مما ينبغي' },
  toolSaid: { fr: '{output}', ar: '{output}' },
  noReading: { fr: '{program} n’a rien donné à lire', ar: 'لم يُعطِ {program} أي قراءة' },
  withCommand: { fr: '{problem} ({command})', ar: '{problem} ({command})' },
  cannotReadVideo: { fr: '{program} n’a pas pu lire la vidéo : {problem}', ar: 'تعذّر على {program} قراءة الفيديو: {problem}' },
  noVideoStream: { fr: '{program} n’a trouvé aucun flux vidéo dans le fichier', ar: 'لم يجد {program} أي مسار فيديو في الملف' },
  noKeyframe: { fr: '{program} n’a trouvé aucune image clé dans la vidéo', ar: 'لم يجد {program} أي إطار رئيسي في الفيديو' },
  nothingToTile: { fr: 'aucune image clé à assembler en planche contact', ar: 'لا توجد إطارات رئيسية لتجميعها في ورقة الإطارات' },
  cannotReadImage: { fr: '{program} n’a pas pu lire l’image : {problem}', ar: 'تعذّر على {program} قراءة الصورة: {problem}' },
});

/** Why an item has no derivatives (src/media/tool-wordings.ts), each derivative named as the video panel names it. */
export const derivativeMessages = defineWordingMessages(derivativeWordings, {
  notMade: { fr: 'aucun dérivé n’est produit pour le type {mediaType}', ar: 'لا تُنشأ مشتقات للنوع {mediaType}' },
  partFailed: {
    fr: '{part, select, thumbnail {vignette} keyframe {images clés} contactSheet {planche contact} preview {aperçu} other {{part}}} : {problem}',
    ar: '{part, select, thumbnail {الصورة المصغّرة} keyframe {الإطارات الرئيسية} contactSheet {ورقة الإطارات} preview {المعاينة} other {{part}}}: {problem}',
  },
});

/** Why an item's text could not be read (src/evidence/evidence-text-wordings.ts). */
export const evidenceTextMessages = defineWordingMessages(evidenceTextWordings, {
  pdfUnreadable: { fr: 'le texte du PDF ne peut pas être lu : {problem}', ar: 'تتعذّر قراءة نص ملف PDF: {problem}' },
  tooLarge: {
    fr: 'le document fait {size, plural, one {# octet} other {# octets}} ; le texte n’est lu que dans les documents d’au plus {max, number} octets',
    ar: 'حجم المستند {size, plural, zero {# بايت} one {بايت واحد} two {بايتان} few {# بايتات} many {# بايتًا} other {# بايت}}، ولا يُقرأ النص إلا من المستندات التي لا يتجاوز حجمها {max, number} بايت',
  },
});
