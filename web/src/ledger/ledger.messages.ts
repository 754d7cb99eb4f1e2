import { defineMessages } from '../i18n/define-messages.js';

/**
 * The custody ledger's words: the ledger page, the signed tree head, the whole-log check and an item's custody
 * history. Hashes, keys, signatures and the log's origin are never in here: they are passed as values and shown
 * left to right. The verifier's own reasons for a failure (src/ledger) are worded by code: verification.messages.ts.
 */
export const ledgerMessages = defineMessages('ledger', {
  // The ledger page
  title: { en: 'Custody ledger', fr: 'Registre de conservation', ar: 'سجل الحيازة' },
  titleOfCase: { en: 'Custody ledger of this case', fr: 'Registre de conservation de ce dossier', ar: 'سجل الحيازة لهذه القضية' },
  lead: {
    en: 'Every intake, view, change and export of evidence and records is an entry in an append-only log whose Merkle tree the server signs. Your browser checks those signatures, under the log key it pinned, and the hashes itself.',
    fr: 'Chaque versement, consultation, modification et exportation de pièces et de fiches est une entrée d’un journal en ajout seul dont le serveur signe l’arbre de Merkle. Votre navigateur vérifie lui-même ces signatures, avec la clé du journal qu’il a épinglée, ainsi que les empreintes.',
    ar: 'كل إيداع للأدلة وبيانات القضية أو اطلاع عليها أو تعديل لها أو تصدير لها قيدٌ في سجل لا يقبل إلا الإضافة، ويوقّع الخادم شجرة ميركل الخاصة به. ويتحقق متصفحك بنفسه من هذه التواقيع، بمفتاح السجل الذي ثبّته، ومن البصمات.',
  },
  loadingEntries: { en: 'Loading entries…', fr: 'Chargement des entrées…', ar: 'جارٍ تحميل القيود…' },
  noEntriesMatch: { en: 'No entries match.', fr: 'Aucune entrée ne correspond.', ar: 'لا توجد قيود مطابقة.' },
  entriesRange: {
    en: 'Entries {first, number}–{last, number} of {total, number}',
    fr: 'Entrées {first, number} à {last, number} sur {total, number}',
    ar: 'القيود من {first, number} إلى {last, number} من أصل {total, number}',
  },
  ledgerEntries: { en: 'Ledger entries', fr: 'Entrées du registre', ar: 'قيود السجل' },
  ledgerPages: { en: 'Ledger pages', fr: 'Pages du registre', ar: 'صفحات السجل' },
  previousPage: { en: 'Previous page', fr: 'Page précédente', ar: 'الصفحة السابقة' },
  nextPage: { en: 'Next page', fr: 'Page suivante', ar: 'الصفحة التالية' },

  // The search form
  searchTheLedger: { en: 'Search the ledger', fr: 'Rechercher dans le registre', ar: 'البحث في السجل' },
  text: { en: 'Text', fr: 'Texte', ar: 'النص' },
  action: { en: 'Action', fr: 'Action', ar: 'الإجراء' },
  anyAction: { en: 'Any', fr: 'Toutes', ar: 'أي إجراء' },
  actor: { en: 'Actor', fr: 'Auteur de l’action', ar: 'القائم بالإجراء' },
  evidenceHash: { en: 'Evidence hash', fr: 'Empreinte de la pièce', ar: 'بصمة الدليل' },
  evidenceHashHint: {
    en: 'the {algorithm} of the file, or its first hex digits',
    fr: 'l’empreinte {algorithm} du fichier, ou ses premiers chiffres hexadécimaux',
    ar: 'بصمة {algorithm} للملف، أو أولى خاناتها الست عشرية',
  },
  recordId: { en: 'Record id', fr: 'Identifiant de la fiche', ar: 'معرّف السجل' },
  search: { en: 'Search', fr: 'Rechercher', ar: 'بحث' },
  clear: { en: 'Clear', fr: 'Effacer', ar: 'مسح' },

  // The entries table
  when: { en: 'When', fr: 'Date', ar: 'الوقت' },
  by: { en: 'By', fr: 'Par', ar: 'بواسطة' },
  case: { en: 'Case', fr: 'Dossier', ar: 'القضية' },
  evidence: { en: 'Evidence', fr: 'Pièce', ar: 'الدليل' },
  details: { en: 'Details', fr: 'Détails', ar: 'التفاصيل' },
  verification: { en: 'Verification', fr: 'Vérification', ar: 'التحقق' },
  theLedger: { en: 'the ledger', fr: 'le registre', ar: 'السجل نفسه' },
  commitsTo: { en: 'commits to', fr: 'engage', ar: 'يلتزم بـ' },

  // Verdicts
  notChecked: { en: 'Not checked', fr: 'Non vérifiée', ar: 'لم يُتحقق منه' },
  checking: { en: 'Checking…', fr: 'Vérification…', ar: 'جارٍ التحقق…' },
  failed: { en: 'Failed: {reason}', fr: 'Échec : {reason}', ar: 'فشل التحقق: {reason}' },
  verified: { en: 'Verified', fr: 'Vérifiée', ar: 'تم التحقق' },
  verifiedIn: {
    en: 'in the signed tree of {size, number}, root {root}',
    fr: 'dans l’arbre signé de taille {size, number}, racine {root}',
    ar: 'في الشجرة الموقّعة ذات الحجم {size, number}، الجذر {root}',
  },
  noEntriesToVerify: { en: 'No entries to verify', fr: 'Aucune entrée à vérifier', ar: 'لا قيود للتحقق منها' },
  verifiedOfTotal: {
    en: '{verified, number} of {total, number} verified',
    fr: '{verified, plural, one {# sur {total, number} vérifiée} other {# sur {total, number} vérifiées}}',
    ar: 'تم التحقق من {verified, number} من أصل {total, number}',
  },
  checkingEntries: {
    en: '{count, plural, one {Checking # entry…} other {Checking # entries…}}',
    fr: '{count, plural, one {Vérification de # entrée…} other {Vérification de # entrées…}}',
    ar: '{count, plural, zero {لا قيود للتحقق منها…} one {جارٍ التحقق من قيد واحد…} two {جارٍ التحقق من قيدين…} few {جارٍ التحقق من # قيود…} many {جارٍ التحقق من # قيدًا…} other {جارٍ التحقق من # قيد…}}',
  },
  failedCount: {
    en: '{count, number} failed',
    fr: '{count, plural, one {# en échec} other {# en échec}}',
    ar: '{count, plural, zero {لم يفشل أي قيد} one {فشل التحقق من قيد واحد} two {فشل التحقق من قيدين} few {فشل التحقق من # قيود} many {فشل التحقق من # قيدًا} other {فشل التحقق من # قيد}}',
  },
  notCheckedCount: {
    en: '{count, number} not checked',
    fr: '{count, plural, one {# non vérifiée} other {# non vérifiées}}',
    ar: '{count, plural, zero {لا قيود دون تحقق} one {قيد واحد لم يُتحقق منه} two {قيدان لم يُتحقق منهما} few {# قيود لم يُتحقق منها} many {# قيدًا لم يُتحقق منها} other {# قيد لم يُتحقق منها}}',
  },
  checkingTheRest: { en: 'checking the rest…', fr: 'vérification des autres…', ar: 'جارٍ التحقق من البقية…' },
  twoParts: { en: '{first}, {second}', fr: '{first}, {second}', ar: '{first}، {second}' },
  threeParts: { en: '{first}, {second}, {third}', fr: '{first}, {second}, {third}', ar: '{first}، {second}، {third}' },

  // The signed tree head
  latestSignedTreeHead: { en: 'Latest signed tree head', fr: 'Dernière tête d’arbre signée', ar: 'آخر رأس شجرة موقّع' },
  checkingItsSignature: { en: 'Checking its signature…', fr: 'Vérification de sa signature…', ar: 'جارٍ التحقق من توقيعه…' },
  signatureVerified: {
    en: 'Signature verified in your browser under the pinned key ({algorithm}, key id {keyId})',
    fr: 'Signature vérifiée dans votre navigateur avec la clé épinglée ({algorithm}, identifiant de clé {keyId})',
    ar: 'تم التحقق من التوقيع في متصفحك بالمفتاح المثبَّت ({algorithm}، معرّف المفتاح {keyId})',
  },
  size: { en: 'Size', fr: 'Taille', ar: 'الحجم' },
  entriesCount: {
    en: '{count, plural, one {# entry} other {# entries}}',
    fr: '{count, plural, one {# entrée} other {# entrées}}',
    ar: '{count, plural, zero {لا قيود} one {قيد واحد} two {قيدان} few {# قيود} many {# قيدًا} other {# قيد}}',
  },
  rootHash: { en: 'Root hash', fr: 'Empreinte racine', ar: 'بصمة الجذر' },
  signedAt: { en: 'Signed at', fr: 'Signée le', ar: 'وقت التوقيع' },
  serverClock: {
    en: '(the server’s clock; the time is not signed)',
    fr: '(horloge du serveur ; l’heure n’est pas signée)',
    ar: '(حسب ساعة الخادم؛ الوقت غير موقّع)',
  },
  origin: { en: 'Origin', fr: 'Origine', ar: 'المصدر' },
  pinnedKey: { en: 'Pinned key', fr: 'Clé épinglée', ar: 'المفتاح المثبَّت' },
  pinFirstSeen: { en: 'first seen on {time}', fr: 'vue pour la première fois le {time}', ar: 'رُئي أول مرة في {time}' },
  pinAccepted: { en: 'accepted by you on {time}', fr: 'acceptée par vous le {time}', ar: 'قبلتَه في {time}' },

  pinFirstSeenHere: { en: '(first seen on {time} in this browser)', fr: '(vue pour la première fois le {time} dans ce navigateur)', ar: '(رُئي أول مرة في {time} في هذا المتصفح)' },
  pinAcceptedHere: { en: '(accepted by you on {time} in this browser)', fr: '(acceptée par vous le {time} dans ce navigateur)', ar: '(قبلتَه في {time} في هذا المتصفح)' },

  whatWasChecked: {
    en: 'What your browser checked, what it cannot, and the signed note',
    fr: 'Ce que votre navigateur a vérifié, ce qu’il ne peut pas vérifier, et la note signée',
    ar: 'ما تحقق منه متصفحك، وما لا يستطيع التحقق منه، والملاحظة الموقّعة',
  },
  checkedNote: {
    en: 'It checked the note’s signature under the key above, which it pinned the first time it saw this log: if the server ever presents another key, every verification here fails until you accept the new one.',
    fr: 'Il a vérifié la signature de la note avec la clé ci-dessus, qu’il a épinglée la première fois qu’il a vu ce journal : si le serveur présente un jour une autre clé, chaque vérification ici échoue jusqu’à ce que vous acceptiez la nouvelle.',
    ar: 'تحقق من توقيع الملاحظة بالمفتاح أعلاه، الذي ثبّته أول مرة رأى فيها هذا السجل: إن قدّم الخادم يومًا مفتاحًا آخر، فشلت كل عمليات التحقق هنا إلى أن تقبل المفتاح الجديد.',
  },
  cannotTell: {
    en: 'It cannot tell whether the key it first saw is your organisation’s: compare it with the key published out of band (on your organisation’s website, in print, or as {command} prints it). Nor can it tell whether the server withheld entries from you; and these checks run in the app this server sends.',
    fr: 'Il ne peut pas savoir si la clé vue la première fois est celle de votre organisation : comparez-la avec la clé publiée par un autre canal (sur le site de votre organisation, sur papier, ou telle que l’affiche {command}). Il ne peut pas non plus savoir si le serveur vous a caché des entrées ; et ces vérifications s’exécutent dans l’application que ce serveur envoie.',
    ar: 'لا يستطيع أن يعرف إن كان المفتاح الذي رآه أول مرة هو مفتاح منظمتك: قارنه بالمفتاح المنشور عبر قناة مستقلة (على موقع منظمتك، أو مطبوعًا، أو كما يطبعه الأمر {command}). ولا يستطيع أن يعرف إن كان الخادم قد حجب عنك قيودًا؛ كما أن هذه الفحوص تعمل داخل التطبيق الذي يرسله هذا الخادم نفسه.',
  },

  // Witnesses
  witnesses: { en: 'Witnesses', fr: 'Témoins', ar: 'الشهود' },
  witnessesNotChecked: { en: 'Could not be checked: {problem}', fr: 'Vérification impossible : {problem}', ar: 'تعذّر التحقق: {problem}' },
  noWitnesses: {
    en: 'None configured: only the log itself vouches for this head',
    fr: 'Aucun n’est configuré : seul le journal lui-même répond de cette tête',
    ar: 'لم يُعدّ أي شاهد: السجل وحده يشهد لهذا الرأس',
  },
  cosignedBy: {
    en: 'Cosigned by {verified, number} of {total, plural, one {# witness} other {# witnesses}}, checked in your browser',
    fr: 'Cosignée par {verified, number} {total, plural, one {témoin sur #} other {témoins sur #}}, vérification faite dans votre navigateur',
    ar: 'وقّع عليه {verified, number} من أصل {total, plural, zero {# شاهد} one {شاهد واحد} two {شاهدَين} few {# شهود} many {# شاهدًا} other {# شاهد}}، وجرى التحقق في متصفحك',
  },
  cosignedByOfQuorum: {
    en: 'Cosigned by {verified, number} of {total, plural, one {# witness} other {# witnesses}}, checked in your browser (the policy asks for {quorum, number})',
    fr: 'Cosignée par {verified, number} {total, plural, one {témoin sur #} other {témoins sur #}}, vérification faite dans votre navigateur (la politique en exige {quorum, number})',
    ar: 'وقّع عليه {verified, number} من أصل {total, plural, zero {# شاهد} one {شاهد واحد} two {شاهدَين} few {# شهود} many {# شاهدًا} other {# شاهد}}، وجرى التحقق في متصفحك (تشترط السياسة {quorum, number})',
  },
  cosignatureVerified: {
    en: '{witness}: cosignature verified, made {time}',
    fr: '{witness} : cosignature vérifiée, faite le {time}',
    ar: '{witness}: تم التحقق من التوقيع المشترك، وقد أُجري في {time}',
  },
  cosignatureMissing: {
    en: '{witness}: no cosignature on this head yet',
    fr: '{witness} : pas encore de cosignature sur cette tête',
    ar: '{witness}: لا توقيع مشترك على هذا الرأس بعد',
  },
  cosignatureFails: {
    en: '{witness}: its cosignature does NOT verify',
    fr: '{witness} : sa cosignature NE se vérifie PAS',
    ar: '{witness}: توقيعه المشترك لا يصمد عند التحقق',
  },

  // The key pinned in this browser
  keyChangedSinceFirstSeen: {
    en: 'the log’s key changed since you first saw it ({pinned} → {presented})',
    fr: 'la clé du journal a changé depuis que vous l’avez vue la première fois ({pinned} → {presented})',
    ar: 'تغيّر مفتاح السجل منذ أن رأيته أول مرة (\u2066{pinned}\u2069 ← \u2066{presented}\u2069)',
  },
  keyChangedSinceAccepted: {
    en: 'the log’s key changed since you accepted it ({pinned} → {presented})',
    fr: 'la clé du journal a changé depuis que vous l’avez acceptée ({pinned} → {presented})',
    ar: 'تغيّر مفتاح السجل منذ أن قبلتَه (\u2066{pinned}\u2069 ← \u2066{presented}\u2069)',
  },

  keyChangeNotice: {
    en: 'The server now presents another key for the log <b>{origin}</b> than the one this browser pinned. A new key is expected only when your organisation replaces it; a server that was taken over would present a key of its own.',
    fr: 'Le serveur présente désormais pour le journal <b>{origin}</b> une autre clé que celle que ce navigateur a épinglée. Une nouvelle clé n’est attendue que si votre organisation remplace la sienne ; un serveur compromis présenterait sa propre clé.',
    ar: 'يقدّم الخادم الآن للسجل <b>{origin}</b> مفتاحًا غير المفتاح الذي ثبّته هذا المتصفح. لا يُتوقع مفتاح جديد إلا إذا استبدلت منظمتك مفتاحها؛ أما الخادم المخترَق فسيقدّم مفتاحًا خاصًا به.',
  },
  keyPresentedNow: { en: 'Key presented now', fr: 'Clé présentée maintenant', ar: 'المفتاح المقدَّم الآن' },
  compareBeforeAccepting: {
    en: 'Compare the new key with the one your organisation publishes (on its website, in print, from a colleague) before you accept it.',
    fr: 'Comparez la nouvelle clé avec celle que publie votre organisation (sur son site, sur papier, par un collègue) avant de l’accepter.',
    ar: 'قارن المفتاح الجديد بالمفتاح الذي تنشره منظمتك (على موقعها، أو مطبوعًا، أو عن طريق زميل) قبل أن تقبله.',
  },
  acceptNewKey: {
    en: 'Accept the new key (compare it with the published key first)',
    fr: 'Accepter la nouvelle clé (comparez-la d’abord avec la clé publiée)',
    ar: 'قبول المفتاح الجديد (قارنه بالمفتاح المنشور أولًا)',
  },

  // Verifying the whole log
  verifyWholeLog: { en: 'Verify the whole log', fr: 'Vérifier tout le journal', ar: 'التحقق من السجل كاملًا' },
  wholeLogAbout: {
    en: 'Your browser checks the signed tree head’s signature under the log key pinned in this browser, recomputes its root from every leaf hash of the log, and checks that each entry you may see hashes to its leaf. It cannot tell whether the server withheld entries from you (a leaf hash shows nothing of its entry), nor whether the pinned key is your organisation’s: compare it with the key published out of band.',
    fr: 'Votre navigateur vérifie la signature de la tête d’arbre signée avec la clé du journal épinglée dans ce navigateur, recalcule sa racine à partir de toutes les empreintes de feuilles du journal, et vérifie que chaque entrée que vous pouvez voir donne l’empreinte de sa feuille. Il ne peut pas savoir si le serveur vous a caché des entrées (une empreinte de feuille ne révèle rien de son entrée), ni si la clé épinglée est celle de votre organisation : comparez-la avec la clé publiée par un autre canal.',
    ar: 'يتحقق متصفحك من توقيع رأس الشجرة الموقّع بمفتاح السجل المثبَّت في هذا المتصفح، ويعيد حساب جذره من كل بصمات أوراق السجل، ويتحقق من أن بصمة كل قيد يحق لك الاطلاع عليه تطابق ورقته. ولا يستطيع أن يعرف إن كان الخادم قد حجب عنك قيودًا (فبصمة الورقة لا تكشف شيئًا عن قيدها)، ولا إن كان المفتاح المثبَّت هو مفتاح منظمتك: قارنه بالمفتاح المنشور عبر قناة مستقلة.',
  },
  wholeLogAboutCase: {
    en: 'Your browser checks the signed tree head’s signature under the log key pinned in this browser, recomputes its root from every leaf hash of the log, and checks that each entry you may see in this case hashes to its leaf. It cannot tell whether the server withheld entries from you (a leaf hash shows nothing of its entry), nor whether the pinned key is your organisation’s: compare it with the key published out of band.',
    fr: 'Votre navigateur vérifie la signature de la tête d’arbre signée avec la clé du journal épinglée dans ce navigateur, recalcule sa racine à partir de toutes les empreintes de feuilles du journal, et vérifie que chaque entrée de ce dossier que vous pouvez voir donne l’empreinte de sa feuille. Il ne peut pas savoir si le serveur vous a caché des entrées (une empreinte de feuille ne révèle rien de son entrée), ni si la clé épinglée est celle de votre organisation : comparez-la avec la clé publiée par un autre canal.',
    ar: 'يتحقق متصفحك من توقيع رأس الشجرة الموقّع بمفتاح السجل المثبَّت في هذا المتصفح، ويعيد حساب جذره من كل بصمات أوراق السجل، ويتحقق من أن بصمة كل قيد يحق لك الاطلاع عليه في هذه القضية تطابق ورقته. ولا يستطيع أن يعرف إن كان الخادم قد حجب عنك قيودًا (فبصمة الورقة لا تكشف شيئًا عن قيدها)، ولا إن كان المفتاح المثبَّت هو مفتاح منظمتك: قارنه بالمفتاح المنشور عبر قناة مستقلة.',
  },
  stepStarting: { en: 'Starting…', fr: 'Démarrage…', ar: 'جارٍ البدء…' },
  stepCheckingHead: { en: 'Checking the signed tree head…', fr: 'Vérification de la tête d’arbre signée…', ar: 'جارٍ التحقق من رأس الشجرة الموقّع…' },
  stepFetchingLeaves: { en: 'Fetching leaf hashes…', fr: 'Récupération des empreintes de feuilles…', ar: 'جارٍ جلب بصمات الأوراق…' },
  stepRecomputing: { en: 'Recomputing the tree…', fr: 'Recalcul de l’arbre…', ar: 'جارٍ إعادة حساب الشجرة…' },
  stepCheckingEntries: { en: 'Checking entries…', fr: 'Vérification des entrées…', ar: 'جارٍ التحقق من القيود…' },
  stepDone: { en: 'Done…', fr: 'Terminé…', ar: 'اكتمل…' },
  allVerified: {
    en: '{entries, plural, one {# entry verified against the signed tree head of size {size, number}} other {All # entries verified against the signed tree head of size {size, number}}}',
    fr: '{entries, plural, one {# entrée vérifiée par rapport à la tête d’arbre signée de taille {size, number}} other {Les # entrées vérifiées par rapport à la tête d’arbre signée de taille {size, number}}}',
    ar: '{entries, plural, zero {تم التحقق من رأس الشجرة الموقّع ذي الحجم {size, number}، ولا قيود ظاهرة لك} one {تم التحقق من القيد الوحيد مقابل رأس الشجرة الموقّع ذي الحجم {size, number}} two {تم التحقق من القيدين كليهما مقابل رأس الشجرة الموقّع ذي الحجم {size, number}} few {تم التحقق من القيود الـ# جميعها مقابل رأس الشجرة الموقّع ذي الحجم {size, number}} many {تم التحقق من جميع القيود البالغ عددها # مقابل رأس الشجرة الموقّع ذي الحجم {size, number}} other {تم التحقق من جميع القيود البالغ عددها # مقابل رأس الشجرة الموقّع ذي الحجم {size, number}}}',
  },
  rootDetail: { en: '(root {root})', fr: '(racine {root})', ar: '(الجذر {root})' },

  // An evidence item's custody history
  custodyHistory: { en: 'Custody history', fr: 'Historique de conservation', ar: 'سجل حيازة الدليل' },
  loadingCustody: { en: 'Loading the custody entries…', fr: 'Chargement des entrées de conservation…', ar: 'جارٍ تحميل قيود الحيازة…' },
  noCustodyEntries: {
    en: 'The ledger has no entry about this file in this case.',
    fr: 'Le registre ne contient aucune entrée sur ce fichier dans ce dossier.',
    ar: 'لا يتضمن السجل أي قيد عن هذا الملف في هذه القضية.',
  },
  custodyAbout: {
    en: 'Your browser checks each entry itself: it hashes the entry, follows its inclusion proof to the root of the latest signed tree head, and checks that head’s signature under the log key pinned in this browser. It cannot tell whether the server left entries out of this list, nor whether the pinned key is your organisation’s: compare it with the key published out of band.',
    fr: 'Votre navigateur vérifie lui-même chaque entrée : il calcule son empreinte, suit sa preuve d’inclusion jusqu’à la racine de la dernière tête d’arbre signée, et vérifie la signature de cette tête avec la clé du journal épinglée dans ce navigateur. Il ne peut pas savoir si le serveur a omis des entrées de cette liste, ni si la clé épinglée est celle de votre organisation : comparez-la avec la clé publiée par un autre canal.',
    ar: 'يتحقق متصفحك من كل قيد بنفسه: يحسب بصمته، ويتتبع إثبات تضمينه حتى جذر آخر رأس شجرة موقّع، ويتحقق من توقيع هذا الرأس بمفتاح السجل المثبَّت في هذا المتصفح. ولا يستطيع أن يعرف إن كان الخادم قد أسقط قيودًا من هذه القائمة، ولا إن كان المفتاح المثبَّت هو مفتاح منظمتك: قارنه بالمفتاح المنشور عبر قناة مستقلة.',
  },
  custodyAboutFirstSeen: {
    en: 'Your browser checks each entry itself: it hashes the entry, follows its inclusion proof to the root of the latest signed tree head ({size, plural, one {# entry} other {# entries}}), and checks that head’s signature under the log key pinned in this browser (key id {keyId}, first seen on {time}). It cannot tell whether the server left entries out of this list, nor whether the pinned key is your organisation’s: compare it with the key published out of band.',
    fr: 'Votre navigateur vérifie lui-même chaque entrée : il calcule son empreinte, suit sa preuve d’inclusion jusqu’à la racine de la dernière tête d’arbre signée ({size, plural, one {# entrée} other {# entrées}}), et vérifie la signature de cette tête avec la clé du journal épinglée dans ce navigateur (identifiant de clé {keyId}, vue pour la première fois le {time}). Il ne peut pas savoir si le serveur a omis des entrées de cette liste, ni si la clé épinglée est celle de votre organisation : comparez-la avec la clé publiée par un autre canal.',
    ar: 'يتحقق متصفحك من كل قيد بنفسه: يحسب بصمته، ويتتبع إثبات تضمينه حتى جذر آخر رأس شجرة موقّع ({size, plural, zero {لا قيود} one {قيد واحد} two {قيدان} few {# قيود} many {# قيدًا} other {# قيد}})، ويتحقق من توقيع هذا الرأس بمفتاح السجل المثبَّت في هذا المتصفح (معرّف المفتاح {keyId}، رُئي أول مرة في {time}). ولا يستطيع أن يعرف إن كان الخادم قد أسقط قيودًا من هذه القائمة، ولا إن كان المفتاح المثبَّت هو مفتاح منظمتك: قارنه بالمفتاح المنشور عبر قناة مستقلة.',
  },  custodyAboutAccepted: {
    en: 'Your browser checks each entry itself: it hashes the entry, follows its inclusion proof to the root of the latest signed tree head ({size, plural, one {# entry} other {# entries}}), and checks that head’s signature under the log key pinned in this browser (key id {keyId}, accepted by you on {time}). It cannot tell whether the server left entries out of this list, nor whether the pinned key is your organisation’s: compare it with the key published out of band.',
    fr: 'Votre navigateur vérifie lui-même chaque entrée : il calcule son empreinte, suit sa preuve d’inclusion jusqu’à la racine de la dernière tête d’arbre signée ({size, plural, one {# entrée} other {# entrées}}), et vérifie la signature de cette tête avec la clé du journal épinglée dans ce navigateur (identifiant de clé {keyId}, acceptée par vous le {time}). Il ne peut pas savoir si le serveur a omis des entrées de cette liste, ni si la clé épinglée est celle de votre organisation : comparez-la avec la clé publiée par un autre canal.',
    ar: 'يتحقق متصفحك من كل قيد بنفسه: يحسب بصمته، ويتتبع إثبات تضمينه حتى جذر آخر رأس شجرة موقّع ({size, plural, zero {لا قيود} one {قيد واحد} two {قيدان} few {# قيود} many {# قيدًا} other {# قيد}})، ويتحقق من توقيع هذا الرأس بمفتاح السجل المثبَّت في هذا المتصفح (معرّف المفتاح {keyId}، قبلتَه في {time}). ولا يستطيع أن يعرف إن كان الخادم قد أسقط قيودًا من هذه القائمة، ولا إن كان المفتاح المثبَّت هو مفتاح منظمتك: قارنه بالمفتاح المنشور عبر قناة مستقلة.',
  },
  headDoesNotVerify: {
    en: 'the signed tree head does not verify ({reason})',
    fr: 'la tête d’arbre signée ne se vérifie pas ({reason})',
    ar: 'رأس الشجرة الموقّع لا يصمد عند التحقق ({reason})',
  },
  custodyEntries: { en: 'Custody entries', fr: 'Entrées de conservation', ar: 'قيود الحيازة' },
});

