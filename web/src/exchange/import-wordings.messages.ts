import { acledFileWordings } from '../../../src/exchange/acled-file-wordings.js';
import { acledNoteWordings } from '../../../src/exchange/acled-note-wordings.js';
import { acledRowWordings } from '../../../src/exchange/acled-row-wordings.js';
import { csvTextWordings } from '../../../src/exchange/csv-text-wordings.js';
import { defineWordingMessages } from '../i18n/define-wording-messages.js';

/**
 * The server's words on an ACLED import: why a row was rejected (said after its column), why a file was refused,
 * and what the import had to guess or leave out. Column names, ACLED's labels, the file's own values and
 * characters' names come as values, written the same in every language.
 */

const FR_CHARACTERS = (name: string) => `{${name}, plural, one {# caractère} other {# caractères}}`;
const AR_CHARACTERS = (name: string) => `{${name}, plural, zero {# حرف} one {حرف واحد} two {حرفين} few {# أحرف} many {# حرفًا} other {# حرف}}`;

/** Why a row was rejected (src/exchange/acled-row-wordings.ts). */
export const acledRowMessages = defineWordingMessages(acledRowWordings, {
  required: { fr: 'est obligatoire', ar: 'مطلوب' },
  fatalitiesRequired: { fr: 'est obligatoire (0 si aucun décès n’a été signalé)', ar: 'مطلوب (0 إن لم يُبلَّغ عن أي قتلى)' },
  notADate: {
    fr: '« {value} » n’est pas une date du calendrier sous une forme qu’utilise ACLED ({numeric} ou {spelled})',
    ar: '«{value}» ليس تاريخًا تقويميًا بصيغة يكتبها ACLED ({numeric} أو {spelled})',
  },
  yearMismatch: { fr: '{value} ne correspond pas à {column} {date}', ar: '{value} لا يتطابق مع {column} {date}' },
  notOneToThree: { fr: '« {value} » n’est ni 1, ni 2, ni 3', ar: 'القيمة «{value}» ليست 1 ولا 2 ولا 3' },
  noCounterpart: {
    fr: 'les événements ACLED « {eventType} / {subEventType} » n’ont pas d’équivalent parmi les types d’incident de Dossier ; saisissez-les à la main s’ils relèvent du dossier',
    ar: 'لا مقابل لأحداث ACLED من نوع «{eventType} / {subEventType}» بين أنواع الحوادث في Dossier؛ سجّلها يدويًا إن كانت تخص القضية',
  },
  notActorCode: {
    fr: '« {value} » n’est ni un code d’acteur ACLED (1–8) ni un nom de catégorie d’acteur ACLED ({names}…)',
    ar: '«{value}» ليس رمزًا لفئة جهة فاعلة في ACLED (1–8) ولا اسمًا لها ({names}…)',
  },
  tooLong: { fr: `dépasse ${FR_CHARACTERS('max')}`, ar: `أطول من ${AR_CHARACTERS('max')}` },
  sourceTooLong: { fr: `cite une source de plus de ${FR_CHARACTERS('max')}`, ar: `يذكر مصدرًا أطول من ${AR_CHARACTERS('max')}` },
  unknownCountry: { fr: 'pays inconnu : « {value} »', ar: 'بلد غير معروف: «{value}»' },
  notANumber: { fr: '« {value} » n’est pas un nombre', ar: '«{value}» ليس عددًا' },
  // The mark before the minus keeps "-90" whole in right-to-left text.
  outOfRange: { fr: '{value} est hors de l’intervalle autorisé (de -{limit, number, ::group-off} à {limit, number, ::group-off})', ar: '{value} خارج النطاق المسموح به (من \u200e-{limit, number, ::group-off} إلى {limit, number, ::group-off})' },
  notWholeNumber: { fr: '« {value} » n’est pas un nombre entier positif ou nul', ar: '«{value}» ليس عددًا صحيحًا يساوي صفرًا أو أكثر' },
  incomplete: { fr: 'n’est pas un événement ACLED complet', ar: 'ليس حدثًا كاملًا من أحداث ACLED' },
  fieldCount: {
    fr: 'compte {fields, plural, one {# champ} other {# champs}} alors que l’en-tête compte {columns, plural, one {# colonne} other {# colonnes}}',
    ar:
      'فيه {fields, plural, zero {لا حقول} one {حقل واحد} two {حقلان} few {# حقول} many {# حقلًا} other {# حقل}} ' +
      'بينما في صف العناوين {columns, plural, zero {لا أعمدة} one {عمود واحد} two {عمودان} few {# أعمدة} many {# عمودًا} other {# عمود}}',
  },
  databaseRefused: { fr: 'la base de données l’a refusée : {reason}', ar: 'رفضته قاعدة البيانات: {reason}' },
  lostReference: {
    fr: 'renvoie à {id}, introduit par la ligne {row, number, ::group-off}, qui n’a pas pu être enregistrée',
    ar: 'يحيل إلى {id}، الذي أدخله الصف {row, number, ::group-off} الذي تعذّر حفظه',
  },
});

