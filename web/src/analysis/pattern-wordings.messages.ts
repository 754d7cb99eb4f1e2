import { patternWordings } from '../../../src/analysis/pattern-wordings.js';
import { defineWordingMessages } from '../i18n/define-wording-messages.js';

/*
 * The pattern of conduct's method and why its time section has no span or regularity, as the server says them
 * (src/analysis/pattern-wordings.ts). Arguments named after a result's field (span.undated…) are that field's name.
 */
export const patternWordingMessages = defineWordingMessages(patternWordings, {
  name: {
    fr: 'Schéma de comportement : ampleur, étendue, durée, régularité, mode opératoire répété, victimes et attributions',
    ar: 'نمط السلوك: الحجم والانتشار والمدى والانتظام وأسلوب العمل المتكرر والضحايا والإسناد',
  },
  counted: {
    fr: 'Chaque incident que comprend la sélection est compté ; ceux sans date ne sont écartés que de la durée et de la régularité (listés sous {undated}), ceux sans lieu sont listés sous {unplaced}.',
    ar: 'تُحتسب كل حادثة تشملها المجموعة المختارة؛ والحوادث التي لا تاريخ لها تُستبعد من المدى والانتظام فقط (وتُدرج في {undated})، والتي لا مكان لها تُدرج في {unplaced}.',
  },
  span: {
    fr: 'La durée retient la lecture la plus large des dates incertaines : du jour le plus précoce où un incident a pu se produire au plus tardif. {certainlyCovers} est la lecture la plus étroite : du plus petit des jours au plus tard au plus grand des jours au plus tôt, lorsque cet écart est positif.',
    ar: 'يأخذ المدى بأوسع قراءة للتواريخ غير المؤكدة: من أبكر يوم يمكن أن تكون أي حادثة قد وقعت فيه إلى آخر يوم. والحقل {certainlyCovers} هو أضيق قراءة: من أصغر الأيام الأخيرة إلى أكبر الأيام الأولى، إذا كانت هذه مدةً موجبة.',
  },
  perWeek: {
    fr: 'Incidents par semaine = incidents datés / (jours de la durée / {week, number}). Les semaines sont des semaines ISO (du lundi au dimanche, UTC) ; une semaine a certainement un incident lorsque l’intervalle de date entier d’un incident s’y trouve, possiblement lorsqu’un intervalle la touche.',
    ar: 'الحوادث أسبوعيًا = الحوادث المؤرخة ÷ (أيام المدى ÷ {week, number}). والأسابيع أسابيع الأيزو (من الاثنين إلى الأحد، UTC)؛ ويكون في الأسبوع حادثة يقينًا حين يقع نطاق تاريخ حادثة كله ضمنه، واحتمالًا حين يلامسه نطاق ما.',
  },
  longestGap: {
    fr: 'Plus longue interruption : la plus longue suite de jours, à l’intérieur de la durée, pendant laquelle aucun incident daté n’a pu se produire (aucun intervalle de date ne la couvre). Avec des dates incertaines, c’est une borne inférieure de la pause réelle ; les incidents non datés n’y sont pas placés.',
    ar: 'أطول فجوة: أطول سلسلة من الأيام داخل المدى لا يمكن أن تكون أي حادثة مؤرخة قد وقعت فيها (لا يغطيها أي نطاق تاريخ). ومع التواريخ غير المؤكدة يكون هذا حدًّا أدنى للتوقف الفعلي؛ ولا توضع فيها الحوادث غير المؤرخة.',
  },
  modusOperandi: {
    fr: 'Mode opératoire : chaque (type, moyen, cible) qu’enregistre un incident, compté une fois par incident (un incident à deux cibles montre deux combinaisons) ; seules les combinaisons relevées dans deux incidents ou plus sont listées. Les termes sont les identifiants du vocabulaire.',
    ar: 'أسلوب العمل: كل توليفة (النوع، الوسيلة، الهدف) تسجّلها حادثة، تُحتسب مرة واحدة لكل حادثة (فالحادثة ذات الهدفين تُظهر توليفتين)؛ ولا تُدرج إلا التوليفات الموجودة في حادثتين أو أكثر. والمصطلحات هي معرّفات المفردات المعتمدة.',
  },
  victims: {
    fr: 'Victimes : le chiffre de chaque incident par catégorie de victimes (le total qu’étayent ses affirmations acceptées), additionné en conservant les bornes : les minimums s’additionnent, le maximum seulement tant que chaque chiffre en a un ; un chiffre inconnu laisse la somme ouverte, et un incident sans chiffre (« {none} ») n’ajoute rien et n’est pas un zéro.',
    ar: 'الضحايا: رقم كل حادثة لكل فئة من الضحايا (المجموع الذي تدعمه ادعاءاتها المقبولة)، مجموعًا مع الحفاظ على الحدود: تُجمع الحدود الدنيا، ولا يُجمع الحد الأقصى إلا ما دام لكل رقم حد أقصى؛ والرقم غير المعروف يجعل المجموع مفتوح الحد الأعلى، والحادثة التي لا رقم لها («{none}») لا تضيف شيئًا وليست صفرًا.',
  },
  attributions: {
    fr: 'Attributions : par acteur tel que nommé dans les implications (les unités subordonnées ne sont pas ici rattachées à leurs supérieurs), chaque incident sous le niveau de preuve le plus élevé qu’ont atteint ses implications avec cet acteur. Les implications alternatives (l’un de plusieurs acteurs en est l’auteur) comptent comme peut-être attribuées à chaque acteur nommé, jamais comme attribuées ; un incident attribué à un acteur sans réserve n’est pas aussi compté comme peut-être attribué à celui-ci.',
    ar: 'الإسناد: لكل جهة فاعلة كما تذكرها حالات الضلوع (لا تُضم الوحدات التابعة هنا إلى رؤسائها)، وتُحتسب كل حادثة تحت أعلى معيار إثبات بلغته حالات ضلوعها مع تلك الجهة. وحالات الضلوع التخييرية (ارتكبت الفعلَ إحدى عدة جهات) تُحتسب منسوبةً على نحو محتمل إلى كل جهة مذكورة، ولا تُحتسب منسوبةً أبدًا؛ والحادثة المنسوبة إلى جهة فاعلة نسبةً صريحة لا تُحتسب أيضًا منسوبةً إليها على نحو محتمل.',
  },
  noneDated: { fr: 'aucun incident sélectionné n’est daté', ar: 'لا توجد حادثة مؤرخة بين الحوادث المختارة' },
  noDatedIncident: { fr: 'aucun incident daté : la régularité en demande au moins deux', ar: 'لا حادثة مؤرخة: يتطلب الانتظام حادثتين مؤرختين على الأقل' },
  oneDatedIncident: { fr: 'un seul incident daté : la régularité en demande au moins deux', ar: 'حادثة مؤرخة واحدة فقط: يتطلب الانتظام حادثتين مؤرختين على الأقل' },
});
