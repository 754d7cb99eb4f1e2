import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli, tempDir } from './support/dossier.js';
import { enginesUnderTest } from './support/engines.js';

// Runs the built CLI (dist/): `npm run build` first.
const engines = await enginesUnderTest();
const fixture = await fs.readFile(path.join(PROJECT_ROOT, 'test/fixtures/acled/syria-sample.csv'), 'utf8');

/** The ACLED fixture's header and first three rows, with `bytes` written over "Rockets" in the second row. */
function acledWith(bytes: Buffer): Buffer {
  const [header, first, second, third] = fixture.split('\n');
  const [before, after] = second!.split('Rockets');
  return Buffer.concat([Buffer.from(`${header}\n${first}\n${before}`), bytes, Buffer.from(`${after}\n${third}\n`)]);
}

describe.each(engines)('text taken in by the CLI, on $name', (engine) => {
  let work: string;
  let data: string;
  let env: Record<string, string>;
  const cli = (...args: string[]) => runCli(['--data', data, ...args], env);
  const file = async (name: string, content: string | Buffer) => {
    const at = path.join(work, name);
    await fs.writeFile(at, content);
    return at;
  };

  beforeAll(async () => {
    work = await tempDir();
    data = path.join(work, 'data');
    const databaseUrl = await engine.createDatabase();
    env = { DOSSIER_ACTOR: 'cli:investigator', ...(databaseUrl ? { DOSSIER_DATABASE_URL: databaseUrl } : {}) };
    expect((await cli('init')).code).toBe(0);
    for (const id of ['strict', 'lossy', 'control', 'twice']) expect((await cli('case', 'create', id, '--title', id)).code).toBe(0);
  });
  afterAll(async () => {
    await fs.rm(work, { recursive: true, force: true });
    await engine.dropAll();
  });

  it('rejects a row that is not UTF-8 with exit 2, naming row and column; --lossy imports it and says how many bytes it replaced', async () => {
    const latin1 = await file('latin1.csv', acledWith(Buffer.from('Rock\xe9ts', 'latin1')));
    const strict = await cli('import', 'acled', latin1, '--case', 'strict');
    expect(strict.code, strict.stderr).toBe(2);
    expect(strict.stdout).toContain('Imported 2 of 3 rows');
    // Counted in words, one or many: "2 incidents", "1 victim group", never "victimGroups".
    expect(strict.stdout).toMatch(/\(2 incidents, \d+ acts?, \d+ victim groups?, /);
    expect(strict.stdout).not.toContain('victimGroups');
    expect(strict.stdout).toMatch(/rejected row 2 \(SYR0002\): notes: is not valid UTF-8: the byte 0xE9 at offset 4 of the field/);
    const lossy = await cli('--json', 'import', 'acled', latin1, '--case', 'lossy', '--lossy');
    expect(lossy.code, lossy.stderr).toBe(0);
    expect(JSON.parse(lossy.stdout)).toMatchObject({ rows: 3, imported: 3, rejected: [], notes: expect.arrayContaining(['1 invalid UTF-8 sequence replaced with U+FFFD (lossy import), in row 2']) });
  });

  it('refuses a header that names a column twice, naming it, and imports nothing', async () => {
    const [header, first] = fixture.split('\n');
    const twice = await cli('import', 'acled', await file('twice.csv', `${header},NOTES\n${first},again\n`), '--case', 'twice');
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('header: column "notes" appears twice (columns 28 and 32)');
    expect(JSON.parse((await cli('--json', 'incident', 'list', '--case', 'twice')).stdout).items).toEqual([]);
  });

  it('removes control characters from fields, says in which rows, and the export holds no NUL', async () => {
    const imported = await cli('import', 'acled', await file('control.csv', acledWith(Buffer.from('Ro\u0000ck\u0007ets'))), '--case', 'control');
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('note: 2 control characters (C0 other than tab and line breaks, or DEL) removed from field values, in row 2');
    const out = path.join(work, 'control-export.csv');
    expect((await cli('export', 'acled', '--case', 'control', '--out', out)).code).toBe(0);
    const exported = await fs.readFile(out, 'utf8');
    expect(exported).toContain('Rockets fired from the eastern districts');
    expect(exported).not.toMatch(/[\u0000-\u0008]/);
  });

  it('refuses an option holding a control character, naming the option, and saves nothing; tabs and line breaks are kept', async () => {
    const bell = await cli('case', 'create', 'bell', '--title', 'Ring\u0007ing');
    expect(bell.code).toBe(2);
    expect(bell.stderr).toMatch(/VALIDATION_FAILED: --title: contains a control character \(U\+0007\) at character 5/);
    const escape = await cli('incident', 'add', '--case', 'control', '--title', '\u001b[31mRed', '--type', 'air_strike');
    expect(escape.code).toBe(2);
    expect(escape.stderr).toContain('--title: contains a control character (U+001B)');
    const multiline = await cli('--json', 'case', 'create', 'lines', '--title', 'Lines', '--description', 'first line\nsecond\tline');
    expect(multiline.code, multiline.stderr).toBe(0);
    expect(JSON.parse(multiline.stdout)).toMatchObject({ description: 'first line\nsecond\tline' });
    const listed = JSON.parse((await cli('--json', 'case', 'list')).stdout) as { id: string }[] | { items: { id: string }[] };
    const ids = (Array.isArray(listed) ? listed : listed.items).map((c) => c.id);
    expect(ids).toContain('lines');
    expect(ids).not.toContain('bell');
  });
});
