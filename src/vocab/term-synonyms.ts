/**
 * The words reports use for the vocabularies' terms, in English and Arabic, so that a term can be found in
 * running text (extraction/term-mentions.ts). Written as they appear in commission, NGO and news reports, in
 * the singular; English plurals are formed by the finder, Arabic plurals are listed. Kept beside the
 * vocabularies as data: the ids are checked against them by the types below.
 */
import type { ActorType, VictimProtectedStatus } from './terms-actors.js';
import type { IncidentType, Means, TargetObject, ToxicAgent } from './terms-events.js';

export interface Synonyms {
  en: readonly string[];
  ar: readonly string[];
}

export const MEANS_SYNONYMS: Partial<Record<Means, Synonyms>> = {
  barrel_bomb: { en: ['barrel bomb', 'barrel-bomb', 'improvised air-dropped munition'], ar: ['برميل متفجر', 'براميل متفجرة', 'برميل', 'براميل'] },
  unguided_bomb: { en: ['unguided bomb', 'gravity bomb', 'unguided munition', 'free-fall bomb'], ar: ['قنبلة غير موجهة', 'قنابل غير موجهة'] },
  guided_munition: { en: ['guided munition', 'precision-guided munition', 'guided bomb', 'guided missile'], ar: ['ذخيرة موجهة', 'ذخائر موجهة', 'قنابل موجهة'] },
  cluster_munition: { en: ['cluster munition', 'cluster bomb', 'cluster submunition', 'submunition'], ar: ['ذخيرة عنقودية', 'ذخائر عنقودية', 'قنبلة عنقودية', 'قنابل عنقودية'] },
  artillery: { en: ['artillery', 'artillery shell', 'mortar', 'mortar shell', 'tank shell', 'shelling'], ar: ['مدفعية', 'قصف مدفعي', 'قذيفة مدفعية', 'قذائف مدفعية', 'هاون', 'قذيفة هاون', 'قذائف هاون'] },
  rocket: { en: ['rocket', 'ground-to-ground rocket', 'surface-to-surface rocket', 'improvised rocket'], ar: ['صاروخ أرض أرض', 'صواريخ أرض أرض', 'صاروخ', 'صواريخ'] },
  mlrs: { en: ['multiple-launch rocket system', 'multiple launch rocket system', 'MLRS', 'Grad rocket'], ar: ['راجمة صواريخ', 'راجمات صواريخ', 'صواريخ غراد'] },
  missile: { en: ['missile', 'ballistic missile', 'cruise missile', 'surface-to-surface missile'], ar: ['صاروخ باليستي', 'صواريخ باليستية', 'صاروخ موجه'] },
  drone: { en: ['drone', 'unmanned aerial vehicle', 'UAV'], ar: ['طائرة مسيرة', 'طائرات مسيرة', 'طائرة بدون طيار', 'طائرات بدون طيار'] },
  toxic_chemical: { en: ['chemical weapon', 'toxic chemical', 'toxic gas', 'poison gas', 'nerve agent', 'chemical agent'], ar: ['سلاح كيميائي', 'أسلحة كيميائية', 'غاز سام', 'غازات سامة', 'مواد كيميائية سامة'] },
  incendiary: { en: ['incendiary weapon', 'incendiary munition', 'incendiary bomb', 'white phosphorus', 'thermite'], ar: ['سلاح حارق', 'أسلحة حارقة', 'ذخائر حارقة', 'قنابل حارقة', 'الفوسفور الأبيض'] },
  small_arms: { en: ['small arms', 'gunfire', 'sniper fire', 'live ammunition'], ar: ['أسلحة خفيفة', 'رصاص حي', 'نيران القناصة', 'إطلاق نار'] },
  ied: { en: ['improvised explosive device', 'IED', 'car bomb', 'vehicle-borne improvised explosive device', 'landmine'], ar: ['عبوة ناسفة', 'عبوات ناسفة', 'سيارة مفخخة', 'لغم أرضي', 'ألغام'] },
  starvation: { en: ['starvation'], ar: ['تجويع'] },
};

export const TOXIC_AGENT_SYNONYMS: Partial<Record<ToxicAgent, Synonyms>> = {
  chlorine: { en: ['chlorine', 'chlorine gas'], ar: ['كلور', 'غاز الكلور'] },
  sarin: { en: ['sarin', 'sarin gas'], ar: ['سارين', 'غاز السارين'] },
  mustard: { en: ['sulphur mustard', 'sulfur mustard', 'mustard gas'], ar: ['غاز الخردل', 'خردل الكبريت'] },
};

