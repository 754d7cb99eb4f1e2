import { defineMessages } from '../i18n/define-messages.js';

/** Web pages preserved for a case (CapturePanel). */
export const captureMessages = defineMessages('evidence.capture', {
  title: { en: 'Web captures', fr: 'Captures de pages web', ar: 'لقطات صفحات الويب' },
  pagesToPreserve: { en: 'Pages to preserve (one address a line)', fr: 'Pages à préserver (une adresse par ligne)', ar: 'الصفحات المراد حفظها (عنوان واحد في كل سطر)' },
  howKept: {
    en: 'Each page is loaded in a headless browser; every request and response is kept in a signed WACZ, with a full-page screenshot, a PDF and the text.',
    fr: 'Chaque page est chargée dans un navigateur sans interface ; chaque requête et chaque réponse sont conservées dans un WACZ signé, avec une capture d’écran de la page entière, un PDF et le texte.',
    ar: 'تُحمَّل كل صفحة في متصفح بلا واجهة؛ ويُحفظ كل طلب وكل استجابة في ملف WACZ موقّع، مع لقطة شاشة للصفحة كاملة وملف PDF والنص.',
  },
  capture: { en: 'Capture', fr: 'Capturer', ar: 'التقاط' },
  pasteOne: { en: 'Paste at least one address ({http} or {https}).', fr: 'Collez au moins une adresse ({http} ou {https}).', ar: 'ألصق عنوانًا واحدًا على الأقل ({http} أو {https}).' },
  address: { en: 'Address', fr: 'Adresse', ar: 'العنوان' },
  state: { en: 'State', fr: 'État', ar: 'الحالة' },
  httpStatus: { en: 'HTTP', fr: 'HTTP', ar: 'HTTP' },
  kept: { en: 'Kept', fr: 'Conservé', ar: 'المحفوظ' },
  asked: { en: 'Asked', fr: 'Demandée', ar: 'الطلب' },
  askedBy: { en: '{time}, {user}', fr: '{time}, {user}', ar: '{time}، {user}' },
  queued: { en: 'Waiting', fr: 'En attente', ar: 'في الانتظار' },
  running: { en: 'Capturing…', fr: 'Capture en cours…', ar: 'جارٍ الالتقاط…' },
  done: { en: 'Captured', fr: 'Capturée', ar: 'التُقطت' },
  failed: { en: 'Failed', fr: 'Échec', ar: 'فشلت' },
  screenshot: { en: 'screenshot', fr: 'capture d’écran', ar: 'لقطة الشاشة' },
  text: { en: 'text', fr: 'texte', ar: 'النص' },
});
