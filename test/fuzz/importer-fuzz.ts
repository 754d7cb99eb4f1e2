/**
 * Fuzzing of every importer, shared by the bounded run in `npm test` (test/importer-fuzz.test.ts) and the
 * long one (bench/fuzz-importers.ts). Each property feeds hostile input to the real code, on real files and
 * a real database, and holds when the importer answers (a report, or an error that names the problem)
 * without crashing, without an internal error, and without leaving anything behind.
 */
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import type { Dossier } from '../../src/app/open.js';
import { ArchiveUnreadable, withBagDirectory } from '../../src/bag/bag-archive.js';
import { verifyCaseFile } from '../../src/bag/verify-case-file.js';
import { checkWaczFile } from '../../src/capture/wacz-check.js';
import { checkWarcStream } from '../../src/capture/warc-check.js';
import { createCase } from '../../src/cases/cases.js';
import { isDossierError } from '../../src/common/errors.js';
import { importAcledCsv } from '../../src/exchange/acled-import.js';
import { auditRevisions } from '../../src/records/revisions-audit.js';
import { buildServer } from '../../src/server/app.js';
import { signIn, testAccount } from '../support/accounts.js';
import { newDossier, PROJECT_ROOT } from '../support/dossier.js';
import { awkwardText, hostileBag, mutate, mutation, tarOf, zipOf } from './inputs.js';

export interface Budget {
  /** Most runs of the property. */
  runs: number;
  /** Stop after this long, whatever the runs (fast-check interrupts between runs). */
  seconds: number;
  seed?: number;
}

export interface FuzzRun {
  target: string;
  runs: number;
  seconds: number;
}

async function run<T>(target: string, budget: Budget, property: fc.IAsyncPropertyWithHooks<[T]> | fc.IAsyncProperty<[T]>): Promise<FuzzRun> {
  const started = performance.now();
  const details = await fc.check(property, { numRuns: budget.runs, interruptAfterTimeLimit: budget.seconds * 1000, markInterruptAsFailure: false, ...(budget.seed !== undefined && { seed: budget.seed }) });
  if (details.failed) throw new Error(`${target}: ${fc.defaultReportMessage(details) ?? 'failed'}`);
  return { target, runs: details.numRuns, seconds: (performance.now() - started) / 1000 };
}

const fixture = (...parts: string[]) => path.join(PROJECT_ROOT, 'test', 'fixtures', ...parts);

/** Bags as .zip and .tar, assembled from hostile entries and then damaged byte by byte, checked as `dossier verify` checks them. */
export async function fuzzBagArchives(budget: Budget): Promise<FuzzRun> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-fuzz-bag-'));
  try {
    const input = fc.tuple(hostileBag, fc.constantFrom('zip' as const, 'tar' as const), fc.array(mutation, { maxLength: 3 }));
    return await run('bag archives', budget, fc.asyncProperty(input, async ([entries, format, mutations]) => {
      const archive = path.join(work, `partner.${format}`);
      await fs.writeFile(archive, mutate(format === 'zip' ? await zipOf(entries) : await tarOf(entries), mutations));
      const unpackInto = path.join(work, 'unpack');
      await fs.mkdir(unpackInto, { recursive: true });
      try {
        const report = await withBagDirectory(archive, { tmpParent: unpackInto }, (dir) => verifyCaseFile(dir, { threads: 1 }));
        if (typeof report.valid !== 'boolean') throw new Error('no verdict');
      } catch (error) {
        if (!(error instanceof ArchiveUnreadable) && !isDossierError(error)) throw error;
      }
      // Nothing is left behind, and nothing landed outside the unpacking folder.
      if ((await fs.readdir(unpackInto)).length > 0) throw new Error(`left behind: ${(await fs.readdir(unpackInto)).join(', ')}`);
      const left = (await fs.readdir(work)).sort();
      if (left.join(',') !== [path.basename(archive), 'unpack'].sort().join(',')) throw new Error(`written outside: ${left.join(', ')}`);
      await fs.rm(archive);
    }));
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

/** WARC (plain and gzip) and WACZ files from other tools, damaged byte by byte: the checkers always answer with a report. */
export async function fuzzWebArchives(budget: Budget): Promise<FuzzRun> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-fuzz-web-'));
  const seeds = await Promise.all(
    [fixture('warc', 'webrecorder-warcio', 'example.warc.gz'), fixture('warc', 'webrecorder-warcio', 'example.warc'), fixture('warc', 'webrecorder-py-wacz', 'valid_example_1.wacz')].map(async (file) => ({ file, bytes: await fs.readFile(file) })),
  );
  try {
    const input = fc.tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 4 }));
    return await run('web archives', budget, fc.asyncProperty(input, async ([seed, mutations]) => {
      const bytes = mutate(seed.bytes, mutations);
      if (seed.file.endsWith('.wacz')) {
        const file = path.join(work, 'package.wacz');
        await fs.writeFile(file, bytes);
        const check = await checkWaczFile(file);
        if (typeof check.valid !== 'boolean') throw new Error('no verdict');
        if (!bytes.equals(seed.bytes) && check.valid && check.files.length === 0) throw new Error('a package with no files checked was called valid');
      } else {
        const check = await checkWarcStream(Readable.from([bytes]));
        if (typeof check.valid !== 'boolean' || check.bytes !== bytes.length) throw new Error(`read ${check.bytes} of ${bytes.length} bytes`);
      }
    }));
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