export const TARGET_SYNONYMS: Partial<Record<TargetObject, Synonyms>> = {
  hospital: { en: ['hospital', 'field hospital', 'medical facility'], ar: ['مستشفى', 'مستشفيات', 'مشفى', 'مشافي', 'مستشفى ميداني'] },
  primary_health_facility: { en: ['health centre', 'health center', 'clinic', 'medical point', 'primary health care centre'], ar: ['مركز صحي', 'مراكز صحية', 'مستوصف', 'عيادة', 'نقطة طبية'] },
  medical_transport: { en: ['ambulance', 'medical convoy'], ar: ['سيارة إسعاف', 'سيارات إسعاف', 'إسعاف'] },
  medical_personnel: { en: ['medical personnel', 'medical worker', 'health worker', 'doctor', 'nurse', 'paramedic'], ar: ['كوادر طبية', 'طبيب', 'أطباء', 'ممرض', 'ممرضين', 'مسعف', 'مسعفين'] },
  school: { en: ['school', 'kindergarten', 'university'], ar: ['مدرسة', 'مدارس', 'روضة', 'جامعة'] },
  market: { en: ['market', 'marketplace', 'souk', 'vegetable market'], ar: ['سوق', 'أسواق', 'سوق الخضار'] },
  bakery_or_food_distribution: { en: ['bakery', 'bread queue', 'food distribution point', 'food distribution'], ar: ['فرن', 'أفران', 'مخبز', 'مخابز', 'توزيع الخبز', 'توزيع المساعدات الغذائية'] },
  water_facility: { en: ['water station', 'water pumping station', 'water treatment plant', 'water facility', 'water network'], ar: ['محطة مياه', 'محطات مياه', 'محطة ضخ المياه', 'شبكة المياه'] },
  power_infrastructure: { en: ['power station', 'power plant', 'electricity station', 'power line'], ar: ['محطة كهرباء', 'محطات كهرباء', 'محطة توليد'] },
  humanitarian_convoy: { en: ['aid convoy', 'humanitarian convoy', 'relief convoy'], ar: ['قافلة مساعدات', 'قوافل مساعدات', 'قافلة إنسانية', 'قافلة إغاثة'] },
  humanitarian_warehouse: { en: ['humanitarian warehouse', 'aid warehouse'], ar: ['مستودع مساعدات', 'مستودعات المساعدات'] },
  humanitarian_personnel: { en: ['aid worker', 'humanitarian worker', 'humanitarian personnel', 'relief worker'], ar: ['عامل إغاثة', 'عمال إغاثة', 'عاملين في المجال الإنساني'] },
  un_premises: { en: ['United Nations premises', 'UN premises', 'UN compound'], ar: ['مقر الأمم المتحدة', 'مقرات الأمم المتحدة'] },
  civil_defence: { en: ['civil defence', 'civil defense', 'White Helmets'], ar: ['الدفاع المدني', 'الخوذ البيضاء'] },
  place_of_worship: { en: ['mosque', 'church', 'place of worship'], ar: ['مسجد', 'مساجد', 'جامع', 'كنيسة', 'كنائس'] },
  cultural_property: { en: ['archaeological site', 'museum', 'historic site', 'heritage site'], ar: ['موقع أثري', 'مواقع أثرية', 'متحف'] },
  displacement_camp: { en: ['camp for displaced persons', 'displacement camp', 'IDP camp', 'refugee camp', 'shelter'], ar: ['مخيم', 'مخيمات', 'مخيم للنازحين', 'مراكز إيواء'] },
  residential: { en: ['residential building', 'residential area', 'residential neighbourhood', 'residential neighborhood', 'house', 'apartment block'], ar: ['مبنى سكني', 'مباني سكنية', 'أبنية سكنية', 'حي سكني', 'أحياء سكنية', 'منزل', 'منازل'] },
  agricultural: { en: ['farmland', 'agricultural land', 'crops', 'livestock', 'orchard'], ar: ['أراض زراعية', 'أراضي زراعية', 'محاصيل', 'مواشي'] },
};

