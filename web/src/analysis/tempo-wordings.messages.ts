import { tempoWordings } from '../../../src/analysis/tempo-wordings.js';
import { defineWordingMessages } from '../i18n/define-wording-messages.js';

/*
 * Tempo's method and its reasons for giving no figure, as the server says them (src/analysis/tempo-wordings.ts).
 * Arguments named after a result's field (certainIds, windowDays, tooFew…) are that field's name, the same in
 * every language; {earlier} and {later} are anchors the page words itself (tempo-rows.ts anchorText).
 */
const DAYS_FR = (name: string) => `{${name}, plural, one {# jour} other {# jours}}`;
const DAYS_AR = (name: string) => `{${name}, plural, zero {# يوم} one {يوم واحد} two {يومان} few {# أيام} many {# يومًا} other {# يوم}}`;
const DAYS_AR_ACCUSATIVE = (name: string) => `{${name}, plural, zero {# يوم} one {يومًا واحدًا} two {يومين} few {# أيام} many {# يومًا} other {# يوم}}`;
const OVERLAP_FR = `les fenêtres de « {earlier} » et de « {later} » se chevauchent (${DAYS_FR('gap')} d’écart, fenêtres de ${DAYS_FR('window')}) : un incident situé entre les deux compterait après l’un et avant l’autre ; `;
const OVERLAP_AR = `تتداخل نافذتا «{earlier}» و«{later}» (بينهما ${DAYS_AR('gap')}، وطول النافذة ${DAYS_AR('window')}): فالحادثة الواقعة بينهما تُحتسب بعد إحداهما وقبل الأخرى؛ `;
const COUNTED_FR = '{counted, select, certain {avec certitude} other {de façon possible}}';
const COUNTED_AR = '{counted, select, certain {يقينًا} other {احتمالًا}}';

