import { useEffect, useState } from 'react';
import { api, errorText } from '../api.js';
import { useT } from '../i18n/LanguageProvider.js';
import type { CareSettings as Settings, Exposure } from './sensitivity-api.js';
import { sensitivityMessages as m } from './sensitivity.messages.js';

const BLURS = [
  ['graphic', m.blurGraphic],
  ['always', m.blurAlways],
  ['never', m.blurNever],
] as const;

/** The account's blur setting and daily reminder, kept by the server for this account wherever it signs in. */
export function CareSettings() {
  const t = useT();
  const [settings, setSettings] = useState<Settings | undefined>();
  const [exposure, setExposure] = useState<Exposure | undefined>();
  const [remind, setRemind] = useState(false);
  const [limit, setLimit] = useState('20');
  const [status, setStatus] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const show = (answer: { settings: Settings; exposure: Exposure }) => {
    setSettings(answer.settings);
    setExposure(answer.exposure);
    setRemind(answer.settings.dailyLimit !== null);
    if (answer.settings.dailyLimit !== null) setLimit(String(answer.settings.dailyLimit));
  };
  useEffect(() => {
    void api<{ settings: Settings; exposure: Exposure }>('GET', '/auth/care').then(show, (caught: unknown) => setError(errorText(caught)));
  }, []);
  if (!settings) return null;
  const save = async () => {
    setStatus(undefined);
    setError(undefined);
    try {
      show(await api('PUT', '/auth/care', { blur: settings.blur, dailyLimit: remind ? Number(limit) : null }));
      setStatus(t(m.saved));
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  return (
    <section className="card account-form care-settings" aria-labelledby="care-title">
      <h2 id="care-title">{t(m.care)}</h2>
      <p className="muted">{t(m.careExplain)}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <fieldset>
          <legend>{t(m.blur)}</legend>
          {BLURS.map(([value, message]) => (
            <label key={value} className="choice">
              <input type="radio" name="blur" value={value} checked={settings.blur === value} onChange={() => setSettings({ ...settings, blur: value })} /> {t(message)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t(m.reminder)}</legend>
          <label className="choice">
            <input type="checkbox" checked={remind} onChange={(event) => setRemind(event.currentTarget.checked)} /> {t(m.reminderOn)}
          </label>
          <label>
            {t(m.reminderAfter)} <input type="number" min={1} max={1000} value={limit} disabled={!remind} onChange={(event) => setLimit(event.currentTarget.value)} />
          </label>
        </fieldset>
        {exposure && <p className="muted">{t(m.today, { count: exposure.graphicToday })}</p>}
        <button type="submit">{t(m.save)}</button>
        {status && <p role="status">{status}</p>}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