const FR_NOT_CSV = (problem: string) =>
  `le fichier n’est pas un CSV valide (${problem}) ; {imported, plural, =0 {aucune ligne valide ne précédait l’erreur} one {la seule ligne valide qui précédait l’erreur a été importée} other {les # lignes valides qui précédaient l’erreur ont été importées}}`;
const AR_NOT_CSV = (problem: string) =>
  `الملف ليس ملف CSV صالحًا (${problem})؛ {imported, plural, zero {ولم يسبق الخللَ أي صف سليم} one {واستُورد الصف السليم الوحيد الذي سبق الخلل} two {واستُورد الصفان السليمان اللذان سبقا الخلل} few {واستُوردت # صفوف سليمة سبقت الخلل} many {واستُورد # صفًا سليمًا سبقت الخلل} other {واستُورد # صف سليم سبقت الخلل}}`;

/** Why a file was refused whole, or stopped part-way (src/exchange/acled-file-wordings.ts). */
export const acledFileMessages = defineWordingMessages(acledFileWordings, {
  empty: { fr: 'le fichier est vide : un fichier ACLED commence par une ligne d’en-tête', ar: 'الملف فارغ: يبدأ ملف ACLED بصف العناوين' },
  columnTwice: {
    fr: 'la colonne « {column} » figure deux fois (colonnes {first, number, ::group-off} et {second, number, ::group-off}) : on ne sait pas laquelle contient la valeur',
    ar: 'العمود «{column}» مذكور مرتين (العمودان {first, number, ::group-off} و{second, number, ::group-off}): لا يتضح أيهما يحمل القيمة',
  },
  missingColumns: {
    fr: '{count, plural, one {colonne manquante :} other {colonnes manquantes :}} {names} ; un fichier ACLED doit comporter {needed}',
    ar: '{count, plural, zero {أعمدة ناقصة:} one {عمود ناقص:} two {عمودان ناقصان:} few {أعمدة ناقصة:} many {أعمدة ناقصة:} other {أعمدة ناقصة:}} {names}؛ يحتاج ملف ACLED إلى {needed}',
  },
  notCsv: { fr: FR_NOT_CSV('{problem}'), ar: AR_NOT_CSV('{problem}') },
  strayQuote: {
    fr: FR_NOT_CSV('un guillemet dans un champ sans guillemets à la ligne {line, number, ::group-off} : mettez tout le champ entre guillemets et doublez les guillemets qu’il contient'),
    ar: AR_NOT_CSV('علامة تنصيص داخل حقل غير محاط بعلامات تنصيص في السطر {line, number, ::group-off}: أحِط الحقل كله بعلامتي تنصيص وضاعِف علامات التنصيص التي بداخله'),
  },
});

const FR_ROWS =
  '{rowList, select, single {à la ligne {last}} several {aux lignes {rows} et {last}} other {aux lignes {rows}, {last} et à {more, plural, one {# autre ligne} other {# autres lignes}}}}';
const AR_ROWS =
  '{rowList, select, single {في الصف {last}} several {في الصفوف {rows} و{last}} other {في الصفوف {rows} و{last} و{more, plural, zero {لا صفوف أخرى} one {صف آخر} two {صفين آخرين} few {# صفوف أخرى} many {# صفًا آخر} other {# صف آخر}}}}';

