import { Type, type Static } from 'typebox';
import { invalidField } from '../common/errors.js';
import { patchOf, RecordStamps, Reference } from '../records/fields.js';
import { RECORD_KINDS, type PrepareContext, type RecordKind, type RecordKindName } from '../records/record-kind.js';
import { resolveDate } from '../values/uncertain-date.js';
import { CLAIM_STANCES, SOURCE_CREDIBILITY } from '../vocab/vocabularies.js';
import { checkClaimValue } from './claimable-fields.js';

export const CLAIM_STATUSES = ['pending', 'accepted', 'rejected'] as const;

const Locator = Type.Object(
  {
    page: Type.Optional(Type.Integer({ minimum: 1 })),
    paragraph: Type.Optional(Type.String({ maxLength: 50, description: 'e.g. "para. 91"' })),
    timecode: Type.Optional(Type.String({ pattern: '^\\d{1,3}:\\d{2}(:\\d{2})?(\\.\\d{1,3})?(-\\d{1,3}:\\d{2}(:\\d{2})?(\\.\\d{1,3})?)?$', description: 'mm:ss or hh:mm:ss, or a span start-end' })),
    region: Type.Optional(
      Type.Object(
        { x: Type.Number({ minimum: 0 }), y: Type.Number({ minimum: 0 }), width: Type.Number({ minimum: 1 }), height: Type.Number({ minimum: 1 }) },
        { additionalProperties: false, description: 'Image region in pixels' },
      ),
    ),
    span: Type.Optional(
      Type.Object(
        { start: Type.Integer({ minimum: 0 }), end: Type.Integer({ minimum: 0 }) },
        { additionalProperties: false, description: 'Characters of the page’s text (or of the whole text), from start up to end' },
      ),
    ),
  },
  { additionalProperties: false },
);

const fields = {
  subject: Type.Object(
    {
      kind: Type.Enum(RECORD_KINDS, { description: 'Kind of the record the claim is about' }),
      id: Type.String({ minLength: 1, maxLength: 64 }),
      field: Type.String({ minLength: 1, maxLength: 64, description: 'e.g. killed, date, place, occurred, attribution' }),
    },
    { additionalProperties: false },
  ),
  value: Type.Optional(Type.Unknown({ description: 'The value claimed, typed by the field: a Count, a date, a Place, terms or text' })),
  stance: Type.Enum(CLAIM_STANCES, { description: 'Vocabulary claim_stances' }),
  sourceId: Type.Optional(Reference('src', 'Who said it')),
  evidenceIds: Type.Optional(Type.Array(Reference('ev', 'Evidence items that hold the claim'), { uniqueItems: true, maxItems: 100 })),
  excerpt: Type.Optional(Type.String({ maxLength: 20_000, description: 'The words of the source' })),
  locator: Type.Optional(Locator),
  madeOn: Type.Optional(Type.String({ minLength: 4, maxLength: 60, description: 'EDTF date the claim was made' })),
  credibility: Type.Optional(Type.Enum(SOURCE_CREDIBILITY, { description: 'Admiralty credibility 1 (confirmed) … 6 (cannot be judged)' })),
  status: Type.Optional(Type.Enum(CLAIM_STATUSES, { description: 'Whether analysts accept the claim for the displayed figures (default pending)' })),
  note: Type.Optional(Type.String({ maxLength: 20_000 })),
  extraction: Type.Optional(
    Type.Object(
      { id: Type.String({ minLength: 1, maxLength: 64 }), candidate: Type.Integer({ minimum: 0 }) },
      { additionalProperties: false, description: 'The extraction and candidate incident the claim was accepted from' },
    ),
  ),
};

export const ClaimCreateSchema = Type.Object(fields, { additionalProperties: false, $id: 'ClaimCreate' });
export type ClaimDoc = Static<typeof ClaimCreateSchema> & { incidentId?: string };
export const ClaimSchema = Type.Object({ ...RecordStamps, ...fields, incidentId: Type.Optional(Type.String()) }, { $id: 'Claim' });

async function requireExtraction(trx: PrepareContext['trx'], caseId: string, extraction: { id: string; candidate: number }): Promise<void> {
  const found = await trx.selectFrom('extraction_candidates').select('number').where('extraction_id', '=', extraction.id).where('number', '=', extraction.candidate).where('case_id', '=', caseId).executeTakeFirst();
  if (!found) throw invalidField('extraction', `no candidate ${extraction.candidate} of an extraction ${extraction.id} in case ${caseId}`, extraction.id);
}

/** Something a source (or an evidence item) says about one field of one record, with where it says it. */
export const claimKind: RecordKind<ClaimDoc> = {
  name: 'claim',
  idPrefix: 'clm',
  plural: 'claims',
  label: 'claim',
  createSchema: ClaimCreateSchema,
  patchSchema: patchOf(ClaimCreateSchema, 'Fields to change; null removes an optional field'),
  viewSchema: ClaimSchema,
  derivedFields: ['incidentId'],
  async prepare(ctx, input) {
    if (!input.sourceId && !input.evidenceIds?.length) throw invalidField('sourceId', 'a claim needs a source or at least one evidence item');
    if (input.sourceId) await ctx.requireRecord('sourceId', 'source', input.sourceId);
    for (const [i, id] of (input.evidenceIds ?? []).entries()) await ctx.requireEvidence(`evidenceIds[${i}]`, id);
    const subjectKind = input.subject.kind as RecordKindName;
    if (subjectKind === 'claim' || subjectKind === 'assessment') throw invalidField('subject.kind', `claims are not made about ${subjectKind}s`);
    const subject = await ctx.requireRecord('subject.id', subjectKind, input.subject.id);
    const value = checkClaimValue(subjectKind, input.subject.field, input.value, ctx.gazetteer);
    if (input.madeOn) resolveDate('madeOn', { edtf: input.madeOn });
    if (input.locator?.span && input.locator.span.end < input.locator.span.start) throw invalidField('locator.span.end', 'must not come before locator.span.start', input.locator.span.end);
    if (input.extraction) await requireExtraction(ctx.trx, ctx.caseId, input.extraction);
    const doc: ClaimDoc = { ...input, status: input.status ?? 'pending' };
    if (value === undefined) delete doc.value;
    else doc.value = value;
    if (subject.incidentId) doc.incidentId = subject.incidentId;
    return doc;
  },
  index(doc) {
    const made = doc.madeOn ? resolveDate('madeOn', { edtf: doc.madeOn }) : null;
    return {
      title: `${doc.subject.kind}.${doc.subject.field}`,
      parentId: doc.subject.id,
      incidentId: doc.incidentId ?? null,
      status: doc.status ?? 'pending',
      date: made && { earliest: made.earliest, latest: made.latest },
      terms: [{ vocab: 'stance', term: doc.stance }],
      search: doc.excerpt ? { title: `${doc.subject.field} claim`, body: doc.excerpt } : null,
    };
  },
};
