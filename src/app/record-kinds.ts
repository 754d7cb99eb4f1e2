import { actorKind } from '../actors/actor-kind.js';
import { involvementKind } from '../actors/involvement-kind.js';
import { actKind } from '../incidents/act-kind.js';
import { contextEventKind } from '../incidents/context-event-kind.js';
import { incidentKind } from '../incidents/incident-kind.js';
import { victimGroupKind } from '../incidents/victim-group-kind.js';
import { assessmentKind } from '../qualifications/assessment-kind.js';
import { qualificationKind } from '../qualifications/qualification-kind.js';
import type { RecordKind, RecordKindName } from '../records/record-kind.js';
import { siteKind } from '../sites/site-kind.js';
import { claimKind } from '../sources/claim-kind.js';
import { sourceKind } from '../sources/source-kind.js';

/** Every kind of record of the documentation model, in the order the API documents them. */
export const RECORD_KIND_LIST: readonly RecordKind<any>[] = [
  incidentKind,
  actKind,
  victimGroupKind,
  actorKind,
  involvementKind,
  siteKind,
  sourceKind,
  claimKind,
  qualificationKind,
  assessmentKind,
  contextEventKind,
];

export const RECORD_KIND_BY_NAME = new Map<RecordKindName, RecordKind<any>>(RECORD_KIND_LIST.map((kind) => [kind.name, kind]));
export const RECORD_KIND_BY_PLURAL = new Map<string, RecordKind<any>>(RECORD_KIND_LIST.map((kind) => [kind.plural, kind]));
