import type { FastifyInstance } from 'fastify';
import type { Dossier } from '../../app/open.js';
import { casesWith } from '../../access/principal.js';
import { listDerivatives, viewDerivative } from '../../evidence/derivatives.js';
import { getEvidence, seenFrom } from '../../evidence/evidence.js';
import { blurDecision, blurredImage } from '../../sensitivity/blur.js';
import { DossierError } from '../../common/errors.js';
import { requestActor } from '../access.js';

const refParams = { type: 'object', required: ['ref'], properties: { ref: { type: 'string', maxLength: 100 } } } as const;
const derivativeParams = {
  type: 'object',
  required: ['ref', 'sha256'],
  properties: { ref: { type: 'string', maxLength: 100 }, sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' } },
} as const;
const readAccess = { access: { permission: 'evidence:read', case: { evidenceParam: 'ref' } } } as const;

/**
 * An item's derivatives (its video's preview, keyframes, contact sheet, its thumbnail): listed, and their bytes
 * shown in the page. Unlike the evidence itself (always an attachment), they are shown inline: they are our own
 * JPEGs and MP4s, made by ffmpeg or sharp, of three types only; each view is audited as a read (access/audit-log.ts).
 */
export function registerDerivativeRoutes(api: FastifyInstance, dossier: Dossier): void {
  const db = dossier.database.db;
  api.get<{ Params: { ref: string } }>('/evidence/:ref/derivatives', { schema: { summary: 'List the files made from an item for viewing: a video’s preview, keyframes, contact sheet; thumbnails', params: refParams }, config: readAccess }, async (request) => {
    const item = await getEvidence(dossier, request.params.ref);
    return { evidenceId: item.id, derivatives: await listDerivatives(db, item.id) };
  });
  api.get<{ Params: { ref: string; sha256: string } }>('/evidence/:ref/derivatives/:sha256', { schema: { summary: 'The bytes of one derivative of an item (JPEG, PNG or MP4), shown inline; the view is logged', params: derivativeParams }, config: readAccess }, async (request, reply) => {
    const [seen] = await seenFrom(db, [await getEvidence(dossier, request.params.ref)], casesWith(request.principal!, 'evidence:read'));
    // An item the reader's care setting blurs (src/sensitivity) is sent blurred until they click through.
    const { blurred, labels } = await blurDecision(db, request.principal!.userId, seen!.id, seen!.cases);
    if (blurred) {
      const kept = (await listDerivatives(db, seen!.id)).find((d) => d.sha256 === request.params.sha256);
      if (kept?.mediaType.startsWith('video/')) {
        throw new DossierError('FORBIDDEN', `evidence ${seen!.id} is labelled ${labels.join(', ') || 'for blurring'}: its video plays after the click-through (POST /evidence/${seen!.id}/reveal)`, { field: 'reveal', labels });
      }
      const { stream } = await viewDerivative(dossier, requestActor(request), seen!, request.params.sha256, { caseId: seen!.cases[0] });
      return reply
        .type('image/jpeg')
        .header('x-dossier-blurred', labels.join(' ') || 'always')
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        // Never cached: after the click-through the same address must fetch the plain picture.
        .header('cache-control', 'no-store')
        .send(await blurredImage(stream));
    }
    const { derivative, stream, range } = await viewDerivative(dossier, requestActor(request), seen!, request.params.sha256, { caseId: seen!.cases[0], rangeHeader: request.headers.range });
    if (range) reply.code(206).header('content-range', `bytes ${range.start}-${range.end}/${derivative.size}`);
    return reply
      .type(derivative.mediaType)
      .header('content-length', range ? range.end - range.start + 1 : derivative.size)
      .header('accept-ranges', 'bytes')
      .header('repr-digest', `sha-256=:${Buffer.from(derivative.sha256, 'hex').toString('base64')}:`)
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      // Private, so no shared cache keeps a view of evidence; not kept at all for a labelled item, whose blur
      // must come back when the click-through expires or the reader's setting changes.
      .header('cache-control', labels.length > 0 ? 'no-store' : 'private, max-age=3600')
      .header('content-disposition', `inline; filename="${derivative.kind}-${derivative.sha256.slice(0, 16)}.${derivative.mediaType === 'video/mp4' ? 'mp4' : derivative.mediaType === 'image/png' ? 'png' : 'jpg'}"`)
      .send(stream);
  });
}
