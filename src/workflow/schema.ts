import { Type } from 'typebox';
import { WORKFLOW_STATUSES } from '../vocab/vocabularies.js';

/** The workflow's shapes, once: route validation, responses and OpenAPI derive from them. */
const Status = Type.Enum(WORKFLOW_STATUSES, { description: 'Workflow status (vocabulary workflow_statuses)' });
const IncidentId = Type.String({ minLength: 1, maxLength: 64 });

const changeFields = {
  status: Type.Optional(Status),
  assignees: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 50, description: 'Account names of case members who read its records; replaces the list' })),
  dueDate: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 10, description: 'YYYY-MM-DD; null clears it' })])),
  reason: Type.Optional(Type.String({ maxLength: 2000, description: 'Why it is cancelled: required with status "cancelled"' })),
  duplicateOf: Type.Optional(Type.String({ maxLength: 64, description: 'When cancelling a duplicate: the incident of this case it duplicates' })),
  addAssignees: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 50, description: 'Account names added to the assignees, the others kept (instead of assignees)' })),
  removeAssignees: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 50, description: 'Account names taken off the assignees, the others kept (instead of assignees)' })),
  expected: Type.Optional(
    Type.Object(
      {
        status: Type.Optional(Status),
        assignees: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 50 })),
      },
      { additionalProperties: false, description: 'The status and assignees the sender loaded: the change is refused (409, naming who holds it now) if the incident has changed since, as when two people claim it at once' },
    ),
  ),
};

export const WorkflowChangeSchema = Type.Object(changeFields, { additionalProperties: false, $id: 'WorkflowChange' });

export const BulkWorkflowChangeSchema = Type.Object(
  { incidentIds: Type.Array(IncidentId, { minItems: 1, maxItems: 500, description: 'The incidents to change, all or none' }), ...changeFields },
  { additionalProperties: false, $id: 'BulkWorkflowChange' },
);

export const IncidentWorkflowSchema = Type.Object(
  {
    incidentId: Type.String(),
    status: Status,
    statusSince: Type.String({ description: 'When it entered its status' }),
    assignees: Type.Array(Type.String()),
    dueDate: Type.Union([Type.String(), Type.Null()]),
    duplicateOf: Type.Union([Type.String(), Type.Null()], { description: 'The incident this one was cancelled as a duplicate of' }),
    cancelReason: Type.Union([Type.String(), Type.Null()]),
    duplicates: Type.Array(Type.String(), { description: 'Incidents cancelled as duplicates of this one' }),
  },
  { $id: 'IncidentWorkflow' },
);

const statusList = Type.Array(Status);
export const TransitionTableSchema = Type.Object(
  Object.fromEntries(WORKFLOW_STATUSES.map((status) => [status, Type.Optional(statusList)])),
  { additionalProperties: false, description: 'Each status and the statuses it may move to; a status left out moves nowhere' },
);

export const CaseTransitionsSchema = Type.Object({ caseId: Type.String(), transitions: TransitionTableSchema, custom: Type.Boolean() }, { $id: 'CaseTransitions' });

export const QueueItemSchema = Type.Object({
  id: Type.String(),
  kind: Type.Optional(Type.Enum(['incident', 'evidence'], { description: 'An incident, or an evidence item awaiting processing' })),
  title: Type.String(),
  status: Status,
  statusSince: Type.String(),
  assignees: Type.Array(Type.String()),
  dueDate: Type.Union([Type.String(), Type.Null()]),
});

const Tags = (description: string) => Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { maxItems: 30, description }));
export const BulkTagChangeSchema = Type.Object(
  {
    incidentIds: Type.Array(IncidentId, { minItems: 1, maxItems: 500, description: 'The incidents to retag, all or none' }),
    add: Tags('Tags added to each incident that lacks them'),
    remove: Tags('Tags taken off each incident that has them'),
  },
  { additionalProperties: false, $id: 'BulkTagChange' },
);

export const RetaggedIncidentSchema = Type.Object({
  id: Type.String(),
  rev: Type.Integer({ description: 'Its revision after the change' }),
  tags: Type.Array(Type.String()),
  changed: Type.Boolean({ description: 'False when it already had the tags asked for: no revision, no ledger entry' }),
});

export const EvidenceWorkflowChangeSchema = Type.Object(
  {
    status: changeFields.status,
    assignees: changeFields.assignees,
    addAssignees: changeFields.addAssignees,
    removeAssignees: changeFields.removeAssignees,
    dueDate: changeFields.dueDate,
    reason: changeFields.reason,
    expected: changeFields.expected,
  },
  { additionalProperties: false, $id: 'EvidenceWorkflowChange' },
);

export const EvidenceWorkflowSchema = Type.Object(
  {
    evidenceId: Type.String(),
    caseId: Type.String(),
    status: Status,
    statusSince: Type.String({ description: 'When it entered its status (its link to the case for an item never moved)' }),
    assignees: Type.Array(Type.String()),
    dueDate: Type.Union([Type.String(), Type.Null()]),
    cancelReason: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: 'EvidenceWorkflow' },
);