/** What reading the file's bytes found (src/exchange/csv-text-wordings.ts). */
export const csvTextMessages = defineWordingMessages(csvTextWordings, {
  fieldNotUtf8: {
    fr:
      'n’est pas de l’UTF-8 valide : l’octet {byte} à la position {offset, number, ::group-off} du champ ne fait partie d’aucun caractère UTF-8 bien formé ; ' +
      'enregistrez le fichier en UTF-8, ou importez-le avec perte ({option}, ou {parameter}) pour remplacer ces octets par {replacement}',
    ar:
      'ليس نصًا صالحًا بترميز UTF-8: البايت {byte} عند الإزاحة {offset, number, ::group-off} من الحقل ليس جزءًا من محرف سليم البنية بترميز UTF-8؛ ' +
      'احفظ الملف بترميز UTF-8، أو استورده مع قبول الفقد ({option} أو {parameter}) ليُستعاض عن هذه البايتات بالمحرف {replacement}',
  },
  nameNotUtf8: {
    fr: 'le nom de la colonne {column, number, ::group-off} n’est pas en UTF-8 : l’octet {byte} à la position {offset, number, ::group-off} du nom ne fait partie d’aucun caractère UTF-8 bien formé ; enregistrez le fichier en UTF-8',
    ar: 'اسم العمود {column, number, ::group-off} ليس بترميز UTF-8: البايت {byte} عند الإزاحة {offset, number, ::group-off} من الاسم ليس جزءًا من محرف سليم البنية بترميز UTF-8؛ احفظ الملف بترميز UTF-8',
  },
  utf16: {
    fr: 'le fichier est en UTF-16 (il commence par une marque d’ordre des octets UTF-16) : enregistrez-le en UTF-8',
    ar: 'الملف بترميز UTF-16 (يبدأ بعلامة ترتيب البايتات الخاصة بترميز UTF-16): احفظه بترميز UTF-8',
  },
  replaced: {
    fr: `{count, plural, one {# séquence UTF-8 invalide remplacée} other {# séquences UTF-8 invalides remplacées}} par {replacement} (importation avec perte), ${FR_ROWS}`,
    ar:
      'تسلسلات غير صالحة بترميز UTF-8 استُعيض عنها بالمحرف {replacement} (استيراد مع قبول الفقد): ' +
      `{count, plural, zero {لا شيء} one {تسلسل واحد} two {تسلسلان} few {# تسلسلات} many {# تسلسلًا} other {# تسلسل}}، ${AR_ROWS}`,
  },
  controlRemoved: {
    fr:
      '{count, plural, one {# caractère de contrôle (C0 autre que la tabulation et les sauts de ligne, ou DEL) supprimé} other {# caractères de contrôle (C0 autres que la tabulation et les sauts de ligne, ou DEL) supprimés}} ' +
      `des valeurs des champs, ${FR_ROWS}`,
    ar:
      'محارف تحكم (من مجموعة C0 عدا الجدولة وفواصل الأسطر، أو محرف الحذف) حُذفت من قيم الحقول: ' +
      `{count, plural, zero {لا شيء} one {محرف واحد} two {محرفان} few {# محارف} many {# محرفًا} other {# محرف}}، ${AR_ROWS}`,
  },
});

const FR_ROWS_COUNTED = '{count, plural, one {# ligne} other {# lignes}}';
const FR_DONE = (one: string, other: string) => `{count, plural, one {${one}} other {${other}}}`;
/** Arabic says a note as its description, then the count, so that no word has to agree with the number. */
const AR_ROWS_COUNTED = '{count, plural, zero {لا شيء} one {صف واحد} two {صفان} few {# صفوف} many {# صفًا} other {# صف}}';
const AR_ACTORS_COUNTED = '{count, plural, zero {لا شيء} one {جهة فاعلة واحدة} two {جهتان فاعلتان} few {# جهات فاعلة} many {# جهة فاعلة} other {# جهة فاعلة}}';

/**
 * What the import had to guess or leave out (src/exchange/acled-note-wordings.ts). `incidentType` and
 * `alternatives` are replaced by the page with the types' names in the reader's language.
 */
