import { Type, type Static } from 'typebox';
import { invalidField } from '../common/errors.js';
import { patchOf, RecordStamps, Reference, Terms } from '../records/fields.js';
import type { RecordKind } from '../records/record-kind.js';
import { CountSchema, describeCount, normaliseCount } from '../values/count.js';
import { VICTIM_COUNTING_UNITS, VICTIM_PROTECTED_STATUSES } from '../vocab/vocabularies.js';
import { VICTIM_FIGURES } from './victim-figure-kinds.js';

export { VICTIM_FIGURES, type VictimFigure } from './victim-figure-kinds.js';

const fields = {
  incidentId: Reference('inc', 'The incident the victims belong to'),
  actId: Type.Optional(Reference('act', 'The act that harmed them, when known')),
  description: Type.Optional(Type.String({ maxLength: 2000, description: 'e.g. "aid workers of the convoy"' })),
  countingUnit: Type.Enum(VICTIM_COUNTING_UNITS, { description: 'What is counted (vocabulary victim_counting_units)' }),
  protectedStatuses: Type.Optional(Terms(VICTIM_PROTECTED_STATUSES, 'Protected status of the group (vocabulary victim_protected_statuses)')),
  killed: Type.Optional(CountSchema),
  injured: Type.Optional(CountSchema),
  missing: Type.Optional(CountSchema),
  detained: Type.Optional(CountSchema),
  displaced: Type.Optional(CountSchema),
};

export const VictimGroupCreateSchema = Type.Object(fields, { additionalProperties: false, $id: 'VictimGroupCreate' });
export type VictimGroupDoc = Static<typeof VictimGroupCreateSchema>;
export const VictimGroupSchema = Type.Object({ ...RecordStamps, ...fields }, { $id: 'VictimGroup' });

/** People harmed, counted with their imprecision: each figure is a Count, never a bare number. */
export const victimGroupKind: RecordKind<VictimGroupDoc> = {
  name: 'victim_group',
  idPrefix: 'vg',
  plural: 'victim-groups',
  label: 'victim group',
  createSchema: VictimGroupCreateSchema,
  patchSchema: patchOf(VictimGroupCreateSchema, 'Fields to change; null removes an optional field'),
  viewSchema: VictimGroupSchema,
  async prepare(ctx, input) {
    await ctx.requireRecord('incidentId', 'incident', input.incidentId);
    if (input.actId) {
      const act = await ctx.requireRecord('actId', 'act', input.actId);
      if (act.doc.incidentId !== input.incidentId) throw invalidField('actId', `act ${input.actId} belongs to another incident`, input.actId);
    }
    const doc: VictimGroupDoc = { ...input };
    for (const figure of VICTIM_FIGURES) {
      const count = doc[figure];
      if (count) doc[figure] = normaliseCount(figure, count);
    }
    return doc;
  },
  index(doc) {
    const figures = VICTIM_FIGURES.filter((f) => doc[f]).map((f) => `${f} ${describeCount(doc[f]!)}`);
    return {
      title: doc.description ?? figures.join(', ') ?? doc.countingUnit,
      parentId: doc.incidentId,
      incidentId: doc.incidentId,
      terms: (doc.protectedStatuses ?? []).map((term) => ({ vocab: 'protected_status', term })),
      search: doc.description ? { title: doc.description, body: figures.join(', ') } : null,
    };
  },
};
