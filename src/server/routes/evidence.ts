import type { MultipartFile } from '@fastify/multipart';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Dossier } from '../../app/open.js';
import { DossierError, invalidField } from '../../common/errors.js';
import { viewEvidence } from '../../evidence/custody.js';
import { getEvidence, getEvidenceInCase, listEvidence, seenFrom, type EvidenceItem, type Intake, type IngestResult } from '../../evidence/evidence.js';
import { takeIntoCase, type IntakeFile } from '../../evidence/intake.js';
import { casesWith } from '../../access/principal.js';
import { searchCaseTexts } from '../../evidence/evidence-text-search.js';
import { extractEvidenceText, hasExtractableText } from '../../evidence/evidence-text.js';
import { getEvidenceCredentials, mayCarryCredentials, readEvidenceCredentials } from '../../evidence/evidence-credentials.js';
import { getEvidenceMetadata, hasMediaMetadata, readEvidenceMetadata } from '../../evidence/evidence-metadata.js';
import type { EvidenceExaminer } from '../../evidence/examinations.js';
import { incidentSitesFromItem } from '../../evidence/item-places.js';
import { listEvidenceByMetadata, parseMetadataFilter, type MetadataFilterInput } from '../../evidence/metadata-search.js';
import { hasDerivatives, makeDerivatives, thumbnailsOf } from '../../evidence/derivatives.js';
import { registerDerivativeRoutes } from './evidence-derivatives.js';
import { blurDecisions } from '../../sensitivity/blur.js';
import { subjectsLabelled } from '../../sensitivity/labels.js';
import { openSuggestionsOf } from '../../sensitivity/suggestions.js';
import { requestActor } from '../access.js';
import { findLookAlikes, hasLookAlikes } from '../../similarity/look-alikes.js';
import { similarItems } from '../../similarity/similar-items.js';
import { requireMultipartBoundary } from '../content-type.js';
import { multipartFault } from '../multipart-faults.js';
import { uploadWordings } from '../../evidence/upload-wordings.js';
import { UploadFields } from '../upload-fields.js';

const refParams = { type: 'object', required: ['ref'], properties: { ref: { type: 'string', maxLength: 100 } } } as const;
const caseParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 64 } } } as const;
const textSearchQuery = {
  type: 'object',
  required: ['q'],
  additionalProperties: false,
  properties: { q: { type: 'string', minLength: 1, maxLength: 500 }, limit: { type: 'integer', minimum: 1, maximum: 200 } },
} as const;
const similarQuery = { type: 'object', additionalProperties: false, properties: { maxDistance: { type: 'integer', minimum: 0, maximum: 32 } } } as const;
const listQuery = { type: 'object', additionalProperties: false, properties: { case: { type: 'string', maxLength: 64 } } } as const;
/** A case's items found by their own metadata (metadata-search.ts); without any of these, every item. */
const caseListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    near: { type: 'string', minLength: 1, maxLength: 200, description: 'taken near a place (its GPS): a name, a P-code, or "lat,lon"' },
    withinKm: { type: 'number', description: 'with near: how far from it, in km (default 5)' },
    takenFrom: { type: 'string', maxLength: 10, description: 'taken on or after a year, month or day, by the device’s clock' },
    takenTo: { type: 'string', maxLength: 10, description: 'taken on or before a year, month or day, by the device’s clock' },
    device: { type: 'string', maxLength: 100, description: 'words of the device’s make or model' },
    edited: { type: 'boolean', description: 'only items with (true) or without (false) traces of editing' },
    hasGps: { type: 'boolean', description: 'only items whose metadata gives a GPS position (to map them)' },
    label: { type: 'string', minLength: 1, maxLength: 64, description: 'only items carrying this sensitivity label in the case (src/sensitivity)' },
  },
} as const;

export interface EvidenceRouteOptions {
  maxUploadBytes?: number | undefined;
  /** The server's examiner (app.ts owns it): read-again requests go through it, one item at a time. */
  examiner: EvidenceExaminer;
  /** Told when an upload queued its examinations, so this server's runner (if it has one) starts them now. */
  onExaminationsQueued: () => void;
}

