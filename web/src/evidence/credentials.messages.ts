import { credentialWordings } from '../../../src/evidence/credential-wordings.js';
import { defineMessages } from '../i18n/define-messages.js';
import { defineWordingMessages } from '../i18n/define-wording-messages.js';

/**
 * Content credentials (C2PA) in words, as src/evidence/credential-words.ts says them for the CLI, in the reader's
 * language. Format and standard names (C2PA, JPEG…) are arguments: they read the same in every language.
 */
export const credentialsMessages = defineMessages('evidence.credentials', {
  title: { en: 'Content credentials', fr: 'Identifiants de contenu', ar: 'بيانات اعتماد المحتوى' },
  failedChecks: { en: 'Failed checks', fr: 'Contrôles en échec', ar: 'الفحوص الفاشلة' },
  signedBy: { en: 'Signed by', fr: 'Signé par', ar: 'الموقِّع' },
  claimGenerator: { en: 'Claim generator', fr: 'Générateur de la revendication', ar: 'مولِّد المطالبة' },
  manifestTitle: { en: 'Title', fr: 'Titre', ar: 'العنوان' },
  notSaid: { en: 'not said', fr: 'non indiqué', ar: 'غير مذكور' },
  actions: { en: 'Actions', fr: 'Actions', ar: 'الإجراءات' },
  noActions: { en: 'none recorded', fr: 'aucune consignée', ar: 'لم يُسجَّل أي إجراء' },
  action: {
    en: '<code>{action}</code>{hasAgent, select, yes { by {agent}} other {}}{hasWhen, select, yes { at {when}} other {}}',
    fr: '<code>{action}</code>{hasAgent, select, yes { par {agent}} other {}}{hasWhen, select, yes { le {when}} other {}}',
    ar: '<code>{action}</code>{hasAgent, select, yes { بواسطة {agent}} other {}}{hasWhen, select, yes { في {when}} other {}}',
  },
  ingredients: { en: 'Ingredients', fr: 'Ingrédients', ar: 'المكوّنات' },
  noIngredients: { en: 'none: made here, from nothing recorded', fr: 'aucun : créé ici, à partir de rien de consigné', ar: 'لا شيء: أُنشئ هنا، من دون أي مصدر مسجَّل' },
  ingredient: {
    en: '{title}{hasFormat, select, yes { <muted>({format})</muted>} other {}}, {relationship}, {hasManifest, select, yes {with content credentials of its own} other {no content credentials of its own}}',
    fr: '{title}{hasFormat, select, yes { <muted>({format})</muted>} other {}}, {relationship}, {hasManifest, select, yes {avec ses propres identifiants de contenu} other {sans identifiants de contenu propres}}',
    ar: '{title}{hasFormat, select, yes { <muted>({format})</muted>} other {}}، {relationship}، {hasManifest, select, yes {له بيانات اعتماد محتوى خاصة به} other {ليست له بيانات اعتماد محتوى خاصة به}}',
  },
  untitled: { en: '(untitled)', fr: '(sans titre)', ar: '(بلا عنوان)' },
  relationshipNotSaid: { en: 'relationship not said', fr: 'relation non indiquée', ar: 'العلاقة غير مذكورة' },
  notes: { en: 'Notes', fr: 'Remarques', ar: 'ملاحظات' },
  readBy: { en: 'Read by {tool}, {time}.', fr: 'Lus par {tool}, le {time}.', ar: 'قرأها {tool} في {time}.' },
  caveat: {
    en: 'A valid manifest proves only that its signer asserted this history and that the file has not changed since; it does not prove the scene is real. Absence of content credentials says nothing about authenticity: most cameras and platforms add none, and many strip them.',
    fr: 'Un manifeste valide prouve seulement que son signataire a affirmé cet historique et que le fichier n’a pas changé depuis ; il ne prouve pas que la scène est réelle. L’absence d’identifiants de contenu ne dit rien de l’authenticité : la plupart des appareils photo et des plateformes n’en ajoutent pas, et beaucoup les suppriment.',
    ar: 'لا يثبت البيان الصالح إلا أن موقّعه أكّد هذا التاريخ وأن الملف لم يتغير منذ ذلك الحين؛ ولا يثبت أن المشهد حقيقي. وغياب بيانات اعتماد المحتوى لا يدل على شيء بشأن الأصالة: فمعظم الكاميرات والمنصات لا تضيفها، وكثير منها يزيلها.',
  },

  verdictNone: { en: 'No content credentials: {reason}.', fr: 'Aucun identifiant de contenu : {reason}.', ar: 'لا توجد بيانات اعتماد للمحتوى: {reason}.' },
  verdictUnreadable: { en: 'Content credentials could not be checked: {reason}.', fr: 'Les identifiants de contenu n’ont pas pu être vérifiés : {reason}.', ar: 'تعذّر التحقق من بيانات اعتماد المحتوى: {reason}.' },
  verdictInvalid: {
    en: 'INVALID content credentials: {count, plural, one {# check} other {# checks}} failed; what the manifest says cannot be relied on.',
    fr: 'Identifiants de contenu NON VALIDES : {count, plural, one {# contrôle a échoué} other {# contrôles ont échoué}} ; on ne peut pas se fier à ce que dit le manifeste.',
    ar: 'بيانات اعتماد المحتوى غير صالحة: {count, plural, zero {لم يفشل أي فحص} one {فشل فحص واحد} two {فشل فحصان} few {فشلت # فحوص} many {فشل # فحصًا} other {فشل # فحص}}؛ لا يمكن الاعتماد على ما يقوله البيان.',
  },
  verdictValid: {
    en: 'Valid structure and signature, signer untrusted: the manifest is intact and the file unchanged since signing.',
    fr: 'Structure et signature valides, signataire non reconnu comme fiable : le manifeste est intact et le fichier inchangé depuis la signature.',
    ar: 'البنية والتوقيع صالحان، والموقّع غير موثوق: البيان سليم والملف لم يتغير منذ توقيعه.',
  },
  unreadable: { en: 'unreadable', fr: 'illisibles', ar: 'غير مقروءة' },
  signer: {
    en: '{who}{hasIssuer, select, yes {, certificate issued by {issuer}} other {}}{test, select, yes {, a TEST certificate} other {}}; not on any trust list Dossier checks (it holds none){hasAlgorithm, select, yes {; {algorithm}} other {}}{hasSignedAt, select, yes {; signed {signedAt}} other {}}',
    fr: '{who}{hasIssuer, select, yes {, certificat délivré par {issuer}} other {}}{test, select, yes {, un certificat de TEST} other {}} ; ne figure sur aucune liste de confiance que Dossier consulte (il n’en détient aucune){hasAlgorithm, select, yes { ; {algorithm}} other {}}{hasSignedAt, select, yes { ; signé le {signedAt}} other {}}',
    ar: '{who}{hasIssuer, select, yes {، شهادة صادرة عن {issuer}} other {}}{test, select, yes {، شهادة اختبارية} other {}}؛ غير مدرج في أي قائمة ثقة يتحقق منها Dossier (فهو لا يحتفظ بأي قائمة){hasAlgorithm, select, yes {؛ {algorithm}} other {}}{hasSignedAt, select, yes {؛ وُقّع في {signedAt}} other {}}',
  },
  unnamedSigner: { en: 'an unnamed signer', fr: 'un signataire sans nom', ar: 'موقّع غير مسمّى' },
  noSigner: { en: 'no signing certificate found', fr: 'aucun certificat de signature trouvé', ar: 'لم يُعثر على شهادة توقيع' },

  withCode: { en: '{words} ({code})', fr: '{words} ({code})', ar: '{words} ({code})' },
  seeSpecification: { en: 'see the {c2pa} specification', fr: 'voir la spécification {c2pa}', ar: 'راجع مواصفة {c2pa}' },
});

