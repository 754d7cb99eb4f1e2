import { defineMessages } from '../i18n/define-messages.js';

/** The case's items that look like this one (LookAlikes), and how alike, as src/similarity/look-alike-distance.ts says it. */
export const lookAlikeMessages = defineMessages('evidence.lookAlikes', {
  title: { en: 'Look-alikes', fr: 'Images semblables', ar: 'الصور المتشابهة' },
  none: { en: 'No other item of the case looks like this one.', fr: 'Aucune autre pièce du dossier ne ressemble à celle-ci.', ar: 'لا يشبه هذا العنصرَ أيُّ عنصر آخر في القضية.' },
  item: { en: 'Item', fr: 'Pièce', ar: 'العنصر' },
  looks: { en: 'Looks', fr: 'Ressemblance', ar: 'درجة التشابه' },
  takenIn: { en: 'Taken in', fr: 'Prise en charge', ar: 'الاستلام' },
  bitsDiffer: { en: '({count, number} of {total, number} bits differ)', fr: '({count, number} bits sur {total, number} diffèrent)', ar: '(بتّات مختلفة: {count, number} من {total, number})' },
  notLinked: { en: ', not linked', fr: ', non liée', ar: '، غير مرتبط' },
  first: { en: '· first', fr: '· la première', ar: '· الأسبق' },
  linked: { en: 'linked', fr: 'liée', ar: 'مرتبط' },
  nearIdentical: { en: 'near-identical', fr: 'quasi identique', ar: 'شبه مطابق' },
  verySimilar: { en: 'very similar', fr: 'très semblable', ar: 'متشابه جدًا' },
  similar: { en: 'similar', fr: 'semblable', ar: 'متشابه' },
  somewhatSimilar: { en: 'somewhat similar', fr: 'assez semblable', ar: 'متشابه إلى حد ما' },
  thisFirst: {
    en: 'This item was taken in first; the others came later.',
    fr: 'Cette pièce a été prise en charge la première ; les autres sont arrivées plus tard.',
    ar: 'استُلم هذا العنصر أولًا، ووصلت العناصر الأخرى لاحقًا.',
  },
  takenInFirst: { en: 'Taken in first: {name}, {time}.', fr: 'Prise en charge en premier : {name}, {time}.', ar: 'استُلم أولًا: {name}، {time}.' },
});
