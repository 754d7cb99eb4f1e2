import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const POSTGRES_URL = process.env.DOSSIER_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface EngineUnderTest {
  name: 'sqlite' | 'postgres';
  /** A database URL for this suite alone (PostgreSQL), or undefined for the data dir's SQLite file. */
  createDatabase(): Promise<string | undefined>;
  dropAll(): Promise<void>;
}

let postgresAnswer: Promise<boolean> | undefined;

async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The engines every repository suite runs on. PostgreSQL gets a fresh database per data dir, dropped
 * afterwards. With no server answering, the suite says so loudly, and fails when one is required (CI).
 */
export async function enginesUnderTest(): Promise<EngineUnderTest[]> {
  postgresAnswer ??= postgresAnswers();
  const engines: EngineUnderTest[] = [{ name: 'sqlite', createDatabase: async () => undefined, dropAll: async () => undefined }];
  if (await postgresAnswer) {
    engines.push(postgresEngine());
  } else if (process.env.DOSSIER_REQUIRE_POSTGRES || process.env.CI) {
    throw new Error(`PostgreSQL is required but does not answer at ${POSTGRES_URL}`);
  } else {
    const banner = '!'.repeat(78);
    console.warn(`\n${banner}\n!! PostgreSQL does not answer at ${POSTGRES_URL}:\n!! the PostgreSQL half of this suite is NOT RUN. Start the server (see .ci/run).\n${banner}\n`);
  }
  return engines;
}

function postgresEngine(): EngineUnderTest {
  const created: string[] = [];
  const admin = async <T>(work: (client: pg.Client) => Promise<T>) => {
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  return {
    name: 'postgres',
    async createDatabase() {
      const name = `dossier_test_${randomBytes(6).toString('hex')}`;
      await admin((c) => c.query(`create database ${name}`));
      created.push(name);
      const url = new URL(POSTGRES_URL);
      url.pathname = `/${name}`;
      return url.toString();
    },
    async dropAll() {
      for (const name of created.splice(0)) await admin((c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
}
