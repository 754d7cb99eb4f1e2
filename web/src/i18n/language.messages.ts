import { defineMessages } from './define-messages.js';

export const languageMessages = defineMessages('language', {
  language: { en: 'Language', fr: 'Langue', ar: 'اللغة' },
  digits: { en: 'Digits', fr: 'Chiffres', ar: 'الأرقام' },
  arabicDigits: { en: 'Arabic-Indic (٠١٢٣)', fr: 'arabes orientaux (٠١٢٣)', ar: 'هندية (٠١٢٣)' },
  westernDigits: { en: 'Western (0123)', fr: 'occidentaux (0123)', ar: 'غربية (0123)' },
});