export const tempoWordingMessages = defineWordingMessages(tempoWordings, {
  name: { fr: 'rythme', ar: 'الوتيرة' },
  datedByInterval: {
    fr: 'Un incident est daté par l’intervalle de jours entiers (UTC) que permet sa date. Il est compté comme certain dans une période lorsque l’intervalle entier s’y trouve, et comme possible lorsque l’intervalle la chevauche ; les possibles incluent les certains, et {certainIds} et {possibleIds} listent les incidents que compte chaque nombre.',
    ar: 'تُؤرَّخ الحادثة بنطاق الأيام الكاملة (UTC) الذي يحتمله تاريخها. وتُحتسب مؤكدةً في فترةٍ ما حين يقع النطاق كله ضمنها، وممكنةً حين يتداخل معها؛ والممكنة تشمل المؤكدة، ويسرد الحقلان {certainIds} و{possibleIds} الحوادث التي يحتسبها كل عدد.',
  },
  expected: {
    fr: '{expected} est le nombre obtenu si chaque incident était également probable chaque jour de son intervalle (une répartition uniforme : une hypothèse de modélisation, non une constatation), donné à côté des bornes certaine et possible.',
    ar: 'الحقل {expected} هو العدد الذي يُحصل عليه لو كانت كل حادثة مرجّحة بالقدر نفسه في كل يوم من نطاقها (توزيع منتظم: افتراض نمذجة لا نتيجة)، ويُعرض بجانب الحدّين المؤكد والممكن.',
  },
  bins: {
    fr: 'Les périodes sont des jours, des semaines ISO (du lundi au dimanche) ou des mois civils : toutes les périodes, de celle qui contient le plus précoce des premiers jours des incidents inclus à celle qui contient le plus tardif de leurs derniers jours, périodes vides comprises. Un incident dont l’intervalle ne tient pas dans une seule période n’est certain dans aucune période de cette taille ; lorsque c’est le cas de tous les incidents, cette taille de période est refusée.',
    ar: 'الفترات أيام أو أسابيع الأيزو (من الاثنين إلى الأحد) أو أشهر تقويمية: وتشمل كل الفترات، من الفترة التي تضم أبكر الأيام الأولى للحوادث المشمولة إلى الفترة التي تضم آخر أيامها الأخيرة، بما فيها الفترات الفارغة. والحادثة التي لا يقع نطاقها ضمن فترة واحدة لا تكون مؤكدة في أي فترة بهذا الطول؛ وإذا صحّ ذلك على كل الحوادث، رُفض طول الفترة هذا.',
  },
  victims: {
    fr: 'Les chiffres de victimes par période sont additionnés sur les incidents certainement dans la période, en conservant les bornes : les minimums s’additionnent ; le maximum et le meilleur chiffre sont inconnus dès que l’un des éléments l’est ; un incident sans chiffre de victimes n’ajoute rien, et « {none} » signifie qu’aucun incident certainement dans la période n’a de chiffre. Les incidents seulement possibles dans la période ne sont pas additionnés.',
    ar: 'تُجمع أرقام الضحايا في كل فترة على الحوادث الواقعة فيها يقينًا، مع الحفاظ على الحدود: تُجمع الحدود الدنيا؛ ويكون الحد الأقصى وأفضل تقدير غير معروفين متى كان أحد الأجزاء كذلك؛ والحادثة التي لا رقم للضحايا فيها لا تضيف شيئًا، وتعني «{none}» أنه لا رقم لأي حادثة واقعة في الفترة يقينًا. ولا تُجمع الحوادث الممكنة فقط في الفترة.',
  },
  anchorWindows: {
    fr: 'Autour d’un point de référence, « avant » désigne les {windowDays} jours qui s’achèvent la veille du point de référence, et « après » les {windowDays} jours à partir du jour du point de référence : ce jour-là compte donc comme « après ». Un événement de contexte est rattaché au premier jour de l’intervalle de sa date.',
    ar: 'حول النقطة المرجعية، تعني «قبل» الأيام التي عددها {windowDays} حتى اليوم السابق للنقطة المرجعية، وتعني «بعد» الأيام التي عددها {windowDays} ابتداءً من يوم النقطة المرجعية: فيوم النقطة المرجعية نفسه يُحتسب ضمن «بعد». ويُربط الحدث السياقي بأول يوم من نطاق تاريخه.',
  },
  refusedNotClipped: {
    fr: 'Une fenêtre qui déborde des données (avant le plus précoce des premiers jours ou après le plus tardif des derniers jours des incidents inclus) est refusée, non tronquée, car une période sans enregistrements n’est pas une période sans incidents.',
    ar: 'تُرفض النافذة التي تتجاوز البيانات (قبل أبكر الأيام الأولى للحوادث المشمولة أو بعد آخر أيامها الأخيرة) ولا تُقتطع، لأن مدةً بلا سجلات ليست مدةً بلا حوادث.',
  },
  poisson: {
    fr: 'Les incidents sont comptés comme des événements de Poisson indépendants, à taux constant dans chaque période, l’exposition étant mesurée en jours. Le changement est le taux après rapporté au taux avant, avec l’intervalle conditionnel exact à {confidence, number} %, calculé sur les nombres certains puis répété sur les nombres possibles (bornes supérieures par période : un incident dont l’intervalle enjambe le point de référence est possible des deux côtés). En dessous de {minimum, number} incidents avant et après réunis, ou sans aucun incident avant, aucun rapport n’est donné et {tooFew} en dit la raison ; une borne supérieure est nulle (null) lorsque les données ne la bornent pas.',
    ar: 'تُحتسب الحوادث أحداثًا مستقلة وفق توزيع بواسون بمعدل ثابت داخل كل فترة، ويُقاس التعرض بالأيام. والتغيّر هو المعدل بعدُ مقسومًا على المعدل قبلُ، مع الفترة الشرطية الدقيقة بنسبة {confidence, number}٪، وتُحسب على الأعداد المؤكدة ثم تُعاد على الأعداد الممكنة (حدودًا عليا لكل فترة: فالحادثة التي يمتد نطاقها على جانبي النقطة المرجعية ممكنة في الجانبين). وإذا قلّ مجموع الحوادث قبلُ وبعدُ عن {minimum, number}، أو لم تكن قبلُ أي حادثة، لا تُعطى نسبة ويبيّن الحقل {tooFew} السبب؛ ويكون الحد الأعلى فارغًا حين لا تحدّه البيانات.',
  },
  superposed: {
    fr: 'Plusieurs points de référence sont superposés (analyse par époques superposées) : leurs fenêtres alignées sur le point de référence, nombres et jours additionnés, le rapport de taux calculé sur les sommes. Des points de référence du même jour ne sont superposés qu’une fois. Les fenêtres de points de référence différents qui se chevauchent ne sont pas superposées, car un incident situé entre eux compterait après l’un et avant le suivant ; le chiffre combiné le dit alors à la place. Un incident possible dans plusieurs fenêtres d’un même côté n’y est compté qu’une fois.',
    ar: 'تُركَّب عدة نقاط مرجعية بعضها فوق بعض (تحليل الحقب المُركَّبة): تُحاذى نوافذها على النقطة المرجعية، وتُجمع الأعداد والأيام، وتُحسب نسبة المعدل على المجاميع. والنقاط المرجعية الواقعة في اليوم نفسه تُركَّب مرة واحدة. ولا تُركَّب نوافذ نقاط مرجعية مختلفة إذا تداخلت، لأن الحادثة الواقعة بينها تُحتسب بعد إحداها وقبل التالية؛ وعندئذ يذكر الرقم المُجمَّع ذلك بدلًا من النسبة. والحادثة الممكنة في عدة نوافذ في جانب واحد تُحتسب فيه مرة واحدة.',
  },
  tooFew: {
    fr: `trop peu d’incidents pour conclure : {total, plural, one {# incident daté} other {# incidents datés}} ${COUNTED_FR} dans les fenêtres avant et après de ${DAYS_FR('days')} chacune, réunies, moins que les {minimum, number} requis pour un rapport de taux`,
    ar: `الحوادث أقل من أن يُستخلص منها شيء: {total, plural, zero {لا حوادث مؤرخة} one {حادثة واحدة مؤرخة} two {حادثتان مؤرختان} few {# حوادث مؤرخة} many {# حادثةً مؤرخة} other {# حادثة مؤرخة}} ${COUNTED_AR} في نافذتي «قبل» و«بعد» مجتمعتين، وطول كل منهما ${DAYS_AR('days')}، وهذا أقل من {minimum, number} اللازمة لنسبة المعدل`,
  },
  noneBefore: {
    fr: `aucun incident daté ${COUNTED_FR} dans la fenêtre d’avant (${DAYS_FR('days')}) : le taux après ({after, number}) n’a rien à quoi se comparer, donc pas de rapport fini`,
    ar: `لا حادثة مؤرخة ${COUNTED_AR} في نافذة «قبل» البالغة ${DAYS_AR_ACCUSATIVE('days')}: فالمعدل بعدُ ({after, number}) لا شيء يُقارَن به، فلا نسبة محدودة`,
  },
  overlapNarrower: {
    fr: `${OVERLAP_FR}prenez un {windowDays} d’au plus {separating, number} pour les superposer`,
    ar: `${OVERLAP_AR}استخدم قيمة {windowDays} لا تزيد على {separating, number} لتركيبهما`,
  },
  overlapLeaveOne: {
    fr: `${OVERLAP_FR}écartez l’un des deux pour superposer les autres`,
    ar: `${OVERLAP_AR}استبعد إحداهما لتركيب البقية`,
  },
});
