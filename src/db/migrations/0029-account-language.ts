import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * The web app's language and digits for each account, so an analyst finds the app in Arabic, French or
 * English wherever they sign in; null: follow the browser.
 */
export function accountLanguageSchema(_engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('users').addColumn('language', 'text').execute();
      await db.schema.alterTable('users').addColumn('numerals', 'text').execute();
    },
  };
}
