import { useEffect, useState } from 'react';
import { api } from '../api.js';
import { useT } from '../i18n/LanguageProvider.js';
import { EXPOSURE_EVENT, type Exposure } from './sensitivity-api.js';
import { sensitivityMessages as m } from './sensitivity.messages.js';

/**
 * A gentle word once the day's number of graphic items is reached: suggested, never imposed, dismissed for the
 * day with one click (the server keeps that, so it does not come back on another page or browser).
 */
export function ExposureReminder() {
  const t = useT();
  const [exposure, setExposure] = useState<Exposure | undefined>();
  useEffect(() => {
    void api<{ exposure: Exposure }>('GET', '/auth/care').then((answer) => setExposure(answer.exposure), () => undefined);
    const heard = (event: Event) => setExposure((event as CustomEvent<Exposure>).detail);
    window.addEventListener(EXPOSURE_EVENT, heard);
    return () => window.removeEventListener(EXPOSURE_EVENT, heard);
  }, []);
  if (!exposure?.remind) return null;
  const dismiss = () => void api<{ exposure: Exposure }>('POST', '/auth/care/reminder/dismiss').then((answer) => setExposure(answer.exposure), () => setExposure(undefined));
  return (
    <div className="card exposure-reminder" role="status" aria-labelledby="exposure-reminder-title">
      <h2 id="exposure-reminder-title">{t(m.breakTitle)}</h2>
      <p>{t(m.breakText, { count: exposure.graphicToday })}</p>
      <button type="button" onClick={dismiss}>
        {t(m.breakDismiss)}
      </button>
    </div>
  );
}
