import { sequenceWordings } from '../../../src/analysis/sequence-wordings.js';
import { defineWordingMessages } from '../i18n/define-wording-messages.js';

/*
 * The campaign sequence's method and its reasons, as the server says them (src/analysis/sequence-wordings.ts).
 * Arguments named after a result's field (first, notAtLevel…) are that field's name; {level} is the level the
 * page words itself (analysis.levelName).
 */
export const sequenceWordingMessages = defineWordingMessages(sequenceWordings, {
  name: {
    fr: 'Séquence de la campagne : premier mois, dernier mois et mois le plus chargé par lieu ; chevauchement des périodes actives interquartiles',
    ar: 'تسلسل الحملة: أول حادثة وآخر حادثة والشهر الأكثر نشاطًا في كل مكان؛ وتداخل فترات النشاط بين الربيعين',
  },
  dates: {
    fr: 'La date d’un incident est l’intervalle [au plus tôt, au plus tard] en jours UTC entiers. Le `{first}` d’un lieu est le jour le plus précoce où son premier incident a pu se produire, et `{last}` le jour le plus tardif où son dernier incident a pu se produire (la lecture la plus large) ; `{firstNoLaterThan}` et `{lastNoEarlierThan}` donnent la lecture la plus étroite (le plus petit des jours au plus tard et le plus grand des jours au plus tôt).',
    ar: 'تاريخ الحادثة هو النطاق [أبكر يوم، آخر يوم] بالأيام الكاملة وفق UTC. والحقل `{first}` للمكان هو أبكر يوم يمكن أن تكون أول حوادثه قد وقعت فيه، و`{last}` آخر يوم يمكن أن تكون آخر حوادثه قد وقعت فيه (أوسع قراءة)؛ ويعطي الحقلان `{firstNoLaterThan}` و`{lastNoEarlierThan}` أضيق قراءة (أصغر الأيام الأخيرة وأكبر الأيام الأولى).',
  },
  busiest: {
    fr: 'Période la plus chargée : le mois civil (UTC) comptant le plus d’incidents dont l’intervalle de date entier s’y trouve ; à égalité, le mois le plus ancien l’emporte. Les incidents qui ne font que chevaucher le mois sont indiqués comme `{possible}`, jamais ajoutés au nombre. Nulle (null) lorsqu’aucun incident du lieu ne tient entièrement dans un mois.',
    ar: 'الفترة الأكثر نشاطًا: الشهر التقويمي (UTC) الذي يضم أكبر عدد من الحوادث التي يقع نطاق تاريخها كله ضمنه؛ وعند التساوي يُقدَّم الشهر الأبكر. والحوادث التي تتداخل مع الشهر فحسب تُذكر في الحقل `{possible}` ولا تُضاف إلى العدد أبدًا. وتكون فارغة حين لا تقع أي حادثة للمكان بكاملها في شهر واحد.',
  },
  activePeriod: {
    fr: 'Période active d’un lieu : du premier au troisième quartile (interpolation linéaire) des milieux des dates de ses incidents, arrondie vers l’extérieur aux jours entiers ; un incident isolé ne l’étire pas. Le milieu d’une date incertaine en est une estimation ponctuelle, utilisée seulement pour la période active.',
    ar: 'فترة نشاط المكان: من الربيع الأول إلى الربيع الثالث (بالاستيفاء الخطي) لمنتصفات تواريخ حوادثه، مقرّبةً إلى الخارج لأيام كاملة؛ فلا تمدّها حادثة شاردة واحدة. ومنتصف التاريخ غير المؤكد تقدير نقطي له، ولا يُستخدم إلا لفترة النشاط.',
  },
  overlap: {
    fr: 'Chevauchement = (somme, sur les paires de lieux, des jours que partagent leurs périodes actives) / (somme, sur les paires, des jours de la période la plus courte), chaque période étant comptée bornes incluses. 0 lorsqu’aucune paire de périodes ne partage de jour, 1 lorsque chaque période la plus courte est contenue dans la plus longue. Nul (null) en dessous de deux lieux.',
    ar: 'التداخل = (مجموع الأيام التي تشترك فيها فترتا النشاط لكل زوج من الأماكن) ÷ (مجموع أيام الفترة الأقصر في كل زوج)، مع احتساب طرفي كل فترة. ويساوي صفرًا حين لا تشترك أي فترتين في يوم، وواحدًا حين تقع كل فترة أقصر ضمن الأطول. ويكون فارغًا إذا قلّ عدد الأماكن عن اثنين.',
  },
  grouping: {
    fr: 'Les lieux sont regroupés selon le code que porte l’incident au niveau choisi (un P-code d’OCHA, ou l’identifiant d’une zone nommée) ; les incidents placés sans ce niveau sont listés sous {notAtLevel}, sans être rattachés par conjecture à un lieu.',
    ar: 'تُجمع الأماكن حسب الرمز الذي تحمله الحادثة على المستوى المختار (رمز P-code من OCHA، أو معرّف منطقة مسمّاة)؛ والحوادث المحددة المكان دون هذا المستوى تُدرج في الحقل {notAtLevel} ولا تُنسب إلى مكان بالتخمين.',
  },
  noBusiestMonth: {
    fr: 'aucun incident de ce lieu n’est daté à l’intérieur d’un seul mois civil',
    ar: 'لا توجد حادثة لهذا المكان مؤرخة ضمن شهر تقويمي واحد',
  },
  onePlace: {
    fr: '{places, plural, one {# seul lieu} other {# lieux seulement}} au niveau « {level} » : le chevauchement en demande au moins deux',
    ar: '{places, plural, zero {لا أماكن} one {مكان واحد فقط} two {مكانان فقط} few {# أماكن فقط} many {# مكانًا فقط} other {# مكان فقط}} على مستوى {level}: يتطلب التداخل مكانين على الأقل',
  },
});