export const acledNoteMessages = defineWordingMessages(acledNoteWordings, {
  outsideSyria: {
    fr: `{count, plural, one {# ligne syrienne} other {# lignes syriennes}} aux coordonnées situées hors des gouvernorats de la Syrie : ${FR_DONE('importée', 'importées')} sans P-codes`,
    ar: `صفوف سورية تقع إحداثياتها خارج محافظات سوريا فاستُوردت دون رموز P-code: ${AR_ROWS_COUNTED}`,
  },
  otherTypes: {
    fr: `${FR_ROWS_COUNTED} ACLED « {subEventType} » ${FR_DONE('enregistrée', 'enregistrées')} comme {incidentType} (il pourrait aussi s’agir de : {alternatives}) : à vérifier`,
    ar: `صفوف من نوع ACLED «{subEventType}» سُجّلت تحت النوع {incidentType} (وقد تندرج أيضًا تحت: {alternatives})، ويلزم التحقق منها: ${AR_ROWS_COUNTED}`,
  },
  associatedActors: {
    fr: `${FR_ROWS_COUNTED} avec des acteurs associés ({column}) non enregistrés comme implications`,
    ar: `صفوف فيها جهات فاعلة مرتبطة ({column}) لم تُسجَّل بوصفها أدوارًا: ${AR_ROWS_COUNTED}`,
  },
  actor2: {
    fr: `${FR_ROWS_COUNTED} dont l’acteur non civil de la colonne {column} n’a pas été enregistré : Dossier n’a pas de rôle pour la partie attaquée`,
    ar: `صفوف لم تُسجَّل فيها الجهة غير المدنية المذكورة في العمود {column}، إذ ليس في Dossier دور للطرف الذي تعرّض للهجوم: ${AR_ROWS_COUNTED}`,
  },
  timePrecision: {
    fr: `${FR_ROWS_COUNTED} avec {column} {precision, number, ::group-off} ${FR_DONE('importée', 'importées')} comme {precision, select, 2 {un intervalle de six jours de part et d’autre de {dateColumn}} other {le mois de {dateColumn}}}`,
    ar: `صفوف قيمة {column} فيها {precision, number, ::group-off} استُوردت {precision, select, 2 {بوصفها فترة تمتد ستة أيام قبل {dateColumn} وبعده} other {بوصفها شهر {dateColumn}}}: ${AR_ROWS_COUNTED}`,
  },
  noSource: {
    fr: `${FR_ROWS_COUNTED} sans source : ${FR_DONE('importée', 'importées')} sans allégations`,
    ar: `صفوف بلا مصدر استُوردت دون ادعاءات: ${AR_ROWS_COUNTED}`,
  },
  militia: {
    fr: '{count, plural, one {# acteur de code ACLED 3 (milice politique) enregistré comme milice progouvernementale} other {# acteurs de code ACLED 3 (milice politique) enregistrés comme milices progouvernementales}} : à vérifier',
    ar: `جهات فاعلة برمز ACLED رقم 3 (ميليشيا سياسية) سُجّلت بوصفها ميليشيات موالية للحكومة، ويلزم التحقق منها: ${AR_ACTORS_COUNTED}`,
  },
  crowd: {
    fr: '{count, plural, one {# acteur codé par ACLED comme émeutier, manifestant ou civil, enregistré comme individu} other {# acteurs codés par ACLED comme émeutiers, manifestants ou civils, enregistrés comme individus}} : à vérifier',
    ar: `جهات فاعلة صنّفها ACLED مثيري شغب أو محتجين أو مدنيين سُجّلت بوصفها أفرادًا، ويلزم التحقق منها: ${AR_ACTORS_COUNTED}`,
  },
  noActorType: {
    fr: '{count, plural, one {# acteur sans code inter exploitable enregistré comme groupe armé non identifié} other {# acteurs sans code inter exploitable enregistrés comme groupes armés non identifiés}} : à vérifier',
    ar: `جهات فاعلة بلا رمز صالح لفئتها في ACLED سُجّلت بوصفها جماعات مسلحة مجهولة الهوية، ويلزم التحقق منها: ${AR_ACTORS_COUNTED}`,
  },
});
