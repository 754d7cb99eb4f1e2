import { signedNoteWordings } from '../../../src/ledger/proofs/note-wordings.js';
import { ledgerCheckWordings } from '../../../src/ledger/proofs/verification-wordings.js';
import { defineWordingMessages } from '../i18n/define-wording-messages.js';

const HEX_FR = 'n’est pas faite de 32 octets en hexadécimal';
const HEX_AR = 'ليست 32 بايتًا بالنظام الست عشري';

/** Why the browser's verifier failed an entry or the whole log (src/ledger/proofs/verification-wordings.ts). */
export const ledgerCheckMessages = defineWordingMessages(ledgerCheckWordings, {
  proofForOtherEntry: { fr: 'la preuve porte sur l’entrée {proved}, et non sur l’entrée {seq}', ar: 'الإثبات يخص القيد {proved} لا القيد {seq}' },
  proofForOtherSize: {
    fr: 'la preuve porte sur un arbre de taille {proved}, et non sur l’arbre signé de taille {size, number}',
    ar: 'الإثبات يخص شجرة حجمها {proved}، لا الشجرة الموقّعة التي حجمها {size, number}',
  },
  proofLeadsElsewhere: {
    fr: 'l’entrée {seq} et sa preuve mènent à la racine {root}, et non à la racine signée',
    ar: 'يؤدي القيد {seq} وإثباته إلى الجذر {root}، لا إلى الجذر الموقّع',
  },
  noValidIndex: { fr: 'l’entrée n’a pas de numéro valide ({seq})', ar: 'ليس للقيد رقم صالح ({seq})' },
  notCovered: {
    fr: 'l’entrée {seq} n’est pas couverte par l’arbre signé de {size, plural, one {# entrée} other {# entrées}}',
    ar: 'لا تشمل الشجرةُ الموقّعة القيدَ {seq}، إذ {size, plural, zero {لا قيود فيها} one {فيها قيد واحد} two {فيها قيدان} few {فيها # قيود} many {فيها # قيدًا} other {فيها # قيد}}',
  },
  proofNotFetched: { fr: 'sa preuve d’inclusion n’a pas pu être récupérée : {problem}', ar: 'تعذّر جلب إثبات تضمينه: {problem}' },
  badHash: { fr: `l’empreinte {index} envoyée par le serveur ${HEX_FR}`, ar: `البصمة {index} التي أرسلها الخادم ${HEX_AR}` },
  headDoesNotVerify: { fr: 'la tête d’arbre signée ne se vérifie pas : {problem}', ar: 'رأس الشجرة الموقّع لا يصمد عند التحقق: {problem}' },
  tooFewLeaves: {
    fr: 'le serveur a envoyé {count, plural, one {# empreinte de feuille} other {# empreintes de feuilles}} pour un arbre signé de taille {size, number}',
    ar: 'أرسل الخادم {count, plural, zero {# من بصمات الأوراق} one {بصمة ورقة واحدة} two {بصمتَي ورقتين} few {# بصمات أوراق} many {# بصمةَ ورقة} other {# بصمة ورقة}} لشجرة موقّعة حجمها {size, number}',
  },
  badLeafHash: { fr: `à la feuille {at} : l’empreinte {index} envoyée par le serveur ${HEX_FR}`, ar: `عند الورقة {at}: البصمة {index} التي أرسلها الخادم ${HEX_AR}` },
  leavesGiveOtherRoot: {
    fr: '{count, plural, one {l’empreinte de l’unique feuille du journal donne} other {les empreintes des # feuilles du journal donnent}} la racine {root}, et non la racine signée {signed}',
    ar: 'تعطي بصماتُ أوراق السجل، وعددها {count, number}، الجذرَ {root} لا الجذرَ الموقّع {signed}',
  },
  outOfOrder: { fr: 'le serveur a listé l’entrée {seq} hors de son rang', ar: 'أدرج الخادم القيد {seq} في غير موضعه من الترتيب' },
  altered: {
    fr: 'l’entrée {seq}, telle qu’affichée, ne donne pas l’empreinte de la feuille {seq} de l’arbre signé : elle a été modifiée',
    ar: 'القيد {seq} كما يُعرض لا تطابق بصمتُه الورقةَ {seq} من الشجرة الموقّعة: لقد عُدِّل',
  },
  notItsLeaf: {
    fr: 'l’entrée {seq}, telle qu’affichée, ne donne pas l’empreinte de sa feuille dans l’arbre signé',
    ar: 'القيد {seq} كما يُعرض لا تطابق بصمتُه ورقتَه في الشجرة الموقّعة',
  },
  initOtherKey: {
    fr: 'la première entrée du registre engage une autre clé de signature que celle que le serveur a fournie',
    ar: 'يلتزم القيد الأول في السجل بمفتاح توقيع غير الذي قدّمه الخادم',
  },
  initOtherOrigin: {
    fr: 'la première entrée du registre engage une autre origine que celle de la tête d’arbre signée',
    ar: 'يلتزم القيد الأول في السجل بمصدر غير مصدر رأس الشجرة الموقّع',
  },
  unforeseen: { fr: '{problem}', ar: '{problem}' },
});