/** The C2PA 2.1 status codes Dossier is likely to meet, said plainly; others are shown by the reader's explanation. */
export const credentialStatusMessages = defineMessages('evidence.credentials.status', {
  'assertion.dataHash.mismatch': {
    en: 'the file’s bytes changed after signing: their hash no longer matches the one the manifest signed',
    fr: 'les octets du fichier ont changé après la signature : leur empreinte ne correspond plus à celle que le manifeste a signée',
    ar: 'تغيّرت بايتات الملف بعد التوقيع: لم تعد بصمتها تطابق البصمة التي وقّعها البيان',
  },
  'assertion.bmffHash.mismatch': {
    en: 'the video’s bytes changed after signing: their hash no longer matches the one the manifest signed',
    fr: 'les octets de la vidéo ont changé après la signature : leur empreinte ne correspond plus à celle que le manifeste a signée',
    ar: 'تغيّرت بايتات الفيديو بعد التوقيع: لم تعد بصمتها تطابق البصمة التي وقّعها البيان',
  },
  'assertion.boxesHash.mismatch': {
    en: 'parts of the file changed after signing: their hashes no longer match the signed ones',
    fr: 'des parties du fichier ont changé après la signature : leurs empreintes ne correspondent plus à celles qui ont été signées',
    ar: 'تغيّرت أجزاء من الملف بعد التوقيع: لم تعد بصماتها تطابق البصمات الموقّعة',
  },
  'assertion.hashedURI.mismatch': {
    en: 'an assertion (a statement in the manifest) was changed after signing',
    fr: 'une assertion (une déclaration du manifeste) a été modifiée après la signature',
    ar: 'عُدِّل أحد التأكيدات (عبارة واردة في البيان) بعد التوقيع',
  },
  'assertion.missing': {
    en: 'an assertion the claim refers to is missing from the manifest',
    fr: 'une assertion à laquelle renvoie la revendication manque dans le manifeste',
    ar: 'أحد التأكيدات التي تشير إليها المطالبة مفقود من البيان',
  },
  'assertion.dataHash.malformed': {
    en: 'the hash of the file’s bytes in the manifest is malformed',
    fr: 'l’empreinte des octets du fichier dans le manifeste est mal formée',
    ar: 'بصمة بايتات الملف في البيان مشوّهة البنية',
  },
  'claimSignature.mismatch': {
    en: 'the claim no longer matches its signature: the manifest was altered after signing',
    fr: 'la revendication ne correspond plus à sa signature : le manifeste a été modifié après la signature',
    ar: 'لم تعد المطالبة تطابق توقيعها: عُدِّل البيان بعد التوقيع',
  },
  'claimSignature.missing': { en: 'the claim is not signed', fr: 'la revendication n’est pas signée', ar: 'المطالبة غير موقّعة' },
  'claimSignature.outsideValidity': {
    en: 'the claim was signed outside the signing certificate’s validity period',
    fr: 'la revendication a été signée en dehors de la période de validité du certificat de signature',
    ar: 'وُقّعت المطالبة خارج فترة صلاحية شهادة التوقيع',
  },
  'claim.missing': { en: 'the manifest has no claim', fr: 'le manifeste ne contient aucune revendication', ar: 'لا يتضمن البيان أي مطالبة' },
  'claim.cbor.invalid': { en: 'the claim is malformed', fr: 'la revendication est mal formée', ar: 'المطالبة مشوّهة البنية' },
  'claim.hardBindings.missing': {
    en: 'the manifest does not bind itself to the file’s bytes (no hash of the content)',
    fr: 'le manifeste ne se lie pas aux octets du fichier (aucune empreinte du contenu)',
    ar: 'لا يرتبط البيان ببايتات الملف (لا توجد بصمة للمحتوى)',
  },
  'signingCredential.invalid': {
    en: 'the signing certificate is not acceptable for {c2pa} signing',
    fr: 'le certificat de signature n’est pas recevable pour une signature {c2pa}',
    ar: 'شهادة التوقيع غير مقبولة للتوقيع وفق {c2pa}',
  },
  'signingCredential.expired': { en: 'the signing certificate had expired', fr: 'le certificat de signature avait expiré', ar: 'كانت شهادة التوقيع منتهية الصلاحية' },
  'signingCredential.untrusted': {
    en: 'the signing certificate is not on a trust list',
    fr: 'le certificat de signature ne figure sur aucune liste de confiance',
    ar: 'شهادة التوقيع غير مدرجة في أي قائمة ثقة',
  },
  'timeStamp.mismatch': {
    en: 'the signature’s timestamp does not match the signed claim',
    fr: 'l’horodatage de la signature ne correspond pas à la revendication signée',
    ar: 'الختم الزمني للتوقيع لا يطابق المطالبة الموقّعة',
  },
  'timeStamp.untrusted': {
    en: 'the timestamp authority is not on a trust list',
    fr: 'l’autorité d’horodatage ne figure sur aucune liste de confiance',
    ar: 'جهة الختم الزمني غير مدرجة في أي قائمة ثقة',
  },
  'timeStamp.outsideValidity': {
    en: 'the timestamp falls outside the certificate’s validity',
    fr: 'l’horodatage se situe en dehors de la période de validité du certificat',
    ar: 'يقع الختم الزمني خارج فترة صلاحية الشهادة',
  },
  'ingredient.unknownProvenance': {
    en: 'an ingredient came with no content credentials of its own: its history before this step is unknown',
    fr: 'un ingrédient est arrivé sans identifiants de contenu propres : son historique avant cette étape est inconnu',
    ar: 'ورد أحد المكوّنات بلا بيانات اعتماد محتوى خاصة به: تاريخه قبل هذه الخطوة مجهول',
  },
  'manifest.unknownProvenance': { en: 'a manifest’s origin is unknown', fr: 'l’origine d’un manifeste est inconnue', ar: 'مصدر أحد البيانات المضمّنة مجهول' },
  'ingredient.manifest.mismatch': {
    en: 'an ingredient’s manifest does not match the one recorded for it',
    fr: 'le manifeste d’un ingrédient ne correspond pas à celui qui a été consigné pour lui',
    ar: 'بيان أحد المكوّنات لا يطابق البيان المسجَّل له',
  },
  'ingredient.claimSignature.mismatch': {
    en: 'an ingredient’s claim signature does not match the one recorded for it',
    fr: 'la signature de la revendication d’un ingrédient ne correspond pas à celle qui a été consignée pour lui',
    ar: 'توقيع مطالبة أحد المكوّنات لا يطابق التوقيع المسجَّل له',
  },
  'algorithm.unsupported': {
    en: 'the manifest uses an algorithm the reader does not support',
    fr: 'le manifeste utilise un algorithme que le lecteur ne prend pas en charge',
    ar: 'يستخدم البيان خوارزمية لا يدعمها القارئ',
  },
  'general.error': { en: 'the manifest could not be checked', fr: 'le manifeste n’a pas pu être vérifié', ar: 'تعذّر التحقق من البيان' },
});

