import type { Wording, WordingValues } from '../../../src/common/wording.js';
import { activeIntl, activeLocale, type MessageValues } from './active-locale.js';

/** Whether the app can say this wording in the active language (else it shows the server's English). */
export function knowsWording(wording: Wording): boolean {
  return activeLocale() === 'en' || Object.hasOwn(activeIntl().messages, `wording.${wording.code}`);
}

/**
 * A wording in the active language. `localValues` replaces values the server gave in English (a provision's
 * advice, say) with the page's own words for them; a code this app does not know is shown as the server wrote it.
 */
export function wordingText(wording: Wording, localValues: MessageValues = {}): string {
  if (activeLocale() === 'en' || !knowsWording(wording)) return wording.text;
  const values: MessageValues = { ...(wording.values as WordingValues), ...withoutUndefined(localValues) };
  return activeIntl().formatMessage({ id: `wording.${wording.code}`, defaultMessage: wording.text }, values);
}

function withoutUndefined(values: MessageValues): MessageValues {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}