/** Why a signed note, a key, a tree head or an inclusion proof is refused (src/ledger/proofs/note-wordings.ts). */
export const signedNoteMessages = defineWordingMessages(signedNoteWordings, {
  noSignatureBlock: { fr: 'la note n’a pas de bloc de signatures (aucune ligne vide)', ar: 'لا تتضمن الملاحظة كتلة تواقيع (لا يوجد سطر فارغ)' },
  blockWithoutNewline: { fr: 'le bloc de signatures doit se terminer par un saut de ligne', ar: 'يجب أن تنتهي كتلة التواقيع بسطر جديد' },
  lineWithoutDash: { fr: 'une ligne de signature doit commencer par un tiret cadratin et une espace', ar: 'يجب أن يبدأ سطر التوقيع بشرطة طويلة ومسافة' },
  lineShape: { fr: 'une ligne de signature doit avoir la forme « — nom signature »', ar: 'يجب أن يكون سطر التوقيع على الشكل «— الاسم التوقيع»' },
  signatureTooShort: { fr: 'la signature de {name} est trop courte', ar: 'توقيع {name} أقصر مما ينبغي' },
  textWithoutNewline: { fr: 'le texte de la note doit se terminer par un saut de ligne', ar: 'يجب أن ينتهي نص الملاحظة بسطر جديد' },
  controlCharacter: { fr: 'le texte de la note contient un caractère de contrôle', ar: 'يحتوي نص الملاحظة على محرف تحكم' },
  blankLine: { fr: 'le texte de la note ne doit pas contenir de ligne vide', ar: 'يجب ألا يحتوي نص الملاحظة على سطر فارغ' },
  notBase64: {
    fr: '{what, select, signature {la signature n’est pas} verifierKey {la clé de vérification n’est pas} rootHash {l’empreinte racine n’est pas} other {{what} n’est pas}} du base64 valide',
    ar: '{what, select, signature {التوقيع} verifierKey {مفتاح التحقق} rootHash {بصمة الجذر} other {{what}}} ليس بترميز الأساس 64 ترميزًا صالحًا',
  },
  keyShape: { fr: 'une clé de vérification a la forme nom+identifiant+clé', ar: 'يكون مفتاح التحقق على الشكل: الاسم+المعرّف+المفتاح' },
  notEd25519Key: { fr: 'la clé de vérification n’est pas une clé {algorithm}', ar: 'مفتاح التحقق ليس مفتاح {algorithm}' },
  notCosignatureKey: { fr: 'la clé de vérification n’est pas une clé de cosignature {algorithm} (type 0x04)', ar: 'مفتاح التحقق ليس مفتاح توقيع مشترك {algorithm} (النوع 0x04)' },
  keyIdMismatch: { fr: 'l’identifiant de clé {keyId} ne correspond pas à la clé', ar: 'معرّف المفتاح {keyId} لا يطابق المفتاح' },
  signatureFails: { fr: 'la signature de {name} ne se vérifie pas', ar: 'توقيع {name} لا يصمد عند التحقق' },
  noKnownSignature: { fr: 'la note ne porte aucune signature d’une clé connue', ar: 'لا تحمل الملاحظة أي توقيع بمفتاح معروف' },
  cosignatureTime: { fr: 'l’heure de cosignature {time} n’est pas un nombre entier de secondes', ar: 'وقت التوقيع المشترك {time} ليس عددًا صحيحًا من الثواني' },
  notTimestamped: { fr: 'la cosignature de {witness} n’est pas une signature {algorithm} horodatée', ar: 'التوقيع المشترك من {witness} ليس توقيع {algorithm} مختومًا زمنيًا' },
  impossibleTime: { fr: 'la cosignature de {witness} porte une heure impossible', ar: 'يحمل التوقيع المشترك من {witness} وقتًا مستحيلًا' },
  checkpointWithoutNewline: { fr: 'le texte de la tête d’arbre doit se terminer par un saut de ligne', ar: 'يجب أن ينتهي نص رأس الشجرة بسطر جديد' },
  checkpointLines: {
    fr: 'une tête d’arbre doit comporter une ligne d’origine, une ligne de taille et une ligne d’empreinte racine',
    ar: 'يحتاج رأس الشجرة إلى سطر للمصدر وسطر للحجم وسطر لبصمة الجذر',
  },
  emptyOrigin: { fr: 'la ligne d’origine est vide', ar: 'سطر المصدر فارغ' },
  sizeNotDecimal: { fr: 'la taille d’arbre « {size} » n’est pas un nombre décimal', ar: 'حجم الشجرة «{size}» ليس عددًا عشريًا' },
  rootNotBase64: { fr: 'l’empreinte racine « {root} » n’est pas faite de {bytes} octets en base64', ar: 'بصمة الجذر «{root}» ليست {bytes} بايتًا بترميز الأساس 64' },
  emptyExtension: { fr: 'une ligne d’extension de la tête d’arbre est vide', ar: 'أحد أسطر الامتداد في رأس الشجرة فارغ' },
  otherOrigin: { fr: 'la tête d’arbre est celle de l’origine « {origin} », et non de « {expected} »', ar: 'رأس الشجرة يخص المصدر «{origin}» لا «{expected}»' },
  leafOutsideTree: { fr: 'le numéro de feuille {index} n’est pas dans un arbre de taille {size}', ar: 'رقم الورقة {index} ليس داخل شجرة حجمها {size}' },
  proofTooLong: { fr: 'la preuve d’inclusion de la feuille {index} sur {size} est trop longue', ar: 'إثبات تضمين الورقة {index} من {size} أطول مما ينبغي' },
  proofTooShort: { fr: 'la preuve d’inclusion de la feuille {index} sur {size} est trop courte', ar: 'إثبات تضمين الورقة {index} من {size} أقصر مما ينبغي' },
  hashLength: { fr: 'une empreinte doit faire {expected} octets, elle en fait {got}', ar: 'يجب أن تكون البصمة {expected} بايتًا، وهي {got}' },
  proofElementLength: { fr: 'l’élément {index} de la preuve doit faire {expected} octets, il en fait {got}', ar: 'يجب أن يكون العنصر {index} من الإثبات {expected} بايتًا، وهو {got}' },
  proofLeadsElsewhere: { fr: 'la preuve d’inclusion de la feuille {index} sur {size} mène à une autre racine', ar: 'يؤدي إثبات تضمين الورقة {index} من {size} إلى جذر آخر' },
  noWebCrypto: {
    fr: 'cette page n’a pas accès à WebCrypto (crypto.subtle) : ouvrez-la en HTTPS ou sur localhost',
    ar: 'لا تتاح لهذه الصفحة واجهة التشفير في المتصفح: افتحها عبر اتصال آمن أو على الجهاز المحلي',
  },
});