/** Why there are no content credentials, or none could be checked (src/evidence/credential-wordings.ts). */
export const credentialReasonMessages = defineWordingMessages(credentialWordings, {
  noManifest: { fr: 'le fichier ne porte aucun manifeste {c2pa}', ar: 'لا يحمل الملف أي بيان {c2pa}' },
  noManifestBox: { fr: 'la vidéo ne contient aucune boîte de manifeste {c2pa}', ar: 'لا يحتوي الفيديو على صندوق بيان {c2pa}' },
  unsupportedFormat: {
    fr: 'ni une image {jpeg}, ni {png}, ni {heif} : le lecteur {c2pa} ne sait pas ouvrir ce format, rien n’a donc été vérifié',
    ar: 'ليست صورة {jpeg} أو {png} أو {heif}: لا يستطيع قارئ {c2pa} فتح هذا النسق، لذا لم يُتحقَّق من شيء',
  },
  onlyHeif: {
    fr: 'un manifeste {c2pa} est présent, mais parmi les fichiers {bmff} le lecteur {c2pa} ne valide que le {heif} (pas la vidéo {mp4} ou {mov}) : sa signature et ses empreintes n’ont PAS été vérifiées',
    ar: 'يوجد بيان {c2pa}، لكن قارئ {c2pa} لا يتحقق من ملفات {bmff} إلا إذا كانت بنسق {heif} (لا فيديو {mp4} أو {mov}): لذا لم يُتحقَّق من توقيعه ولا من بصماته',
  },
  storeWithoutManifest: {
    fr: 'un magasin de manifestes {c2pa} est présent mais ne contient aucun manifeste : non valide',
    ar: 'يوجد مخزن بيانات {c2pa} لكنه لا يحوي أي بيان: غير صالح',
  },
  storeUnparsable: {
    fr: 'un magasin de manifestes {c2pa} est présent mais n’a pas pu être analysé ({problem}) : non valide',
    ar: 'يوجد مخزن بيانات {c2pa} لكن تعذّر تحليله ({problem}): غير صالح',
  },
  readerFailed: { fr: 'le lecteur {c2pa} a échoué sur ce fichier ({problem}) : rien n’a été vérifié', ar: 'أخفق قارئ {c2pa} في قراءة هذا الملف ({problem}): لم يُتحقَّق من شيء' },
  structureUnreadable: {
    fr: 'la structure du fichier n’a pas pu être lue ({problem}) : endommagé ou tronqué ?',
    ar: 'تعذّرت قراءة بنية الملف ({problem}): هل هو تالف أو مبتور؟',
  },
  cannotOpen: { fr: 'le fichier n’a pas pu être ouvert ({problem})', ar: 'تعذّر فتح الملف ({problem})' },
  cannotRead: { fr: 'le fichier n’a pas pu être lu ({problem})', ar: 'تعذّرت قراءة الملف ({problem})' },
  tooLargeToCopy: {
    fr: '{size, plural, one {# octet} other {# octets}}, au-delà des {max, number} que le lecteur {c2pa} peut copier et garder : non vérifié',
    ar: 'حجمه {size, plural, zero {# بايت} one {بايت واحد} two {بايتان} few {# بايتات} many {# بايتًا} other {# بايت}}، وهو فوق الحد البالغ {max, number} بايت الذي يستطيع قارئ {c2pa} نسخه والاحتفاظ به: لم يُتحقَّق منه',
  },
  tooLargeToHold: {
    fr: '{size, plural, one {# octet} other {# octets}}, au-delà des {max, number} que le lecteur {c2pa} peut garder en mémoire (il lui faut le fichier entier) : non vérifié',
    ar: 'حجمه {size, plural, zero {# بايت} one {بايت واحد} two {بايتان} few {# بايتات} many {# بايتًا} other {# بايت}}، وهو فوق الحد البالغ {max, number} بايت الذي يستطيع قارئ {c2pa} الاحتفاظ به في الذاكرة (فهو يحتاج إلى الملف كاملًا): لم يُتحقَّق منه',
  },
  malformedBox: {
    fr: 'une boîte malformée à l’octet {offset} : la vidéo est endommagée ou tronquée, rien n’a été vérifié',
    ar: 'صندوق مشوَّه عند البايت {offset}: الفيديو تالف أو مبتور، ولم يُتحقَّق من شيء',
  },
});