export const INCIDENT_TYPE_SYNONYMS: Partial<Record<IncidentType, Synonyms>> = {
  air_strike: { en: ['air strike', 'airstrike', 'aerial attack', 'aerial bombardment', 'air raid', 'bombing'], ar: ['غارة جوية', 'غارات جوية', 'غارة', 'غارات', 'قصف جوي'] },
  artillery_rocket_missile: { en: ['shelling', 'rocket attack', 'missile attack', 'artillery attack', 'ground attack'], ar: ['قصف مدفعي', 'قصف صاروخي', 'هجوم صاروخي'] },
  chemical_attack: { en: ['chemical attack', 'chemical weapons attack', 'gas attack'], ar: ['هجوم كيميائي', 'هجمات كيميائية', 'هجوم بالغازات السامة'] },
  summary_execution: { en: ['summary execution', 'extrajudicial execution', 'execution'], ar: ['إعدام ميداني', 'إعدامات ميدانية', 'إعدام'] },
  enforced_disappearance: { en: ['enforced disappearance'], ar: ['إخفاء قسري', 'الاختفاء القسري'] },
  arbitrary_detention: { en: ['arbitrary detention', 'arbitrary arrest'], ar: ['اعتقال تعسفي', 'احتجاز تعسفي'] },
  torture: { en: ['torture'], ar: ['تعذيب'] },
  siege: { en: ['siege', 'besieged'], ar: ['حصار', 'محاصرة'] },
  forced_displacement: { en: ['forced displacement', 'displacement', 'deportation', 'forcible transfer'], ar: ['تهجير قسري', 'تهجير', 'نزوح قسري'] },
  pillage: { en: ['pillage', 'looting'], ar: ['نهب'] },
};

export const VICTIM_ROLE_SYNONYMS: Partial<Record<VictimProtectedStatus, Synonyms>> = {
  civilian: { en: ['civilian', 'resident', 'person'], ar: ['مدني', 'مدنيين', 'مدنيون', 'مدنيا', 'شخص', 'أشخاص', 'شخصا', 'سكان'] },
  child: { en: ['child', 'children', 'boy', 'girl', 'minor'], ar: ['طفل', 'أطفال', 'طفلا', 'قاصر'] },
  medical_personnel: { en: ['medical worker', 'health worker', 'doctor', 'nurse', 'paramedic'], ar: ['طبيب', 'أطباء', 'مسعف', 'مسعفين', 'كوادر طبية'] },
  humanitarian_personnel: { en: ['aid worker', 'humanitarian worker', 'relief worker', 'volunteer'], ar: ['عامل إغاثة', 'عمال إغاثة', 'متطوع', 'متطوعين'] },
  journalist: { en: ['journalist', 'media activist', 'reporter'], ar: ['صحفي', 'صحفيين', 'ناشط إعلامي', 'إعلامي'] },
  detainee: { en: ['detainee', 'prisoner'], ar: ['معتقل', 'معتقلين', 'محتجز', 'سجين'] },
  combatant: { en: ['fighter', 'combatant', 'soldier'], ar: ['مقاتل', 'مقاتلين', 'جندي', 'عسكري'] },
};

export const ACTOR_TYPE_SYNONYMS: Partial<Record<ActorType, Synonyms>> = {
  state_armed_forces: { en: ['Government forces', 'Syrian Arab Army', 'Syrian Arab Air Force', 'Syrian army', 'government aircraft', 'regime forces'], ar: ['القوات الحكومية', 'قوات النظام', 'الجيش السوري', 'الجيش العربي السوري', 'الطيران الحربي السوري'] },
  external_state_force: { en: ['Russian aircraft', 'Russian forces', 'Russian Aerospace Forces', 'international coalition', 'coalition aircraft'], ar: ['الطيران الروسي', 'القوات الروسية', 'التحالف الدولي'] },
  pro_government_militia: { en: ['pro-Government forces', 'pro-government militia', 'National Defence Forces'], ar: ['القوات الموالية للحكومة', 'ميليشيات موالية', 'قوات الدفاع الوطني'] },
  rebel_group: { en: ['armed groups', 'armed opposition groups', 'non-State armed groups', 'opposition forces'], ar: ['الجماعات المسلحة', 'المعارضة المسلحة', 'فصائل المعارضة'] },
  unidentified_armed_group: { en: ['unidentified armed group', 'unknown gunmen'], ar: ['مسلحون مجهولون', 'جهة مجهولة'] },
};
