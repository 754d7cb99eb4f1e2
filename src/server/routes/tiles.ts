import type { FastifyPluginAsync } from 'fastify';
import type { Dossier } from '../../app/open.js';
import { DossierError } from '../../common/errors.js';
import { publishedCheckpoint, publishedTile } from '../../transparency/ledger-tiles.js';

/** A year: a full tile's content never changes, and neither does a partial tile of a given width. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The log as C2SP tlog-tiles (what `dossier log publish` writes to a directory), public and read-only: any
 * tlog-tiles client, or `dossier log audit <this URL>`, checks the whole log from it. Hash tiles and the
 * checkpoint only; entry bundles are not served here (see transparency/ledger-tiles.ts). The tiles only when the
 * operator chose to publish the log: level 0 is every entry's leaf hash, which the API otherwise gives members only.
 */
export function tileRoutes(dossier: Dossier, options: { publish: boolean }): FastifyPluginAsync {
  return async (api) => {
    api.get(
      '/ledger/tlog/checkpoint',
      { schema: { description: 'The latest signed checkpoint, with its witnesses’ cosignatures (c2sp.org/tlog-checkpoint).' }, config: { access: { permission: 'public' } } },
      async (_request, reply) => {
        const note = await publishedCheckpoint(dossier.database);
        // The spec: mutable, so not cached beyond a few seconds.
        return reply.header('cache-control', 'no-cache').type('text/plain; charset=utf-8').send(note);
      },
    );
    api.get<{ Params: { '*': string } }>(
      '/ledger/tlog/tile/*',
      {
        schema: {
          description: 'A hash tile, tile/<L>/<N>[.p/<W>] as c2sp.org/tlog-tiles defines it. Entry bundles (tile/entries/…) are not served.',
          params: { type: 'object', required: ['*'], properties: { '*': { type: 'string', maxLength: 100 } } },
        },
        config: { access: { permission: 'public' } },
      },
      async (request, reply) => {
        if (!options.publish) {
          throw new DossierError('NOT_FOUND', "this instance does not publish its log's hash tiles: they include every entry's leaf hash; its operator can (serve --publish-log, or DOSSIER_PUBLISH_LOG=1)");
        }
        const tile = await publishedTile(dossier.ledger, request.params['*']);
        return reply.header('cache-control', IMMUTABLE).type('application/octet-stream').send(Buffer.from(tile));
      },
    );
  };
}
