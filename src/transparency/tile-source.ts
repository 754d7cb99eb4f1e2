/**
 * Where an auditor reads a published log from: a directory (a copy, or what `dossier log publish` wrote) or
 * an HTTP prefix (a static web server, or Dossier's own /api/v1/ledger/tlog). Missing resources are
 * undefined, as the audit expects; any other failure names what could not be read.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { DossierError } from '../common/errors.js';
import type { TileReader } from '../ledger/proofs/tile-audit.js';

/** How long one resource may take: a tile is 8 KiB, a bundle some tens. */
const FETCH_TIMEOUT_MS = 30_000;

export function tileSource(location: string, fetcher: typeof fetch = fetch): TileReader {
  return /^https?:\/\//i.test(location) ? httpSource(location, fetcher) : directorySource(location);
}

function directorySource(dir: string): TileReader {
  const locate = (resource: string) => path.join(dir, ...resource.split('/'));
  return {
    locate,
    async read(resource) {
      try {
        return new Uint8Array(await fs.readFile(locate(resource)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw new DossierError('FILE_UNREADABLE', `cannot read ${locate(resource)}: ${(error as Error).message}`, { path: resource });
      }
    },
  };
}

function httpSource(prefix: string, fetcher: typeof fetch): TileReader {
  const base = prefix.endsWith('/') ? prefix : `${prefix}/`;
  const locate = (resource: string) => new URL(resource, base).toString();
  return {
    locate,
    async read(resource) {
      let response: Response;
      try {
        // gzip and identity, as the spec asks clients to accept; fetch decodes either.
        response = await fetcher(locate(resource), { headers: { 'accept-encoding': 'gzip, identity' }, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
      } catch (error) {
        throw new DossierError('FILE_UNREADABLE', `cannot fetch ${locate(resource)}: ${(error as Error).message}`, { path: resource });
      }
      if (response.status === 404) {
        await response.body?.cancel();
        return undefined;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new DossierError('FILE_UNREADABLE', `${locate(resource)} answered HTTP ${response.status}`, { path: resource, status: response.status });
      }
      return new Uint8Array(await response.arrayBuffer());
    },
  };
}
