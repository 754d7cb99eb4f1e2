import net from 'node:net';
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setMember } from '../src/access/members.js';
import type { Dossier } from '../src/app/open.js';
import { createCase } from '../src/cases/cases.js';
import { ingestEvidence } from '../src/evidence/evidence.js';
import { buildServer } from '../src/server/app.js';
import { signIn, testAccount } from './support/accounts.js';
import { newDossier } from './support/dossier.js';

interface LogLine {
  reqId?: string;
  msg: string;
  req?: { url: string };
}

/**
 * A client that has every byte the Content-Length promised may hang up at once (curl does, and so may a
 * browser's download manager). The server must log such a download as completed, not as cut short.
 */
describe('the server log of a complete download', () => {
  let dossier: Dossier;
  let app: FastifyInstance;
  let cookie: string;
  let port: number;
  const lines: LogLine[] = [];
  const sizes = [0, 1, 4_000, 70_000, 1_100_000];
  const items: string[] = [];

  beforeAll(async () => {
    dossier = await newDossier();
    await createCase(dossier, 'test:owner', { id: 'c1', title: 'Downloads' });
    for (const size of sizes) {
      const { item } = await ingestEvidence(dossier, 'test:field', { caseId: 'c1', originalName: `file-${size}.bin`, content: [Buffer.alloc(size, size % 251)] });
      items.push(item.id);
    }
    const log = new PassThrough();
    log.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as LogLine);
    });
    app = await buildServer(dossier, { logger: { level: 'info', stream: log } });
    await setMember(dossier.database.db, 'test:setup', 'c1', await testAccount(dossier, 'reader'), 'owner');
    cookie = (await signIn(app, 'reader')).cookie!;
    await app.listen({ host: '127.0.0.1', port: 0 });
    port = (app.server.address() as net.AddressInfo).port;
  });
  afterAll(async () => {
    await app?.close();
    await dossier?.close();
  });

  it('logs each evidence download whose client hangs up after the last byte as completed', async () => {
    for (let round = 0; round < 5; round++) {
      for (const [i, id] of items.entries()) expect(await downloadThenHangUp(port, `/api/v1/evidence/${id}/content`, cookie)).toBe(sizes[i]);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    const downloads = lines.filter((line) => line.msg === 'incoming request' && line.req?.url.endsWith('/content')).map((line) => line.reqId);
    expect(downloads).toHaveLength(items.length * 5);
    for (const reqId of downloads) {
      const messages = lines.filter((line) => line.reqId === reqId).map((line) => line.msg);
      expect(messages, reqId).toContain('request completed');
      expect(messages, reqId).not.toContain('stream closed prematurely');
    }
  });

  it('logs a case file download whose client hangs up after the last byte as completed', async () => {
    const before = lines.length;
    for (let round = 0; round < 3; round++) expect(await downloadThenHangUp(port, '/api/v1/cases/c1/export/bag?profile=court', cookie)).toBeGreaterThan(1000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const messages = lines.slice(before).map((line) => line.msg);
    expect(messages.filter((msg) => msg === 'request completed')).toHaveLength(3);
    expect(messages).not.toContain('stream closed prematurely');
  });
});

/** Sends one GET, reads the headers and exactly Content-Length bytes of body, then destroys the socket. */
function downloadThenHangUp(port: number, url: string, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let received = Buffer.alloc(0);
    socket.on('error', reject);
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const headerEnd = received.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const head = received.subarray(0, headerEnd).toString('latin1');
      const length = Number(/\r\ncontent-length: (\d+)/i.exec(head)?.[1]);
      if (!/^HTTP\/1\.1 200/.test(head) || Number.isNaN(length)) {
        socket.destroy();
        reject(new Error(`unexpected response: ${head}`));
        return;
      }
      if (received.length - headerEnd - 4 >= length) {
        socket.destroy();
        resolve(length);
      }
    });
    socket.write(`GET ${url} HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${cookie}\r\n\r\n`);
  });
}
