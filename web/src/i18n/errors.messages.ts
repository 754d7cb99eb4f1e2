import { defineMessages } from './define-messages.js';

/**
 * The API's error codes (src/common/errors.ts) in words: the server's detail is English, so outside English the
 * app says what the code means and names the field, and keeps the detail after it for whoever must act on it.
 */
export const errorMessages = defineMessages('error', {
  VALIDATION_FAILED: { en: 'A value is not valid', fr: 'Une valeur n’est pas valide', ar: 'إحدى القيم غير صالحة' },
  NOT_FOUND: { en: 'Not found', fr: 'Introuvable', ar: 'غير موجود' },
  CASE_NOT_FOUND: { en: 'No such case', fr: 'Ce dossier n’existe pas', ar: 'لا توجد قضية بهذا المعرّف' },
  EVIDENCE_NOT_FOUND: { en: 'No such evidence', fr: 'Cette pièce n’existe pas', ar: 'لا يوجد دليل بهذا المعرّف' },
  EVIDENCE_HAS_NO_TEXT: { en: 'This evidence has no text to read', fr: 'Cette pièce n’a pas de texte à lire', ar: 'لا يحتوي هذا الدليل على نص يمكن قراءته' },
  ENTRY_NOT_FOUND: { en: 'No such ledger entry', fr: 'Cette entrée du registre n’existe pas', ar: 'لا يوجد قيد بهذا الرقم في السجل' },
  CONFLICT: { en: 'This conflicts with what is already kept', fr: 'Cela contredit ce qui est déjà conservé', ar: 'يتعارض هذا مع ما هو محفوظ مسبقًا' },
  GONE: { en: 'No longer usable: it expired or was revoked', fr: 'N’est plus utilisable : expiré ou révoqué', ar: 'لم يعد صالحًا للاستخدام: انتهت صلاحيته أو أُبطل' },
  DISK_FULL: { en: 'The server’s disk is full: nothing was written', fr: 'Le disque du serveur est plein : rien n’a été écrit', ar: 'قرص الخادم ممتلئ: لم يُكتب شيء' },
  UNAUTHENTICATED: { en: 'Wrong username, password or code, or the session has ended', fr: 'Identifiant, mot de passe ou code erroné, ou session terminée', ar: 'اسم المستخدم أو كلمة المرور أو الرمز غير صحيح، أو انتهت الجلسة' },
  FORBIDDEN: { en: 'Your role does not allow this', fr: 'Votre rôle ne le permet pas', ar: 'دورك لا يسمح بذلك' },
  CSRF_FAILED: { en: 'The page is out of date: reload it and try again', fr: 'La page n’est plus à jour : rechargez-la et réessayez', ar: 'الصفحة قديمة: أعد تحميلها وحاول مجددًا' },
  PASSWORD_CHANGE_REQUIRED: { en: 'Choose a new password first', fr: 'Choisissez d’abord un nouveau mot de passe', ar: 'اختر كلمة مرور جديدة أولًا' },
  ACCOUNT_LOCKED: { en: 'Too many failed sign-ins: the account is locked for a while', fr: 'Trop d’échecs de connexion : le compte est bloqué un moment', ar: 'محاولات دخول فاشلة كثيرة: الحساب مقفل لبعض الوقت' },
  RATE_LIMITED: { en: 'Too many requests: wait a moment and try again', fr: 'Trop de requêtes : patientez un instant et réessayez', ar: 'طلبات كثيرة جدًا: انتظر قليلًا ثم حاول مجددًا' },
  FILE_UNREADABLE: { en: 'The file cannot be read', fr: 'Le fichier est illisible', ar: 'تعذّرت قراءة الملف' },
  PAYLOAD_TOO_LARGE: { en: 'Too large for this server', fr: 'Trop volumineux pour ce serveur', ar: 'أكبر مما يقبله هذا الخادم' },
  UNSUPPORTED_MEDIA_TYPE: { en: 'This type of file is not accepted here', fr: 'Ce type de fichier n’est pas accepté ici', ar: 'هذا النوع من الملفات غير مقبول هنا' },
  REQUEST_TIMEOUT: { en: 'The request took too long', fr: 'La requête a pris trop de temps', ar: 'استغرق الطلب وقتًا طويلًا' },
  RANGE_NOT_SATISFIABLE: { en: 'That part of the file does not exist', fr: 'Cette partie du fichier n’existe pas', ar: 'هذا الجزء من الملف غير موجود' },
  DATABASE_UNAVAILABLE: { en: 'The database cannot be reached: try again shortly', fr: 'La base de données est injoignable : réessayez bientôt', ar: 'تعذّر الوصول إلى قاعدة البيانات: حاول بعد قليل' },
  VAULT_UNAVAILABLE: { en: 'The evidence vault cannot be reached: try again shortly', fr: 'Le coffre des pièces est injoignable : réessayez bientôt', ar: 'تعذّر الوصول إلى خزنة الأدلة: حاول بعد قليل' },
  VAULT_BLOB_MISSING: { en: 'A stored file is missing from the vault: tell an administrator', fr: 'Un fichier manque dans le coffre : prévenez un administrateur', ar: 'ملف محفوظ مفقود من الخزنة: أبلغ المسؤول' },
  VAULT_BLOB_CORRUPT: { en: 'A stored file no longer matches its hash: tell an administrator', fr: 'Un fichier conservé ne correspond plus à son empreinte : prévenez un administrateur', ar: 'ملف محفوظ لم يعد يطابق بصمته: أبلغ المسؤول' },
  LEDGER_INCONSISTENT: { en: 'The custody ledger does not add up: tell an administrator', fr: 'Le registre de conservation est incohérent : prévenez un administrateur', ar: 'سجل الحيازة غير متّسق: أبلغ المسؤول' },
  PROOF_INVALID: { en: 'The proof does not verify', fr: 'La preuve ne se vérifie pas', ar: 'الإثبات لا يصمد عند التحقق' },
  CHECKPOINT_INVALID: { en: 'The signed tree head does not verify', fr: 'La tête d’arbre signée ne se vérifie pas', ar: 'رأس الشجرة الموقّع لا يصمد عند التحقق' },
  BAG_INVALID: { en: 'The case file is not a valid bag', fr: 'Le dossier n’est pas un sac BagIt valide', ar: 'ملف القضية ليس حزمة BagIt صالحة' },
  TIMESTAMP_FAILED: { en: 'The time-stamping authority did not answer properly', fr: 'L’autorité d’horodatage n’a pas répondu correctement', ar: 'لم تُجب جهة الختم الزمني كما ينبغي' },
  CAPTURE_URL_REFUSED: { en: 'This address may not be captured', fr: 'Cette adresse ne peut pas être capturée', ar: 'لا يجوز التقاط هذا العنوان' },
  CAPTURE_LIMIT: { en: 'The capture went beyond its limit of time or size', fr: 'La capture a dépassé sa limite de durée ou de taille', ar: 'تجاوز الالتقاط حدّه من حيث المدة أو الحجم' },
  CAPTURE_FAILED: { en: 'The page could not be captured', fr: 'La page n’a pas pu être capturée', ar: 'تعذّر التقاط الصفحة' },
  NETWORK: { en: 'The connection was interrupted', fr: 'La connexion a été interrompue', ar: 'انقطع الاتصال' },
  ERROR: { en: 'Something went wrong', fr: 'Une erreur est survenue', ar: 'حدث خطأ ما' },
  withField: { en: '{problem} ({field})', fr: '{problem} ({field})', ar: '{problem} ({field})' },
  withDetail: { en: '{problem}: {detail}', fr: '{problem} : {detail}', ar: '{problem}: {detail}' },
});