/**
 * The ledger's actions (src/ledger/proofs/custody-actions.ts) in words. In English the word is the action's own name,
 * as the log stores it and the search sends it; other languages translate it.
 */
export const custodyActionMessages = defineMessages('ledger.action', {
  init: { en: 'init', fr: 'initialisation', ar: 'تهيئة' },
  create: { en: 'create', fr: 'création', ar: 'إنشاء' },
  update: { en: 'update', fr: 'modification', ar: 'تعديل' },
  link: { en: 'link', fr: 'liaison', ar: 'ربط' },
  intake: { en: 'intake', fr: 'versement', ar: 'إيداع' },
  view: { en: 'view', fr: 'consultation', ar: 'اطلاع' },
  annotate: { en: 'annotate', fr: 'annotation', ar: 'تعليق' },
  export: { en: 'export', fr: 'exportation', ar: 'تصدير' },
  transfer: { en: 'transfer', fr: 'transfert', ar: 'نقل' },
  verify: { en: 'verify', fr: 'vérification', ar: 'تحقق' },
  capture: { en: 'capture', fr: 'capture', ar: 'التقاط' },
  sweep: { en: 'sweep', fr: 'nettoyage', ar: 'تنظيف' },
  analyse: { en: 'analyse', fr: 'analyse', ar: 'تحليل' },
  extract: { en: 'extract', fr: 'extraction', ar: 'استخراج' },
  derive: { en: 'derive', fr: 'dérivation', ar: 'اشتقاق' },
  'look-alike': { en: 'look-alike', fr: 'ressemblance', ar: 'تشابه' },
  review: { en: 'review', fr: 'examen', ar: 'مراجعة' },
  hold: { en: 'hold', fr: 'gel juridique', ar: 'تجميد قانوني' },
  workflow: { en: 'workflow', fr: 'suivi du travail', ar: 'سير العمل' },
  comment_added: { en: 'comment', fr: 'commentaire', ar: 'تعليق في النقاش' },
  comment_revised: { en: 'comment revised', fr: 'commentaire révisé', ar: 'تعديل تعليق' },
  label: { en: 'label', fr: 'étiquetage', ar: 'تصنيف' },
});
