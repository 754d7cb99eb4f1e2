import type { Message } from './define-messages.js';
import { LOCALES, type Locale } from './locales.js';

/** Every `*.messages.ts` module of the app, gathered at build time (Vite) so no area can be left out by hand. */
const modules = import.meta.glob<Record<string, unknown>>('../**/*.messages.ts', { eager: true });

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).id === 'string' && LOCALES.every((l) => typeof (value as Message)[l] === 'string');
}

/** All messages of the app, by id. */
export const ALL_MESSAGES: readonly Message[] = Object.values(modules).flatMap((module) =>
  Object.values(module).flatMap((table) => (typeof table === 'object' && table !== null ? Object.values(table).filter(isMessage) : [])),
);

/** One language's catalogue, as IntlProvider takes it: id → ICU message. */
export function catalogueOf(locale: Locale): Record<string, string> {
  return Object.fromEntries(ALL_MESSAGES.map((message) => [message.id, message[locale]]));
}
