import { useState } from 'react';
import { api, errorText, type Session } from '../api.js';
import { activeLocale } from '../i18n/active-locale.js';
import { rememberLanguageHere } from '../i18n/chosen-language.js';
import { LanguagePicker } from '../i18n/LanguagePicker.js';
import { useT } from '../i18n/LanguageProvider.js';
import type { Locale, Numerals } from '../i18n/locales.js';
import { accountMessages as m } from './account.messages.js';

/**
 * The language the app speaks to this account and, in Arabic, its digits. The server keeps the choice; the
 * session read afresh then switches the whole app, on this browser and on every other one signed in later.
 */
export function LanguageChoice({ session, onChanged }: { session: Session; onChanged: () => void }) {
  const t = useT();
  const [error, setError] = useState<string | undefined>();
  const choose = async (language: Locale, numerals: Numerals | undefined) => {
    try {
      await api<Session>('PUT', '/auth/preferences', { language, numerals: numerals ?? null });
      rememberLanguageHere(language);
      setError(undefined);
      onChanged();
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  return (
    <section className="card account-form" aria-labelledby="language-title">
      <h2 id="language-title">{t(m.language)}</h2>
      <p className="muted">{t(m.languageNote)}</p>
      <div>
        <LanguagePicker locale={session.user.language ?? activeLocale()} numerals={session.user.numerals} onChange={(language, numerals) => void choose(language, numerals)} />
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
