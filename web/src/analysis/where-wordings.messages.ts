import { whereWordings } from '../../../src/analysis/where-wordings.js';
import { defineWordingMessages } from '../i18n/define-wording-messages.js';

/* Where's method, as the server says it (src/analysis/where-wordings.ts); {waveKm} and its kin name the parameters. */
export const whereWordingMessages = defineWordingMessages(whereWordings, {
  name: { fr: 'lieux et vagues', ar: 'الأماكن والموجات' },
  areas: {
    fr: 'Zones : chaque incident inclus compte une fois, dans la zone du niveau choisi que nomme son lieu (codes administratifs tirés des P-codes d’OCHA) ; les incidents placés moins précisément sont listés à part, jamais répartis entre les zones.',
    ar: 'المناطق: تُحتسب كل حادثة مشمولة مرة واحدة في منطقة المستوى المختار التي يذكرها مكانها (رموز إدارية من رموز OCHA المكانية)؛ والحوادث المحددة المكان بدقة أقل تُدرج على حدة، ولا تُوزَّع أبدًا على المناطق.',
  },
  waves: {
    fr: 'Vagues : {algorithm} sur les incidents qui ont à la fois une date et un point. Deux incidents sont voisins lorsque leurs points sont distants d’au plus {waveKm} (distance orthodromique) et leurs intervalles de dates d’au plus {waveDays} (l’écart entre les intervalles, 0 lorsqu’ils se chevauchent), de sorte que des dates incertaines rapprochent les incidents, sans jamais les éloigner. Un incident central a au moins {waveMinIncidents} voisins, lui-même compris ; une vague réunit les incidents centraux atteignables les uns depuis les autres, et leurs voisins.',
    ar: 'الموجات: خوارزمية {algorithm} على الحوادث التي لها تاريخ ونقطة معًا. وتكون حادثتان متجاورتين حين لا تزيد المسافة بين نقطتيهما على {waveKm} (مسافة الدائرة العظمى) ولا يزيد الفارق بين نطاقي تاريخيهما على {waveDays} (الفجوة بين النطاقين، وهي صفر حين يتداخلان)، فالتواريخ غير المؤكدة تقرّب الحوادث ولا تبعدها أبدًا. وللحادثة المركزية من الجيران {waveMinIncidents} على الأقل، بما فيها هي نفسها؛ والموجة هي الحوادث المركزية التي يمكن بلوغ بعضها من بعض، مع جيرانها.',
  },
  points: {
    fr: 'Un point est le point propre du lieu ou le milieu de sa zone (voir la carte) : une vague parmi des incidents placés seulement au niveau d’un gouvernorat dit peu de chose.',
    ar: 'النقطة هي نقطة المكان نفسه أو وسط منطقته (انظر الخريطة): والموجة بين حوادث لم يُحدَّد مكانها إلا على مستوى المحافظة لا تدل على الكثير.',
  },
});
