import { compareWordings } from '../../../src/analysis/compare-wordings.js';
import { defineWordingMessages } from '../i18n/define-wording-messages.js';

/*
 * Parties compared: its method and why a party has no protected share, as the server says them
 * (src/analysis/compare-wordings.ts). {discountedOnly} and {module} name a field and a source file; the page
 * words {discounted} (an attribution status) and {notAssessed} itself.
 */
export const compareWordingMessages = defineWordingMessages(compareWordings, {
  name: { fr: 'comparaison des parties', ar: 'مقارنة الأطراف' },
  party: {
    fr: 'Une partie comprend les unités et les personnes qui lui sont subordonnées dans la chaîne de commandement datée, aux dates de l’incident : un acteur qui lui est subordonné chaque jour où l’incident a pu se produire compte comme la partie ; certains de ces jours seulement, comme peut-être la partie. Les liens dont les dates sont elles-mêmes incertaines sont lus au plus large.',
    ar: 'يشمل الطرف الوحدات والأشخاص التابعين له في تسلسل القيادة المؤرَّخ في تواريخ الحادثة: فالجهة الفاعلة التابعة له في كل يوم يُحتمل أن تكون الحادثة قد وقعت فيه تُحتسب هي الطرف؛ والتابعة له في بعض تلك الأيام فقط تُحتسب الطرفَ على نحو محتمل. وتُقرأ الروابط التي تكون تواريخها نفسها غير مؤكدة على أوسع نطاق.',
  },
  attributed: {
    fr: 'Un incident est attribué à une partie lorsqu’une implication la nomme (ou nomme un acteur qui lui est certainement subordonné), quel que soit le rôle factuel ; une implication alternative (l’un ou l’autre) compte comme peut-être attribuée à chaque partie qu’elle nomme, et comme attribuée seulement lorsque chaque acteur qu’elle nomme était certainement subordonné à cette partie, de sorte qu’elle n’est jamais attribuée à deux parties dont aucune ne commande l’autre.',
    ar: 'تُنسب الحادثة إلى طرف حين تذكره إحدى حالات الضلوع (أو تذكر جهة فاعلة تابعة له يقينًا)، أيًّا كان الدور الفعلي؛ وتُحتسب حالة الضلوع التخييرية (هذه الجهة أو تلك) منسوبةً على نحو محتمل إلى كل طرف تذكره، ولا تُحتسب منسوبةً إلا حين تكون كل جهة فاعلة تذكرها تابعةً يقينًا لذلك الطرف، فلا تُنسب أبدًا إلى طرفين لا يقود أحدهما الآخر.',
  },
  discounted: {
    fr: 'Les implications dont le statut d’attribution est « {discounted} » ne sont pas comptées ; les incidents nommés seulement dans celles-ci sont listés à part ({discountedOnly}).',
    ar: 'لا تُحتسب حالات الضلوع التي تكون حالة إسنادها «{discounted}»؛ والحوادث المذكورة فيها وحدها تُدرج على حدة ({discountedOnly}).',
  },
  byTerm: {
    fr: 'Les nombres par type, moyen, cible et catégorie comptent chaque incident une fois par terme ; un incident portant plusieurs termes compte sous chacun d’eux, de sorte que ces nombres ne s’additionnent pas pour donner le total des incidents.',
    ar: 'تحتسب الأعداد حسب النوع والوسيلة والهدف والفئة كل حادثة مرة واحدة لكل مصطلح؛ والحادثة ذات المصطلحات المتعددة تُحتسب تحت كل منها، فلا يساوي مجموعها إجمالي الحوادث.',
  },
  share: {
    fr: 'La part des attaques visant des biens spécialement protégés est calculée sur les incidents attribués qui enregistrent une cible (ceux qui n’en ont pas sont listés à part, et non comptés comme non protégés) ; un incident compte lorsqu’au moins une de ses cibles est spécialement protégée ({module} indique la base juridique de chaque cible ; marchés, habitations, infrastructures électriques et camps sont des biens de caractère civil sans protection spéciale). Intervalle de score de Wilson à {confidence, number} % de confiance ; aucune part en dessous de {minimum, plural, one {# attaque} other {# attaques}}. Parts et bornes arrondies à quatre décimales.',
    ar: 'تُحسب نسبة الهجمات على الأعيان المشمولة بحماية خاصة من الحوادث المنسوبة التي تسجّل هدفًا (وتُدرج التي لا هدف لها على حدة، ولا تُحتسب هجماتٍ على أعيان غير محمية)؛ وتُحتسب الحادثة حين يكون أحد أهدافها على الأقل مشمولًا بحماية خاصة (يبيّن الملف {module} الأساس القانوني لكل هدف؛ والأسواق والمنازل ومنشآت الطاقة والمخيمات أعيان مدنية لا تتمتع بحماية خاصة). فترة درجة ويلسون بمستوى ثقة {confidence, number}٪؛ ولا تُعطى نسبة إذا قلّ عدد الهجمات عن {minimum, number}. وتُقرَّب النسب وحدودها إلى أربعة أرقام عشرية.',
  },
  victims: {
    fr: 'Les chiffres de victimes sont additionnés avec leurs bornes : un incident sans chiffre n’ajoute rien, un chiffre inconnu laisse le total ouvert.',
    ar: 'تُجمع أرقام الضحايا مع حدودها: فالحادثة التي لا رقم لها لا تضيف شيئًا، والرقم غير المعروف يجعل المجموع مفتوح الحد الأعلى.',
  },
  standard: {
    fr: 'Le niveau de preuve d’un incident attribué est le plus élevé qu’ont atteint les implications qui l’attribuent ; « {notAssessed} » lorsqu’aucune n’en indique.',
    ar: 'معيار الإثبات للحادثة المنسوبة هو أقوى معيار بلغته حالات الضلوع التي تنسبها؛ و«{notAssessed}» حين لا تذكر أيٌّ منها معيارًا.',
  },
  parties: {
    fr: 'Si aucun acteur n’est demandé, chaque acteur que nomme un incident inclus (hors attributions écartées) est une partie, dans l’ordre des noms ; sinon, les parties sont dans l’ordre demandé.',
    ar: 'إذا لم تُطلب جهة فاعلة بعينها، فكل جهة فاعلة تذكرها حادثة مشمولة (خارج الإسنادات المستبعدة) طرفٌ، مرتبةً حسب الاسم؛ وإلا فالأطراف بالترتيب المطلوب.',
  },
  tooFewAttacks: {
    fr: 'trop peu d’incidents pour conclure : {attacks, plural, one {# incident attribué enregistre} other {# incidents attribués enregistrent}} une cible, moins que le minimum de {minimum, number}',
    ar: 'الحوادث أقل من أن يُستخلص منها شيء: {attacks, plural, zero {لا تسجّل أي حادثة منسوبة} one {تسجّل حادثة منسوبة واحدة} two {تسجّل حادثتان منسوبتان} few {تسجّل # حوادث منسوبة} many {تسجّل # حادثةً منسوبة} other {تسجّل # حادثة منسوبة}} هدفًا، وهذا أقل من الحد الأدنى البالغ {minimum, number}',
  },
});
