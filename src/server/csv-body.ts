import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance } from 'fastify';
import { DossierError } from '../common/errors.js';
import { requireUtf8Charset } from './content-type.js';
import { uploadWordings } from '../evidence/upload-wordings.js';

/**
 * text/csv bodies are taken as bytes, never decoded here: the importer reads them field by field and names
 * what is not UTF-8. A declared charset other than UTF-8 is refused before anything is read.
 */
export function acceptCsvBodies(api: FastifyInstance, maxBytes: number): void {
  api.addContentTypeParser('text/csv', (request, payload, done) => {
    try {
      requireUtf8Charset(request.headers['content-type']);
      if (Number(request.headers['content-length']) > maxBytes) throw tooLarge(maxBytes);
      done(null, payload);
    } catch (error) {
      done(error as Error, undefined);
    }
  });
}

/**
 * The CSV body written whole to a temp file under `dir` before anything is imported, so an upload cut short
 * imports nothing, and a large file costs disk rather than memory. The caller removes the file.
 */
export async function spoolCsvBody(body: unknown, dir: string, maxBytes: number): Promise<string> {
  if (!(body instanceof Readable)) {
    const problem = 'send the file as the body, with content-type: text/csv';
    throw new DossierError('UNSUPPORTED_MEDIA_TYPE', `content-type: ${problem}`, { field: 'content-type', in: 'headers', problem });
  }
  await fs.mkdir(dir, { recursive: true });
  // Named as the vault names its temp files (ingest-<pid>-…): opening the data directory removes those of
  // dead processes only, so a crash leaves no garbage and a live import keeps its file.
  const file = path.join(dir, `ingest-${process.pid}-acled-${randomBytes(8).toString('hex')}.csv`);
  try {
    await pipeline(body, byteLimit(maxBytes), createWriteStream(file, { flags: 'wx', mode: 0o600 }));
    return file;
  } catch (error) {
    await fs.rm(file, { force: true });
    if (error instanceof DossierError) throw error;
    const problem = 'the upload ended before the whole file had arrived; nothing was imported';
    throw new DossierError('VALIDATION_FAILED', `body: ${problem}`, { field: 'body', problem }, { cause: error });
  }
}

function byteLimit(maxBytes: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      callback(seen > maxBytes ? tooLarge(maxBytes) : null, chunk);
    },
  });
}

function tooLarge(maxBytes: number): DossierError {
  const said = uploadWordings.say('importTooLarge', { limit: maxBytes });
  return new DossierError('PAYLOAD_TOO_LARGE', `body: ${said.text}`, { field: 'body', limit: maxBytes, wording: said });
}
