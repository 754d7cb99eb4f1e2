import { LOCALE_NAMES, LOCALES, type Locale, type Numerals } from './locales.js';
import { languageMessages as m } from './language.messages.js';
import { useT } from './LanguageProvider.js';

/** The language (each named in itself) and, in Arabic, the digits; the caller keeps the choice. */
export function LanguagePicker({ locale, numerals, onChange }: { locale: Locale; numerals: Numerals | undefined; onChange: (locale: Locale, numerals: Numerals | undefined) => void }) {
  const t = useT();
  return (
    <span className="language-picker">
      <label>
        <span className="visually-hidden">{t(m.language)}</span>
        <select value={locale} onChange={(event) => onChange(event.target.value as Locale, numerals)}>
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      {locale === 'ar' && (
        <label>
          <span className="visually-hidden">{t(m.digits)}</span>
          <select value={numerals ?? 'arab'} onChange={(event) => onChange(locale, event.target.value as Numerals)}>
            <option value="arab">{t(m.arabicDigits)}</option>
            <option value="latn">{t(m.westernDigits)}</option>
          </select>
        </label>
      )}
    </span>
  );
}