export function evidenceRoutes(dossier: Dossier, { maxUploadBytes, examiner, onExaminationsQueued }: EvidenceRouteOptions): FastifyPluginAsync {
  const db = dossier.database.db;
  const examinationDeps = { database: dossier.database, vault: dossier.vault, tmpDir: dossier.tmpDir, ledger: dossier.ledger };
  return async (api) => {
    api.get<{ Querystring: { case?: string } }>('/evidence', { schema: { querystring: listQuery }, config: { access: { permission: 'evidence:read', case: 'each' } } }, async (request) => {
      const allowed = request.allowedCases ?? [];
      const wanted = request.query.case;
      // Another case's name gets the same empty answer as a case that does not exist.
      const caseIds = wanted === undefined ? allowed : allowed.includes(wanted) ? [wanted] : [];
      return { items: await listEvidence(dossier, { caseIds }) };
    });
    api.get<{ Params: { id: string }; Querystring: MetadataFilterInput & { label?: string } }>(
      '/cases/:id/evidence',
      { schema: { params: caseParams, querystring: caseListQuery }, config: { access: { permission: 'evidence:read', case: { param: 'id' } } } },
      async (request) => {
        const { label, ...metadataQuery } = request.query;
        const filtered = Object.keys(metadataQuery).length > 0;
        const filter = filtered ? parseMetadataFilter(metadataQuery, await dossier.places()) : undefined;
        let items = filter ? await listEvidenceByMetadata(dossier, request.params.id, filter) : await listEvidence(dossier, { caseId: request.params.id });
        if (label !== undefined) {
          const labelled = await subjectsLabelled(db, request.params.id, 'evidence', label);
          items = items.filter((item) => labelled.has(item.id));
        }
        // Each item's thumbnail (a derivative) by its SHA-256, for the list to show: GET …/derivatives/{sha256}.
        const thumbnails = await thumbnailsOf(db, items.map((item) => item.id));
        // Its sensitivity labels in this case, those suggested at intake, and whether its thumbnail comes blurred to this reader.
        const ids = items.map((item) => item.id);
        const [blur, suggested] = await Promise.all([blurDecisions(db, request.principal!.userId, ids, [request.params.id]), openSuggestionsOf(db, request.params.id, 'evidence')]);
        return {
          ...(filter && { filter }),
          ...(label !== undefined && { label }),
          items: items.map((item) => ({ ...item, thumbnail: thumbnails.get(item.id) ?? null, labels: blur.get(item.id)?.labels ?? [], suggestedLabels: suggested.get(item.id) ?? [], blurred: blur.get(item.id)?.blurred ?? false })),
        };
      },
    );
    api.get<{ Params: { id: string }; Querystring: { q: string; limit?: number } }>(
      '/cases/:id/evidence/search',
      { schema: { params: caseParams, querystring: textSearchQuery }, config: { access: { permission: 'evidence:read', case: { param: 'id' } } } },
      async (request) => {
        return { query: request.query.q, hits: await searchCaseTexts(dossier.database, request.params.id, request.query.q, request.query.limit ?? 50) };
      },
    );
    api.get<{ Params: { ref: string } }>('/evidence/:ref', { schema: { params: refParams }, config: { access: { permission: 'evidence:read', case: { evidenceParam: 'ref' } } } }, async (request) => {
      // The other cases holding the same file, and what their intakes said, are not the caller's business.
      const [item] = await seenFrom(db, [await getEvidence(dossier, request.params.ref)], casesWith(request.principal!, 'evidence:read'));
      // What the file's own metadata says, as read (the raw tags: POST …/metadata answers them).
      const metadata = await getEvidenceMetadata(dossier.database, item!.id);
      // Its GPS against the sites of the incidents citing it, in the cases whose records the caller may read.
      const gps = metadata?.reading.gps;
      const recordCases = casesWith(request.principal!, 'records:read').filter((caseId) => item!.cases.includes(caseId));
      const incidentSites = gps ? await incidentSitesFromItem(dossier.database, item!.id, gps, recordCases) : [];
      // Its content credentials (C2PA), as last read: the verdict and what the manifest says.
      const credentials = await getEvidenceCredentials(dossier.database, item!.id);
      return { ...item, metadata: metadata && { tool: metadata.tool, readAt: metadata.readAt, reading: metadata.reading }, incidentSites, credentials };
    });
    // Items of the caller's cases that look like this one (perceptual hashes), with who took which in first.
    api.get<{ Params: { ref: string }; Querystring: { maxDistance?: number } }>(
      '/evidence/:ref/similar',
      { schema: { params: refParams, querystring: similarQuery }, config: { access: { permission: 'evidence:read', case: { evidenceParam: 'ref' } } } },
      async (request) => {
        const item = await getEvidence(dossier, request.params.ref);
        return similarItems(db, item.id, casesWith(request.principal!, 'evidence:read'), request.query.maxDistance);
      },
    );
    api.get<{ Params: { ref: string } }>('/evidence/:ref/content', { schema: { params: refParams }, config: { access: { permission: 'evidence:read', case: { evidenceParam: 'ref' } } } }, async (request, reply) => {
      const [seen] = await seenFrom(db, [await getEvidence(dossier, request.params.ref)], casesWith(request.principal!, 'evidence:read'));
      const { stream } = await viewEvidence(dossier, requestActor(request), request.params.ref, 'view', seen!.cases[0]);
      return sendEvidenceContent(reply, seen!, stream);
    });
    // Reading an item of the case again, on demand: its original metadata, its content credentials, or its text (OCR of a scan).
    const itemParams = { type: 'object', required: ['id', 'ref'], properties: { id: { type: 'string', maxLength: 64 }, ref: { type: 'string', maxLength: 80 } } } as const;
    const readAgain = (what: string, summary: string, read: (item: EvidenceItem & { intakes: Intake[] }, caseId: string, actor: string) => Promise<unknown>) =>
      api.post<{ Params: { id: string; ref: string } }>(
        `/cases/:id/evidence/:ref/${what}`,
        { schema: { summary, params: itemParams }, config: { access: { permission: 'evidence:add', case: { param: 'id' } } } },
        // One item read at a time, behind the uploads' own readings (OCR holds a core).
        async (request) => {
          const item = await getEvidenceInCase(dossier, request.params.id, request.params.ref, 'ref');
          return examiner.oneAtATime(() => read(item, request.params.id, requestActor(request)));
        },
      );
    readAgain('metadata', 'Read an item’s original metadata again (ExifTool): capture time and zone, GPS, device, software, edit traces, and the raw tags', async (item) => {
      if (!hasMediaMetadata(item.mediaType)) throw invalidField('ref', `${item.mediaType} carries no metadata read here: images, videos, audio and PDFs do`, item.id);
      return readEvidenceMetadata(examinationDeps, examiner.metadataReader(), item);
    });
    readAgain('credentials', 'Read an item’s content credentials (C2PA manifest) again: claim generator, actions, ingredients, signer, and whether signature and hashes hold (signers are never on a trust list here)', async (item) => {
      if (!mayCarryCredentials(item.mediaType)) throw invalidField('ref', `${item.mediaType} carries no content credentials read here: images and videos do`, item.id);
      return readEvidenceCredentials(examinationDeps, item);
    });
    readAgain('text', 'Read an item’s text again (a PDF’s text layer, OCR of its scanned pages or of an image, a text document) and make it searchable and extractable', async (item, caseId) => {
      if (!hasExtractableText(item.mediaType)) throw invalidField('ref', `${item.mediaType} has no text to read: PDFs, images and text documents do`, item.id);
      return { evidenceId: item.id, ...(await extractEvidenceText(examinationDeps, item, caseId)) };
    });
    readAgain('derivatives', 'Make an item’s derivatives again: a video’s preview (H.264, first 10 minutes), keyframes, contact sheet and thumbnail; an image’s or a PDF’s thumbnail', async (item, caseId, actor) => {
      if (!hasDerivatives(item.mediaType)) throw invalidField('ref', `${item.mediaType} gets no derivatives: videos, images and PDFs do`, item.id);
      return makeDerivatives(examinationDeps, item, actor, caseId);
    });
    registerDerivativeRoutes(api, dossier);
    readAgain('look-alikes', 'Hash an image (or a video’s keyframes) again (perceptual hash) and link it to the case’s items that look like it, logged in the ledger', async (item, caseId, actor) => {
      if (!hasLookAlikes(item.mediaType)) throw invalidField('ref', `${item.mediaType} is not an image or a video whose look-alikes are found: JPEG, PNG, WebP, GIF, TIFF, AVIF, HEIF and videos are`, item.id);
      return findLookAlikes(examinationDeps, actor, item, caseId);
    });
    api.post<{ Params: { id: string } }>('/cases/:id/evidence', { schema: { params: caseParams }, config: { access: { permission: 'evidence:add', case: { param: 'id' } } } }, async (request, reply) => {
      if (!request.isMultipart()) throw invalidField('body', 'must be multipart/form-data with one or more file parts');
      requireMultipartBoundary(request.headers['content-type']);
      const results = await takeUpload(dossier, request, { maxUploadBytes, onExaminationsQueued });
      if (results.length === 0) throw invalidField('file', 'no file part in the upload');
      return reply.code(201).send({ items: results.map(({ item, intake, duplicate }) => ({ item, intake, duplicate })) });
    });
  };
}

