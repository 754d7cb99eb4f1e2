import { useEffect, useState, type FormEvent } from 'react';
import { api, errorText } from '../api.js';
import type { Message } from '../i18n/define-messages.js';
import { useT } from '../i18n/LanguageProvider.js';
import { NOTIFICATION_KINDS, type NotificationKind, type NotificationSettings } from './notifications-api.js';
import { notificationsMessages as m } from './notifications.messages.js';
import './notifications.css';

const KIND_LABELS: Record<NotificationKind, Message> = {
  mention: m.kindMention,
  reply: m.kindReply,
  assigned: m.kindAssigned,
  review_requested: m.kindReviewRequested,
  status_changed: m.kindStatusChanged,
  capture_finished: m.kindCaptureFinished,
  extraction_finished: m.kindExtractionFinished,
};
const EMAIL_LABELS: Record<NotificationSettings['email'], Message> = { off: m.emailOff, immediate: m.emailImmediate, digest: m.emailDigest };

/** The account page's panel: which kinds of notice to keep, and whether to be mailed them at once or in a daily digest. */
export function NotificationSettingsPanel() {
  const t = useT();
  const [settings, setSettings] = useState<NotificationSettings | undefined>();
  const [status, setStatus] = useState<{ error?: string; saved?: boolean }>({});
  useEffect(() => {
    api<NotificationSettings>('GET', '/notifications/settings').then(setSettings, (caught: unknown) => setStatus({ error: errorText(caught) }));
  }, []);
  if (!settings) return status.error ? <p role="alert" className="error">{status.error}</p> : null;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const { inAppKinds, email, emailAddress } = settings;
      setSettings(await api<NotificationSettings>('PUT', '/notifications/settings', { inAppKinds, email, emailAddress: emailAddress || null }));
      setStatus({ saved: true });
    } catch (caught) {
      setStatus({ error: errorText(caught) });
    }
  };
  const toggleKind = (kind: NotificationKind, on: boolean) =>
    setSettings({ ...settings, inAppKinds: on ? [...settings.inAppKinds, kind] : settings.inAppKinds.filter((k) => k !== kind) });

  return (
    <section className="card account-form" aria-labelledby="notification-settings-title">
      <h2 id="notification-settings-title">{t(m.settings)}</h2>
      <form onSubmit={(event) => void save(event)}>
        <fieldset className="notification-kinds">
          <legend>{t(m.settingsKinds)}</legend>
          {NOTIFICATION_KINDS.map((kind) => (
            <label key={kind} className="check">
              <input type="checkbox" checked={settings.inAppKinds.includes(kind)} onChange={(event) => toggleKind(kind, event.target.checked)} /> {t(KIND_LABELS[kind])}
            </label>
          ))}
        </fieldset>
        <fieldset className="notification-kinds">
          <legend>{t(m.email)}</legend>
          {(['off', 'immediate', 'digest'] as const).map((mode) => (
            <label key={mode} className="check">
              <input type="radio" name="email-mode" value={mode} checked={settings.email === mode} onChange={() => setSettings({ ...settings, email: mode })} /> {t(EMAIL_LABELS[mode])}
            </label>
          ))}
        </fieldset>
        {!settings.emailAvailable && <p className="muted">{t(m.emailUnavailable)}</p>}
        <label>
          {t(m.emailAddress)}
          <input type="email" dir="ltr" autoComplete="email" value={settings.emailAddress ?? ''} onChange={(event) => setSettings({ ...settings, emailAddress: event.target.value })} />
        </label>
        <button type="submit">{t(m.save)}</button>
        {status.saved && <p role="status">{t(m.saved)}</p>}
        {status.error && (
          <p role="alert" className="error">
            {status.error}
          </p>
        )}
      </form>
    </section>
  );
}
