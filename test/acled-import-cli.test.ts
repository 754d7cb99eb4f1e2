import fs from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDossier, type Dossier } from '../src/app/open.js';
import { commitText } from '../src/ledger/proofs/commitment.js';
import { PROJECT_ROOT, runCli, tempDir, testConfig } from './support/dossier.js';
import { enginesUnderTest } from './support/engines.js';

// Runs the built CLI (dist/): `npm run build` first.
const engines = await enginesUnderTest();
const fixture = parse(await fs.readFile(path.join(PROJECT_ROOT, 'test/fixtures/acled/syria-sample.csv'), 'utf8')) as string[][];

/** `count` good rows: the fixture's first five (the others are faulty), over and over, each with an event id of its own. */
function acledRows(count: number): string {
  const [header, ...rows] = fixture;
  const idColumn = header!.indexOf('event_id_cnty');
  const good = rows.slice(0, 5);
  return stringify([header!, ...Array.from({ length: count }, (_, i) => good[i % 5]!.map((value, column) => (column === idColumn ? `SYR${i + 1}` : value)))]);
}

describe.each(engines)('an ACLED import through the CLI, checked by `log verify`, on $name', (engine) => {
  let work: string;
  let data: string;
  let databaseUrl: string | undefined;
  let env: Record<string, string>;
  const cli = (...args: string[]) => runCli(['--data', data, ...args], env);
  const file = async (name: string, content: string) => {
    const at = path.join(work, name);
    await fs.writeFile(at, content);
    return at;
  };
  /** Opens the data directory between CLI runs, for a look at the database or to edit it behind Dossier's back. */
  const withDossier = async <T>(work: (dossier: Dossier) => Promise<T>): Promise<T> => {
    const dossier = await openDossier(testConfig(data, databaseUrl));
    try {
      return await work(dossier);
    } finally {
      await dossier.close();
    }
  };
  const incidentsIn = (caseId: string) =>
    withDossier(async (d) => Number((await d.database.db.selectFrom('records').select((eb) => eb.fn.countAll().as('n')).where('case_id', '=', caseId).where('kind', '=', 'incident').executeTakeFirstOrThrow()).n));

  beforeAll(async () => {
    work = await tempDir();
    data = path.join(work, 'data');
    databaseUrl = await engine.createDatabase();
    env = { DOSSIER_ACTOR: 'cli:investigator', ...(databaseUrl ? { DOSSIER_DATABASE_URL: databaseUrl } : {}) };
    expect((await cli('init')).code).toBe(0);
    for (const id of ['killed', 'edited']) expect((await cli('case', 'create', id, '--title', id)).code).toBe(0);
  });
  afterAll(async () => {
    await fs.rm(work, { recursive: true, force: true });
    await engine.dropAll();
  });

  it('leaves whole batches, each with its entry, when killed in the middle, and the log verifies', async () => {
    const rows = await file('rows.csv', acledRows(2500));
    // Killed inside the second batch's transaction, after its records and entry were written, before its commit.
    const killed = await runCli(['--data', data, 'import', 'acled', rows, '--case', 'killed'], { ...env, DOSSIER_FAILPOINT: 'import-acled:batch-written#2' });
    expect(killed.signal, killed.stderr).toBe('SIGKILL');
    expect(await incidentsIn('killed')).toBe(2000);
    const entries = JSON.parse((await cli('--json', 'log', 'list', '--case', 'killed')).stdout) as { details: { origin?: object; batch?: { count: number } } }[];
    expect(entries.filter((e) => e.details.batch).map((e) => e.details.origin)).toEqual([{ format: 'acled', rows: 2000, firstRow: 1, lastRow: 2000 }]);
    const verify = await cli('log', 'verify');
    expect(verify.code, verify.stdout).toBe(0);
    expect(verify.stdout).toMatch(/^Records OK/m);
  }, 120_000);

  it('names an imported record edited in the database, and a batch whose record was rewritten with a fresh commitment', async () => {
    const imported = await cli('import', 'acled', await file('five.csv', acledRows(5)), '--case', 'edited');
    expect(imported.code, imported.stderr).toBe(0);
    const [incident, claim, seq] = await withDossier(async (d) => {
      const versions = await d.database.db.selectFrom('record_revisions').selectAll().where('case_id', '=', 'edited').where('kind', 'in', ['incident', 'claim']).orderBy('kind', 'desc').execute();
      return [versions.find((v) => v.kind === 'incident')!, versions.find((v) => v.kind === 'claim')!, Number(versions[0]!.ledger_seq)] as const;
    });
    expect((await cli('log', 'verify')).code).toBe(0);

    await withDossier(async (d) => {
      // The current row only: it no longer matches its logged revision.
      await d.database.db.updateTable('records').set({ doc: incident.doc.replace('"title":"', '"title":"Nothing happened: ') }).where('id', '=', incident.record_id).execute();
      // A version and its row rewritten, its commitment made anew from its salt: only the batch's digest shows it.
      const forged = claim.doc.replace('"stance":"asserts"', '"stance":"denies"');
      await d.database.db.updateTable('record_revisions').set({ doc: forged, commitment: commitText(claim.salt, 'document', forged) }).where('record_id', '=', claim.record_id).execute();
      await d.database.db.updateTable('records').set({ doc: forged }).where('id', '=', claim.record_id).execute();
    });
    const verify = await cli('log', 'verify');
    expect(verify.code).toBe(9);
    expect(verify.stdout).toContain('RECORDS DISAGREE WITH THE LEDGER');
    expect(verify.stdout).toContain(`incident:${incident.record_id}: differs from its logged revision 1`);
    expect(verify.stdout).toMatch(new RegExp(`ledger entry ${seq}: commits to a batch of \\d+ record versions, and those stored for it differ`));
  }, 120_000);
});
