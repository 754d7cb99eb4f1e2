import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/app/open.js';
import { buildServer } from '../src/server/app.js';
import { signIn, testAccount } from './support/accounts.js';
import { newDossier, PROJECT_ROOT } from './support/dossier.js';
import { enginesUnderTest } from './support/engines.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const engines = await enginesUnderTest();
const fixture = await fs.readFile(path.join(PROJECT_ROOT, 'test/fixtures/acled/syria-sample.csv'), 'utf8');
const BOUNDARY = 'dossier-test-boundary';

/** The ACLED fixture's header and first three rows, with `bytes` written over "Rockets" in the second row. */
function acledWith(bytes: Buffer): Buffer {
  const [header, first, second, third] = fixture.split('\n');
  const [before, after] = second!.split('Rockets');
  return Buffer.concat([Buffer.from(`${header}\n${first}\n${before}`), bytes, Buffer.from(`${after}\n${third}\n`)]);
}

function filePart(filename: string, content: string): string {
  return `--${BOUNDARY}\r\ncontent-disposition: form-data; name="file"; filename="${filename}"\r\ncontent-type: text/plain\r\n\r\n${content}`;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe.each(engines)('text and uploads sent to the API, on $name', (engine) => {
  let dossier: Dossier;
  let app: FastifyInstance;
  let port: number;
  let auth: Record<string, string>;

  beforeAll(async () => {
    dossier = await newDossier(await engine.createDatabase());
    app = await buildServer(dossier, { maxUploadBytes: 4 << 20 });
    port = Number(new URL(await app.listen({ port: 0, host: '127.0.0.1' })).port);
    auth = await signIn(app, await testAccount(dossier, 'investigator'));
    for (const id of ['text', 'acled-strict', 'acled-lossy', 'acled-control', 'uploads']) {
      expect((await app.inject({ method: 'POST', url: '/api/v1/cases', headers: auth, payload: { id, title: id } })).statusCode).toBe(201);
    }
  });
  afterAll(async () => {
    await app.close();
    await dossier.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
    await engine.dropAll();
  });

  const post = (url: string, payload: string | Buffer, contentType: string) =>
    app.inject({ method: 'POST', url: `/api/v1${url}`, payload, headers: { ...auth, 'content-type': contentType } });
  const get = async (url: string): Promise<Json> => JSON.parse((await app.inject({ method: 'GET', url: `/api/v1${url}`, headers: auth })).body);
  const problemOf = (response: LightMyRequestResponse) => {
    expect(response.headers['content-type']).toContain('application/problem+json');
    return { status: response.statusCode, ...(JSON.parse(response.body) as Json) };
  };
  const incidentTitles = async (caseId: string) => (await get(`/cases/${caseId}/incidents`)).items.map((i: Json) => i.title);

  describe('JSON bodies', () => {
    it.each([
      ['a lone surrogate in a field', '{"title":"bad \\ud800 x","types":["air_strike"]}', 'title', /lone surrogate \(U\+D800\) at character 5/],
      ['a lone surrogate in a list', '{"title":"ok","types":["air_strike"],"tags":["a","b","\\udc00"]}', 'tags[2]', /lone surrogate \(U\+DC00\)/],
      ['NUL in a nested field', '{"title":"ok","types":["air_strike"],"date":{"edtf":"2016","asReported":"in \\u0000 2016"}}', 'date.asReported', /control character \(U\+0000\) at character 4/],
      ['a terminal escape in the narrative', '{"title":"ok","types":["air_strike"],"narrative":"\\u001b[31mred"}', 'narrative', /control character \(U\+001B\)/],
    ])('answer %s with 400 naming the field, and save nothing', async (_what, body, field, problem) => {
      const response = problemOf(await post('/cases/text/incidents', body, 'application/json'));
      expect(response).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', field, problem: expect.stringMatching(problem) });
      expect(response.detail).toMatch(new RegExp(`^${field.replace(/[[\].]/g, '\\$&')}: `));
      expect(await incidentTitles('text')).toEqual([]);
    });

    it('refuses a body that is not UTF-8, naming the byte offset, rather than storing U+FFFD', async () => {
      const latin1 = Buffer.from('{"title":"Caf\xe9 strike","types":["air_strike"]}', 'latin1');
      const response = problemOf(await post('/cases/text/incidents', latin1, 'application/json'));
      expect(response).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', field: 'body', offset: 13, problem: expect.stringMatching(/not valid UTF-8: the byte 0xE9 at offset 13/) });
      expect(await incidentTitles('text')).toEqual([]);
    });

    it('refuses a declared charset other than UTF-8 with 415 naming content-type, and takes UTF-8 however it is written', async () => {
      const body = Buffer.from('{"title":"Caf\xe9","types":["air_strike"]}', 'latin1');
      const refused = problemOf(await post('/cases/text/incidents', body, 'application/json; charset=iso-8859-1'));
      expect(refused).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', field: 'content-type', problem: expect.stringContaining('"iso-8859-1"') });
      expect(await incidentTitles('text')).toEqual([]);
      for (const contentType of ['application/json; charset=UTF-8', 'application/json;charset="utf8"']) {
        const created = await post('/cases/text/incidents', JSON.stringify({ title: `Café, ${contentType}`, types: ['air_strike'], narrative: 'Tab\tand\r\nlines stay' }), contentType);
        expect(created.statusCode, created.body).toBe(201);
      }
      expect((await incidentTitles('text')).sort()).toEqual(['Café, application/json; charset=UTF-8', 'Café, application/json;charset="utf8"']);
    });

    it('refuses a case whose title holds a lone surrogate instead of storing it altered', async () => {
      const response = problemOf(await post('/cases', '{"id":"surrogate","title":"bad \\udc00"}', 'application/json'));
      expect(response).toMatchObject({ status: 400, field: 'title' });
      expect((await app.inject({ method: 'GET', url: '/api/v1/cases/surrogate', headers: auth })).statusCode).toBe(404);
    });

    it('keeps what fastify’s own parser refused: prototype poisoning, empty and malformed bodies, bodies over the limit', async () => {
      const before = await incidentTitles('text');
      // Refused by the parser itself (secure-json-parse), not merely by the schema's unknown-field check.
      for (const poison of ['{"__proto__":{"isAdmin":true},"title":"x","types":["air_strike"]}', '{"constructor":{"prototype":{"isAdmin":true}},"title":"x","types":["air_strike"]}']) {
        expect(problemOf(await post('/cases/text/incidents', poison, 'application/json'))).toMatchObject({ status: 400, fastifyCode: 'FST_ERR_CTP_INVALID_JSON_BODY' });
      }
      expect(problemOf(await post('/cases/text/incidents', '', 'application/json'))).toMatchObject({ status: 400 });
      expect(problemOf(await post('/cases/text/incidents', '{"title":', 'application/json'))).toMatchObject({ status: 400 });
      const huge = JSON.stringify({ title: 'x', types: ['air_strike'], narrative: 'x'.repeat(2 << 20) });
      expect(problemOf(await post('/cases/text/incidents', huge, 'application/json'))).toMatchObject({ status: 413 });
      expect(await incidentTitles('text')).toEqual(before);
    });
  });

  describe('ACLED CSV bodies', () => {
    it('rejects a row that is not UTF-8 naming its row and column, and imports it with U+FFFD only when lossy=true', async () => {
      const file = acledWith(Buffer.from('Rock\xe9ts', 'latin1'));
      const strict = await post('/cases/acled-strict/import/acled', file, 'text/csv');
      expect(strict.statusCode).toBe(200);
      expect(JSON.parse(strict.body)).toMatchObject({
        rows: 3,
        imported: 2,
        rejected: [{ row: 2, eventId: 'SYR0002', field: 'notes', problem: expect.stringContaining('not valid UTF-8'), wording: { code: 'csvText.fieldNotUtf8', values: { byte: '0xE9' } } }],
      });
      const lossy = await post('/cases/acled-lossy/import/acled?lossy=true', file, 'text/csv; charset=utf-8');
      expect(JSON.parse(lossy.body)).toMatchObject({
        rows: 3,
        imported: 3,
        rejected: [],
        notes: expect.arrayContaining(['1 invalid UTF-8 sequence replaced with U+FFFD (lossy import), in row 2']),
        noteWordings: expect.arrayContaining([{ code: 'csvText.replaced', values: expect.objectContaining({ count: 1, last: '2' }), text: '1 invalid UTF-8 sequence replaced with U+FFFD (lossy import), in row 2' }]),
      });
      const narratives = (await get('/cases/acled-lossy/incidents')).items.map((i: Json) => i.narrative);
      expect(narratives.filter((n: string) => n.startsWith('Rock\uFFFDts fired'))).toHaveLength(1);
    });

    it('refuses a header naming a column twice with 400 naming it, and a CSV in another charset with 415', async () => {
      const [header, first] = fixture.split('\n');
      const twice = problemOf(await post('/cases/acled-strict/import/acled', `${header},notes\n${first},again\n`, 'text/csv'));
      expect(twice).toMatchObject({ status: 400, field: 'header', column: 'notes', problem: expect.stringContaining('column "notes" appears twice'), wording: { code: 'acledFile.columnTwice' } });
      const latin1 = problemOf(await post('/cases/acled-strict/import/acled', acledWith(Buffer.from('Rock\xe9ts', 'latin1')), 'text/csv; charset=iso-8859-1'));
      expect(latin1).toMatchObject({ status: 415, field: 'content-type' });
      expect((await get('/cases/acled-strict/incidents')).items).toHaveLength(2);
    });

    it('removes control characters, says in which rows, and exports no NUL', async () => {
      const response = await post('/cases/acled-control/import/acled', acledWith(Buffer.from('Ro\u0000ck\u0007ets')), 'text/csv');
      expect(JSON.parse(response.body)).toMatchObject({ rows: 3, imported: 3, rejected: [], notes: expect.arrayContaining([expect.stringMatching(/^2 control characters .* in row 2$/)]) });
      const csv = await app.inject({ method: 'GET', url: '/api/v1/cases/acled-control/export/acled', headers: auth });
      expect(csv.body).toContain('Rockets fired from the eastern districts');
      expect(csv.body).not.toMatch(/[\u0000-\u0008]/);
      const json = await app.inject({ method: 'GET', url: '/api/v1/cases/acled-control/export/json', headers: auth });
      expect(json.body).toContain('Rockets fired from the eastern districts');
      expect(json.body).not.toMatch(/\\u000[0-8]/);
    });
  });

  describe('multipart uploads', () => {
    const intakes = async () => (await dossier.ledger.entries({ caseId: 'uploads' })).filter((e) => e.action === 'intake').length;
    const listed = async () => (await get('/cases/uploads/evidence')).items.map((i: Json) => i.originalName).sort();
    const leftovers = async () => (await fs.readdir(path.join(dossier.config.dataDir, 'tmp'))).filter((name) => name.startsWith('ingest-'));

    it('answers a multipart content-type without a boundary, or a body that is no form, with 400 naming the problem', async () => {
      const noBoundary = problemOf(await post('/cases/uploads/evidence', `${filePart('a.txt', 'x')}\r\n--${BOUNDARY}--\r\n`, 'multipart/form-data'));
      expect(noBoundary).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', field: 'content-type', problem: expect.stringContaining('without a boundary') });
      const garbage = problemOf(await post('/cases/uploads/evidence', 'this is not a multipart form at all', `multipart/form-data; boundary=${BOUNDARY}`));
      expect(garbage).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', field: 'body', problem: expect.stringContaining('not a multipart form'), wording: { code: 'upload.notMultipart', values: {} } });
      expect(await listed()).toEqual([]);
      expect(await intakes()).toBe(0);
    });

    it('answers a body that ends before its closing boundary with 400, keeping the file before the break and nothing of the broken one', async () => {
      const body = `${filePart('complete.txt', 'all of the first file')}\r\n${filePart('cut.txt', 'the second file never fini')}`;
      const response = problemOf(await post('/cases/uploads/evidence', body, `multipart/form-data; boundary=${BOUNDARY}`));
      expect(response).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', field: 'body', stored: [sha256('all of the first file')] });
      expect(response.detail).toMatch(/ends before its closing boundary.*"cut\.txt" was not kept \(after 1 file\(s\) were stored and recorded\)/);
      // The files stored before the break are said in English only: a wording would say the break alone.
      expect(response.wording).toBeUndefined();
      expect(await listed()).toEqual(['complete.txt']);
      expect(await intakes()).toBe(1);
      expect(await dossier.vault.has(sha256('the second file never fini'))).toBe(false);
      expect(await leftovers()).toEqual([]);
    });

    it('answers an upload cut short on a real connection with 400 problem+json, recording nothing of it', async () => {
      const before = { listed: await listed(), intakes: await intakes() };
      const partial = filePart('streamed.txt', 'a file whose connection ends mid-way');
      // The body is sent chunked and ended properly, but the form inside it stops before its closing boundary.
      const chunked = await new Promise<{ status: number; type: string; body: Json }>((resolve, reject) => {
        const request = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/api/v1/cases/uploads/evidence', headers: { ...auth, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` } }, (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type']), body: JSON.parse(text) }));
        });
        request.on('error', reject);
        request.write(partial);
        request.end();
      });
      expect(chunked).toMatchObject({
        status: 400,
        type: expect.stringContaining('application/problem+json'),
        body: { field: 'body', problem: expect.stringContaining('"streamed.txt" was not kept'), wording: { code: 'upload.cutShort', values: { unfinished: 'yes', name: 'streamed.txt' } } },
      });

      // Content-Length promises more than is sent, and the client closes its side: HTTP itself is cut short.
      const cut = await new Promise<{ status: number; type: string; body: Json }>((resolve, reject) => {
        const socket = net.connect(port, '127.0.0.1');
        let text = '';
        socket.on('data', (chunk) => (text += chunk));
        socket.on('error', reject);
        socket.on('close', () => {
          const [head, body] = text.split('\r\n\r\n');
          resolve({ status: Number(head!.split(' ')[1]), type: /content-type: ([^\r]+)/i.exec(head!)?.[1] ?? '', body: JSON.parse(body!) });
        });
        const headers = [
          'POST /api/v1/cases/uploads/evidence HTTP/1.1',
          'Host: 127.0.0.1',
          `Cookie: ${auth.cookie}`,
          `X-CSRF-Token: ${auth['x-csrf-token']}`,
          `Content-Type: multipart/form-data; boundary=${BOUNDARY}`,
          `Content-Length: ${Buffer.byteLength(partial) + 1000}`,
        ];
        socket.write(`${headers.join('\r\n')}\r\n\r\n${partial}`);
        setTimeout(() => socket.end(), 200);
      });
      expect(cut).toMatchObject({ status: 400, type: 'application/problem+json', body: { code: 'VALIDATION_FAILED', field: 'request', problem: expect.stringContaining('ended before the whole body had arrived') } });

      // Node answered before the route gave up on the stream: wait for the route's temp file to go.
      await expect.poll(leftovers, { timeout: 10_000 }).toEqual([]);
      expect(await listed()).toEqual(before.listed);
      expect(await intakes()).toBe(before.intakes);
      expect(await dossier.vault.has(sha256('a file whose connection ends mid-way'))).toBe(false);
    });

    it('refuses a NUL in a file name and control characters in the source, naming the field', async () => {
      const form = (source: string, filename: string) => `--${BOUNDARY}\r\ncontent-disposition: form-data; name="source"\r\n\r\n${source}\r\n${filePart(filename, 'named oddly')}\r\n--${BOUNDARY}--\r\n`;
      const type = `multipart/form-data; boundary=${BOUNDARY}`;
      expect(problemOf(await post('/cases/uploads/evidence', form('a medic', 'a\u0000b.txt'), type))).toMatchObject({ status: 400, field: 'originalName' });
      expect(problemOf(await post('/cases/uploads/evidence', form('a\u0000medic', 'ok.txt'), type))).toMatchObject({ status: 400, field: 'source', problem: expect.stringContaining('U+0000') });
      expect(await listed()).toEqual(['complete.txt']);
    });
  });
});
