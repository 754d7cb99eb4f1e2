import { Type, type Static } from 'typebox';
import { invalidField } from '../common/errors.js';
import type { Db } from '../db/schema.js';
import { CalendarDay, RecordStamps, Text } from '../records/fields.js';
import { RECORD_KINDS, type RecordKind, type RecordKindName } from '../records/record-kind.js';
import { STANDARDS_OF_PROOF, VERIFICATION_GRADES } from '../vocab/vocabularies.js';

export const ASSESSMENT_TYPES = ['verification', 'attribution', 'qualification', 'credibility'] as const;

const fields = {
  object: Type.Object(
    { kind: Type.Enum(RECORD_KINDS), id: Type.String({ minLength: 1, maxLength: 64 }) },
    { additionalProperties: false, description: 'What is judged: an incident (verification), an involvement (attribution), a qualification' },
  ),
  assessmentType: Type.Enum(ASSESSMENT_TYPES),
  assessor: Text(300, 'Who judges: an analyst, a review panel, "UN Commission of Inquiry"'),
  assessedOn: CalendarDay,
  method: Type.Optional(Type.String({ maxLength: 5000, description: 'e.g. open-source verification, witness interviews, forensic report' })),
  grade: Type.Optional(Type.Enum(VERIFICATION_GRADES, { description: 'For verification: did it happen' })),
  standard: Type.Optional(Type.Enum(STANDARDS_OF_PROOF, { description: 'For attribution and qualification: the standard of proof reached' })),
  rationale: Text(50_000, 'Why'),
  dissent: Type.Optional(Type.String({ maxLength: 50_000, description: 'A recorded disagreement' })),
};

export const AssessmentCreateSchema = Type.Object(fields, { additionalProperties: false, $id: 'AssessmentCreate' });
export type AssessmentDoc = Static<typeof AssessmentCreateSchema>;
export const AssessmentSchema = Type.Object({ ...RecordStamps, ...fields }, { $id: 'Assessment' });

const OBJECT_KINDS: Record<(typeof ASSESSMENT_TYPES)[number], RecordKindName[]> = {
  verification: ['incident', 'act', 'context_event'],
  attribution: ['involvement'],
  qualification: ['qualification'],
  credibility: ['claim', 'source'],
};

/**
 * A judgement by someone, on a date, at a standard: append-only, so a later view is added beside the
 * earlier one and both stay on the record. An incident's grade is its latest verification assessment.
 */
export const assessmentKind: RecordKind<AssessmentDoc> = {
  name: 'assessment',
  idPrefix: 'asmt',
  plural: 'assessments',
  label: 'assessment',
  createSchema: AssessmentCreateSchema,
  patchSchema: Type.Object({}, { additionalProperties: false }),
  viewSchema: AssessmentSchema,
  appendOnly: true,
  async prepare(ctx, input) {
    const allowed = OBJECT_KINDS[input.assessmentType];
    if (!allowed.includes(input.object.kind as RecordKindName)) {
      throw invalidField('object.kind', `a ${input.assessmentType} assessment judges a ${allowed.join(' or ')}, not a ${input.object.kind}`, input.object.kind);
    }
    await ctx.requireRecord('object.id', input.object.kind as RecordKindName, input.object.id);
    if (input.assessmentType === 'verification' && !input.grade) throw invalidField('grade', 'a verification assessment states a grade');
    if (input.assessmentType !== 'verification' && input.grade) throw invalidField('grade', 'only a verification assessment states a grade');
    if ((input.assessmentType === 'attribution' || input.assessmentType === 'qualification') && !input.standard) {
      throw invalidField('standard', `an ${input.assessmentType} assessment states the standard of proof reached`);
    }
    if (Number.isNaN(Date.parse(`${input.assessedOn}T00:00:00Z`))) throw invalidField('assessedOn', 'is not a calendar date', input.assessedOn);
    return input;
  },
  index(doc) {
    return {
      title: `${doc.assessmentType} by ${doc.assessor}`,
      parentId: doc.object.id,
      incidentId: doc.object.kind === 'incident' ? doc.object.id : null,
      status: doc.grade ?? doc.standard ?? null,
      date: { earliest: `${doc.assessedOn}T00:00:00.000Z`, latest: `${doc.assessedOn}T23:59:59.999Z` },
      terms: [{ vocab: 'assessment_type', term: doc.assessmentType }],
      search: { title: `${doc.assessmentType} assessment`, body: [doc.rationale, doc.dissent].filter(Boolean).join('\n') },
    };
  },
  async afterWrite(trx, record) {
    if (record.doc.assessmentType === 'verification' && record.doc.object.kind === 'incident') await refreshGrade(trx, record.doc.object.id);
  },
};

/** The incident's grade column follows its latest verification (by assessment date, then by recording order). */
async function refreshGrade(trx: Db, incidentId: string): Promise<void> {
  const latest = await trx
    .selectFrom('records')
    .select('status')
    .where('kind', '=', 'assessment')
    .where('parent_id', '=', incidentId)
    .where('id', 'in', trx.selectFrom('record_terms').select('record_id').where('vocab', '=', 'assessment_type').where('term', '=', 'verification'))
    .orderBy('date_earliest', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (latest?.status) await trx.updateTable('records').set({ status: latest.status }).where('id', '=', incidentId).execute();
}