/** ACLED files with awkward fields, damaged byte by byte, imported into a real database case after case. */
export async function fuzzAcledImport(budget: Budget, databaseUrl?: string): Promise<FuzzRun> {
  const dossier = await newDossier(databaseUrl);
  const sample = await fs.readFile(fixture('acled', 'syria-sample.csv'));
  const [header, ...rows] = sample.toString('utf8').trim().split('\n');
  try {
    await createCase(dossier, 'test:fuzz', { id: 'fuzz', title: 'Fuzz' });
    const deps = { database: dossier.database, ledger: dossier.ledger, gazetteer: await dossier.places() };
    const row = fc.tuple(fc.constantFrom(...rows), fc.array(fc.tuple(fc.nat(30), awkwardText), { maxLength: 3 })).map(([line, edits]) => {
      const fields = line.split(',');
      for (const [column, text] of edits) fields[column % fields.length] = `"${text.replaceAll('"', '""')}"`;
      return fields.join(',');
    });
    const input = fc.tuple(fc.array(row, { minLength: 1, maxLength: 4 }), fc.array(mutation, { maxLength: 2 }));
    return await run('ACLED import', budget, fc.asyncProperty(input, async ([lines, mutations]) => {
      const csv = mutate(Buffer.from([header, ...lines].join('\n') + '\n'), mutations);
      try {
        const report = await importAcledCsv(deps, 'test:fuzz', 'fuzz', Readable.from([csv]));
        if (report.imported + new Set(report.rejected.map((rejected) => rejected.row)).size !== report.rows) throw new Error(`rows unaccounted for: ${JSON.stringify(report)}`);
      } catch (error) {
        if (!isDossierError(error, 'VALIDATION_FAILED')) throw error;
      }
    }));
  } finally {
    const audit = await auditRevisions(dossier.database.db);
    const docs = await dossier.database.db.selectFrom('records').select(['id', 'doc']).execute();
    const withNul = docs.filter((row) => holdsControlText(JSON.parse(row.doc)));
    await dossier.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
    if (!audit.ok) throw new Error(`revisions disagree with the ledger after fuzzing: ${JSON.stringify(audit.problems.slice(0, 3))}`);
    if (withNul.length > 0) throw new Error(`${withNul.length} records hold control characters or lone surrogates: ${withNul[0]!.doc.slice(0, 200)}`);
  }
}

