import { applicabilityWordings } from '../../../src/qualifications/applicability-wordings.js';
import { defineWordingMessages } from '../i18n/define-wording-messages.js';

const FR_CONFLICT = (name: string) =>
  `{${name}, select, international {aux conflits armés internationaux} non_international {aux conflits armés ne présentant pas un caractère international} other {{${name}}}}`;
const FR_FOR = (name: string) =>
  `{${name}, select, international {pour les conflits armés internationaux} non_international {pour les conflits armés ne présentant pas un caractère international} other {pour {${name}}}}`;
const AR_CONFLICT = (name: string) => `{${name}, select, international {النزاعات المسلحة الدولية} non_international {النزاعات المسلحة غير ذات الطابع الدولي} other {{${name}}}}`;

/** The server's warnings on a qualification's provision (src/qualifications/applicability-wordings.ts). */
export const applicabilityMessages = defineWordingMessages(applicabilityWordings, {
  counterpart: {
    fr: `{citation} ne s’applique qu’${FR_CONFLICT('scope')} ; ${FR_FOR('other')}, envisager la disposition équivalente : {counterpart}`,
    ar: `لا تنطبق {citation} إلا على ${AR_CONFLICT('scope')}؛ وفي ${AR_CONFLICT('other')} يُنظر في نظيرتها {counterpart}`,
  },
  advice: {
    fr: `{citation} ne s’applique qu’${FR_CONFLICT('scope')} ; {advice}`,
    ar: `لا تنطبق {citation} إلا على ${AR_CONFLICT('scope')}؛ {advice}`,
  },
  noCounterpart: {
    fr: `{citation} ne s’applique qu’${FR_CONFLICT('scope')} ; le Statut n’a pas d’équivalent ${FR_FOR('other')}`,
    ar: `لا تنطبق {citation} إلا على ${AR_CONFLICT('scope')}؛ وليس في النظام الأساسي نظير لها في ${AR_CONFLICT('other')}`,
  },
  amendment: {
    fr:
      '{citation} a été ajouté par {amendment, select, kampala_2010 {l’amendement de Kampala à l’article 8 (2010)} starvation_2019 {l’amendement à l’article 8 relatif à l’affamement dans les conflits armés ne présentant pas un caractère international (2019)} other {{amendment}}}, ' +
      'adopté le {adopted}, et ne s’applique qu’à l’égard des États qui l’ont ratifié (art. 121-5) : vérifier la ratification par l’État territorial et par l’État dont l’accusé a la nationalité.',
    ar:
      'أضيفت {citation} بموجب {amendment, select, kampala_2010 {تعديل كمبالا على المادة 8 (2010)} starvation_2019 {التعديل على المادة 8 بشأن التجويع في النزاعات المسلحة غير ذات الطابع الدولي (2019)} other {{amendment}}}، ' +
      'المعتمد في {adopted}، ولا تنطبق إلا على الدول التي صدّقت عليه (المادة 121 (5)): يجب التحقق من تصديق دولة الإقليم ودولة جنسية المتهم.',
  },
});
