import { handoverWordings } from '../../../src/evidence/handover-wordings.js';
import { uploadWordings } from '../../../src/evidence/upload-wordings.js';
import { defineWordingMessages } from '../i18n/define-wording-messages.js';

/**
 * The server's words on why a file was not taken in: a handed-over file's path or time (said after the field),
 * an upload too large or cut short. A folder is a "répertoire" in French, "dossier" being a case.
 */
export const handoverWordingMessages = defineWordingMessages(handoverWordings, {
  pathEmpty: { fr: 'est vide : envoyez le chemin du fichier dans le répertoire remis', ar: 'فارغ: أرسل مسار الملف داخل المجلد المسلَّم' },
  pathTooLong: {
    fr: 'ne doit pas dépasser {max, plural, one {# caractère} other {# caractères}}',
    ar: 'يجب ألا يتجاوز {max, plural, zero {# حرف} one {حرفًا واحدًا} two {حرفين} few {# أحرف} many {# حرفًا} other {# حرف}}',
  },
  pathNul: { fr: 'contient un caractère nul', ar: 'يحتوي على المحرف الصفري' },
  notAnInstant: {
    fr: 'doit être un instant ISO 8601 avec son décalage horaire, par exemple {example}',
    ar: 'يجب أن يكون لحظة زمنية بصيغة ISO 8601 مع فارق التوقيت، مثل {example}',
  },
  noSuchInstant: { fr: 'n’est pas une date et une heure qui existent', ar: 'ليس يومًا ووقتًا موجودين في التقويم' },
  offsetTooFar: { fr: 'a un décalage horaire au-delà de ±23:59', ar: 'فارق التوقيت فيه يتجاوز ±23:59' },
});

const FR_NOT_KEPT = '{unfinished, select, yes { ; le fichier « {name} » n’a pas été conservé} other {}}';
const AR_NOT_KEPT = '{unfinished, select, yes {؛ ولم يُحفظ الملف «{name}»} other {}}';

export const uploadWordingMessages = defineWordingMessages(uploadWordings, {
  fileTooLarge: { fr: 'le fichier {name} dépasse la taille maximale autorisée pour un envoi', ar: 'الملف {name} يتجاوز الحد الأقصى لحجم الرفع' },
  importTooLarge: {
    fr: 'le fichier dépasse la limite d’importation de {limit, plural, one {# octet} other {# octets}}',
    ar: 'الملف أكبر من حد الاستيراد البالغ {limit, plural, zero {# بايت} one {بايتًا واحدًا} two {بايتين} few {# بايتات} many {# بايتًا} other {# بايت}}',
  },
  connectionClosed: { fr: `la connexion s’est fermée avant la fin de l’envoi${FR_NOT_KEPT}`, ar: `انقطع الاتصال قبل اكتمال الرفع${AR_NOT_KEPT}` },
  cutShort: { fr: `s’arrête avant sa limite de fin : l’envoi a été interrompu${FR_NOT_KEPT}`, ar: `ينتهي قبل حدّه الختامي: انقطع الرفع قبل اكتماله${AR_NOT_KEPT}` },
  notMultipart: {
    fr: 'ne contient aucune partie délimitée par la limite qu’indique son en-tête content-type : ce n’est pas un formulaire multipart',
    ar: 'لا يحتوي على أي جزء محدَّد بالفاصل الذي تذكره ترويسة نوع المحتوى: ليس نموذجًا متعدد الأجزاء',
  },
});