/** An evidence item's bytes, as an attachment no browser renders, with its SHA-256 for the receiver to check. */
export function sendEvidenceContent(reply: FastifyReply, item: EvidenceItem, stream: NodeJS.ReadableStream): FastifyReply {
  return reply
    .type(item.mediaType)
    .header('content-length', item.size)
    .header('repr-digest', `sha-256=:${Buffer.from(item.sha256, 'hex').toString('base64')}:`)
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', 'sandbox')
    // RFC 6266 / 8187: the UTF-8 form keeps Arabic file names intact; attachment, so no browser renders evidence.
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(item.originalName)}`)
    .send(stream);
}

/** How far the upload was read: the multipart faults are said with it (multipart-faults.ts). */
interface UploadProgress {
  partsSeen: number;
  receiving?: string | undefined;
  /** Every part was read (the error, if any, came after: it is not the upload's). */
  finished?: boolean;
}

/**
 * Takes the upload into the case (intake.ts), answered as the uploader sees it, its examinations queued for after
 * the answer: text (OCR takes seconds), metadata and the rest are read by whichever server or worker is free (the
 * jobs queue); `dossier evidence …` redoes each. A failure mid-way (a body cut short included) keeps nothing of
 * the file it interrupts; the files before it stay recorded, and the error says so.
 */
async function takeUpload(dossier: Dossier, request: FastifyRequest, options: { maxUploadBytes?: number | undefined; onExaminationsQueued: () => void }): Promise<IngestResult[]> {
  const { id: caseId } = request.params as { id: string };
  const stored: IngestResult[] = [];
  const progress: UploadProgress = { partsSeen: 0 };
  try {
    return await takeIntoCase(dossier, requestActor(request), caseId, fileParts(dossier, request, progress, options.maxUploadBytes), {
      // Said from the uploader's side: a file already held only by cases they cannot read is not a duplicate to them.
      seenFrom: casesWith(request.principal!, 'evidence:read'),
      then: { examine: 'later', onQueued: options.onExaminationsQueued },
      onTaken: (result) => void stored.push(result),
    });
  } catch (caught) {
    if (progress.finished) throw caught;
    const error = multipartFault(caught, progress) ?? caught;
    if (stored.length === 0 || !(error instanceof DossierError)) throw error;
    // The wording says the error alone: without it, the app shows the whole English, the files stored included.
    const details = { ...error.details };
    delete details.wording;
    throw new DossierError(error.code, `${error.message} (after ${stored.length} file(s) were stored and recorded)`, {
      ...details,
      stored: stored.map((r) => r.item.sha256),
    });
  }
}

/**
 * The upload's files, part by part: text fields apply to the files after them (upload-fields.ts), and each file
 * streams into the vault as it arrives, read only when the intake asks for it (once the case is checked).
 */
async function* fileParts(dossier: Dossier, request: FastifyRequest, progress: UploadProgress, maxUploadBytes?: number): AsyncIterable<IntakeFile> {
  const { id: caseId } = request.params as { id: string };
  const fields = new UploadFields(dossier.database, caseId);
  for await (const part of request.parts()) {
    progress.partsSeen += 1;
    if (part.type === 'field') {
      await fields.take(part.fieldname, String(part.value));
      continue;
    }
    progress.receiving = part.filename || 'upload.bin';
    yield {
      originalName: progress.receiving,
      ...fields.forFile(),
      content: guardTruncation(part),
      ...(maxUploadBytes !== undefined && { maxBytes: maxUploadBytes }),
    };
    progress.receiving = undefined;
  }
  fields.finish();
  progress.finished = true;
}

/** busboy ends a file silently at the size limit: turn that into an error so nothing partial is stored. */
async function* guardTruncation(part: MultipartFile): AsyncIterable<Uint8Array> {
  yield* part.file;
  if (part.file.truncated) {
    const said = uploadWordings.say('fileTooLarge', { name: part.filename });
    throw new DossierError('PAYLOAD_TOO_LARGE', said.text, { field: part.fieldname, wording: said });
  }
}