const contentTypes = ['application/json', 'application/json; charset=utf-8', 'application/json; charset=iso-8859-1', 'text/csv', 'multipart/form-data', 'multipart/form-data; boundary=fuzz', 'text/plain'];

/** Request bodies (JSON with every kind of string, raw bytes, broken multipart) to the API's write routes: never a 5xx. */
export async function fuzzApiBodies(budget: Budget, databaseUrl?: string): Promise<FuzzRun> {
  const dossier: Dossier = await newDossier(databaseUrl);
  let app: FastifyInstance | undefined;
  try {
    await createCase(dossier, 'test:fuzz', { id: 'fuzz', title: 'Fuzz' });
    app = await buildServer(dossier, { maxUploadBytes: 1 << 20 });
    await testAccount(dossier, 'fuzzer', { isAdmin: false });
    const { setMember } = await import('../../src/access/members.js');
    await setMember(dossier.database.db, 'test:fuzz', 'fuzz', 'fuzzer', 'owner');
    const headers = await signIn(app, 'fuzzer');
    const jsonText = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify({ title: 'An incident', ...(typeof value === 'object' && value !== null && !Array.isArray(value) ? value : { description: value }) })),
      fc.tuple(awkwardText, awkwardText).map(([title, description]) => `{"title":${quoteRaw(title)},"description":${quoteRaw(description)},"type":"air_strike"}`),
      fc.string({ unit: 'binary', maxLength: 200 }),
    );
    const body = fc.oneof(jsonText.map((text) => Buffer.from(text, 'utf8')), fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)), multipartBody);
    const route = fc.constantFrom('/api/v1/cases/fuzz/incidents', '/api/v1/cases/fuzz/sources', '/api/v1/cases', '/api/v1/cases/fuzz/evidence', '/api/v1/cases/fuzz/import/acled');
    const input = fc.tuple(route, fc.constantFrom(...contentTypes), body);
    return await run('API bodies', budget, fc.asyncProperty(input, async ([url, contentType, payload]) => {
      const response = await app!.inject({ method: 'POST', url, headers: { ...headers, 'content-type': contentType }, payload });
      if (response.statusCode >= 500) throw new Error(`${response.statusCode} for ${url} (${contentType}): ${response.body.slice(0, 300)}`);
    }));
  } finally {
    await app?.close();
    await dossier.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
  }
}

/** Whether any string in a stored document holds a C0 control (other than tab, LF, CR), DEL or a lone surrogate. */
function holdsControlText(value: unknown): boolean {
  if (typeof value === 'string') return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value) || /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value);
  if (Array.isArray(value)) return value.some(holdsControlText);
  if (value && typeof value === 'object') return Object.entries(value).some(([key, inner]) => holdsControlText(key) || holdsControlText(inner));
  return false;
}

/** A JSON string literal with the text's UTF-16 code units escaped one by one, so lone surrogates survive. */
function quoteRaw(text: string): string {
  return `"${[...Array(text.length).keys()].map((i) => `\\u${text.charCodeAt(i).toString(16).padStart(4, '0')}`).join('')}"`;
}

const multipartBody: fc.Arbitrary<Buffer> = fc
  .record({ name: awkwardText, content: fc.uint8Array({ maxLength: 200 }), cut: fc.nat(), closed: fc.boolean(), field: fc.constantFrom('file', 'source', 'note', 'other') })
  .map(({ name, content, cut, closed, field }) => {
    const whole = Buffer.concat([
      Buffer.from(`--fuzz\r\nContent-Disposition: form-data; name="${field}"; filename="${name.replaceAll('"', '')}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
      Buffer.from(content),
      Buffer.from(closed ? '\r\n--fuzz--\r\n' : '\r\n--fu'),
    ]);
    return whole.subarray(0, cut % (whole.length + 1));
  });

/** Kept for the bench: the file a WARC seed comes from, streamed as an importer would read it. */
export function streamOf(file: string): NodeJS.ReadableStream {
  return createReadStream(file);
}
