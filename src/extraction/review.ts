/**
 * Deciding a candidate incident. Accepting records the incident, its act, the victims' figures and the alleged
 * perpetrator's involvement, and a claim for each value the source states, quoting its passage with the page and
 * characters it stands on and naming the evidence item and the extraction; corroborating records those claims on
 * an incident the case already holds; merging folds one candidate into another; rejecting keeps the reason.
 * Each decision is a `review` ledger entry and commits with its records or not at all. Only open candidates are
 * decided, so two reviewers cannot record the same candidate twice.
 */
import { canonicalJson } from '../common/canonical-json.js';
import { DossierError, invalidField, isDossierError } from '../common/errors.js';
import type { Db, ExtractionCandidatesTable } from '../db/schema.js';
import { actKind } from '../incidents/act-kind.js';
import { incidentKind } from '../incidents/incident-kind.js';
import { placeFromCandidate } from '../incidents/quick-entry.js';
import { victimGroupKind } from '../incidents/victim-group-kind.js';
import { involvementKind } from '../actors/involvement-kind.js';
import { commitText } from '../ledger/proofs/commitment.js';
import { newSalt } from '../ledger/salt.js';
import type { Gazetteer } from '../places/gazetteer.js';
import { createRecordIn, type RecordDeps, type RecordView } from '../records/record-store.js';
import { claimKind } from '../sources/claim-kind.js';
import { parseCountText } from '../values/count-text.js';
import type { Place } from '../values/place.js';
import type { ExtractionRunOptions, CandidateReview } from './extraction-store.js';
import { reviewOf } from './extraction-store.js';
import { applyEdits, type ProposalEdits } from './proposal-edits.js';
import { FIGURE_FIELDS, mergeProposals, type Proposal, type ProposalField } from './proposal.js';

export interface ReviewDeps extends RecordDeps {
  gazetteer: Gazetteer;
}

interface CandidateInCase {
  extraction: { id: string; caseId: string; evidenceId: string; options: ExtractionRunOptions };
  row: ExtractionCandidatesTable;
  proposal: Proposal;
}

type Made = { kind: string; id: string };

/** Accepts a candidate as a new incident, with the analyst's edits. */
export async function acceptCandidate(deps: ReviewDeps, actor: string, caseId: string, extractionId: string, number: number, edits: ProposalEdits = {}): Promise<CandidateReview> {
  return deps.database.writeTransaction(async (trx) => {
    const found = await openCandidate(trx, caseId, extractionId, number);
    const { proposal, edited } = applyEdits(found.proposal, edits, { gazetteer: deps.gazetteer, anchor: found.extraction.options.anchor });
    const made = await recordNewIncident(deps, trx, actor, found, proposal, edited);
    return decide(deps, trx, actor, found, proposal, { status: 'accepted', records: made, details: { edited } });
  });
}

/** Records a candidate's values as claims on an incident the case already holds. */
export async function corroborateIncident(
  deps: ReviewDeps,
  actor: string,
  caseId: string,
  extractionId: string,
  number: number,
  incidentId: string,
  edits: ProposalEdits = {},
): Promise<CandidateReview> {
  return deps.database.writeTransaction(async (trx) => {
    const found = await openCandidate(trx, caseId, extractionId, number);
    const { proposal, edited } = applyEdits(found.proposal, edits, { gazetteer: deps.gazetteer, anchor: found.extraction.options.anchor });
    const { made, notRecorded } = await recordCorroboration(deps, trx, actor, found, proposal, edited, incidentId);
    return decide(deps, trx, actor, found, proposal, { status: 'corroborated', records: made, notRecorded, details: { edited, incident: incidentId, ...(notRecorded.length ? { notRecorded } : {}) } });
  });
}

/** Folds candidate `number` into candidate `into`: the same incident told twice. */
export async function mergeCandidate(deps: ReviewDeps, actor: string, caseId: string, extractionId: string, number: number, into: number): Promise<CandidateReview> {
  if (number === into) throw invalidField('into', 'a candidate cannot be merged into itself', into);
  return deps.database.writeTransaction(async (trx) => {
    const merged = await openCandidate(trx, caseId, extractionId, number);
    const target = await openCandidate(trx, caseId, extractionId, into, 'into');
    await trx
      .updateTable('extraction_candidates')
      .set({ proposal: canonicalJson(mergeProposals(target.proposal, merged.proposal)) })
      .where('extraction_id', '=', extractionId)
      .where('number', '=', into)
      .execute();
    return decide(deps, trx, actor, merged, merged.proposal, { status: 'merged', records: [], mergedInto: into, details: { into } });
  });
}

export async function rejectCandidate(deps: ReviewDeps, actor: string, caseId: string, extractionId: string, number: number, reason: string): Promise<CandidateReview> {
  const words = reason.trim();
  if (words === '' || words.length > 2000) throw invalidField('reason', 'say why the candidate is rejected (1 to 2,000 characters)', reason);
  return deps.database.writeTransaction(async (trx) => {
    const found = await openCandidate(trx, caseId, extractionId, number);
    const salt = newSalt();
    return decide(deps, trx, actor, found, found.proposal, { status: 'rejected', records: [], reason: { words, salt }, details: { reason: commitText(salt, 'reason', words) } });
  });
}

async function openCandidate(trx: Db, caseId: string, extractionId: string, number: number, field = 'candidate'): Promise<CandidateInCase> {
  const extraction = await trx.selectFrom('extractions').select(['id', 'case_id', 'evidence_id', 'options']).where('id', '=', extractionId).where('case_id', '=', caseId).executeTakeFirst();
  if (!extraction) throw new DossierError('NOT_FOUND', `no extraction ${extractionId} in case ${caseId}`, { field: 'extractionId', value: extractionId });
  const row = await trx.selectFrom('extraction_candidates').selectAll().where('extraction_id', '=', extractionId).where('number', '=', number).executeTakeFirst();
  if (!row) throw new DossierError('NOT_FOUND', `extraction ${extractionId} has no candidate ${number}`, { field, value: number });
  if (row.status !== 'open') {
    throw new DossierError('CONFLICT', `candidate ${number} of extraction ${extractionId} is already ${row.status}${row.decided_by ? ` (by ${row.decided_by})` : ''}`, { field, value: number });
  }
  return {
    extraction: { id: extraction.id, caseId, evidenceId: extraction.evidence_id, options: JSON.parse(extraction.options) as ExtractionRunOptions },
    row,
    proposal: JSON.parse(row.proposal) as Proposal,
  };
}

async function decide(
  deps: ReviewDeps,
  trx: Db,
  actor: string,
  found: CandidateInCase,
  proposal: Proposal,
  decision: { status: CandidateReview['status']; records: Made[]; notRecorded?: string[]; mergedInto?: number; reason?: { words: string; salt: string }; details: Record<string, unknown> },
): Promise<CandidateReview> {
  const [entry] = await deps.ledger.append(trx, [
    {
      actor,
      action: 'review',
      subject: { case: found.extraction.caseId },
      details: { extraction: found.extraction.id, candidate: found.row.number, decision: decision.status, records: decision.records.map((r) => r.id), ...decision.details },
    },
  ]);
  const changes = {
    status: decision.status,
    proposal: canonicalJson(proposal),
    merged_into: decision.mergedInto ?? null,
    reason: decision.reason?.words ?? null,
    reason_salt: decision.reason?.salt ?? null,
    records: JSON.stringify(decision.records),
    not_recorded: decision.notRecorded?.length ? JSON.stringify(decision.notRecorded) : null,
    decided_at: entry!.time,
    decided_by: actor,
    ledger_seq: entry!.seq,
  };
  await trx.updateTable('extraction_candidates').set(changes).where('extraction_id', '=', found.extraction.id).where('number', '=', found.row.number).execute();
  return reviewOf({ ...found.row, ...changes });
}

async function recordNewIncident(deps: ReviewDeps, trx: Db, actor: string, found: CandidateInCase, proposal: Proposal, edited: readonly string[]): Promise<Made[]> {
  if (!proposal.type) throw invalidField('type', 'choose the kind of incident before accepting: the passage names none');
  const caseId = found.extraction.caseId;
  const place = placeOf(proposal, deps.gazetteer);
  const date = proposal.date ? { edtf: proposal.date.edtf, asReported: proposal.date.text.slice(0, 500) } : undefined;
  const create = (kind: Parameters<typeof createRecordIn>[2], input: object) => createRecordIn(deps, trx, kind, actor, caseId, input);
  const incident = await create(incidentKind, { title: proposal.title, types: [proposal.type], ...(date ? { date } : {}), ...(place ? { place } : {}) });
  const act = await create(actKind, {
    incidentId: incident.id,
    type: proposal.type,
    ...(proposal.means.length ? { means: proposal.means } : {}),
    ...(proposal.targets.length ? { targets: proposal.targets } : {}),
    ...(date ? { date } : {}),
    ...(place ? { place } : {}),
  });
  const made: (RecordView | null)[] = [incident, act];
  const figures = Object.fromEntries(FIGURE_FIELDS.filter((f) => proposal[f]).map((f) => [f, parseCountText(f, proposal[f]!.text)]));
  const victims = Object.keys(figures).length ? await create(victimGroupKind, { incidentId: incident.id, actId: act.id, countingUnit: 'persons', ...figures }) : undefined;
  if (victims) made.push(victims);
  const involvement = proposal.actor?.actorId
    ? await create(involvementKind, { actId: act.id, actorIds: [proposal.actor.actorId], factualRole: 'carried_out', attributionStatus: 'alleged_by_source' }).catch((caught: unknown) => {
        // The analyst named the actor as actorId: the refusal names that field, not the involvement's.
        if (isDossierError(caught) && caught.details.field === 'actorIds[0]') throw invalidField('actorId', `no actor ${proposal.actor!.actorId} in case ${caseId}`, proposal.actor!.actorId);
        throw caught;
      })
    : undefined;
  if (involvement) made.push(involvement);

  const claim = claimMaker(deps, trx, actor, found, proposal, edited);
  made.push(await claim('occurred', { kind: 'incident', id: incident.id, field: 'occurred' }, undefined));
  if (date) made.push(await claim('date', { kind: 'incident', id: incident.id, field: 'date' }, date));
  if (place) made.push(await claim('place', { kind: 'incident', id: incident.id, field: 'place' }, place));
  if (proposal.means.length) made.push(await claim('means', { kind: 'act', id: act.id, field: 'means' }, proposal.means));
  if (proposal.targets.length) made.push(await claim('targets', { kind: 'act', id: act.id, field: 'targets' }, proposal.targets));
  for (const [field, count] of Object.entries(figures)) made.push(await claim(field as ProposalField, { kind: 'victim_group', id: victims!.id, field }, count));
  if (involvement) made.push(await claim('actor', { kind: 'involvement', id: involvement.id, field: 'attribution' }, undefined, 'attributes'));
  return made.filter((r): r is RecordView => r !== null).map((r) => ({ kind: r.kind, id: r.id }));
}

/**
 * Claims on an incident of the case: on the incident itself, and on its act, victim group or involvement when it
 * has exactly one that fits; a field the candidate states with nowhere to be said of is named, never dropped silently.
 */
async function recordCorroboration(
  deps: ReviewDeps,
  trx: Db,
  actor: string,
  found: CandidateInCase,
  proposal: Proposal,
  edited: readonly string[],
  incidentId: string,
): Promise<{ made: Made[]; notRecorded: string[] }> {
  const incident = await trx.selectFrom('records').select(['id']).where('id', '=', incidentId).where('kind', '=', 'incident').where('case_id', '=', found.extraction.caseId).executeTakeFirst();
  if (!incident) throw invalidField('incidentId', `no incident ${incidentId} in case ${found.extraction.caseId}`, incidentId);
  const parts = await trx.selectFrom('records').select(['id', 'kind', 'doc']).where('incident_id', '=', incidentId).where('kind', 'in', ['act', 'victim_group', 'involvement']).orderBy('id').execute();
  const groups = parts.filter((p) => p.kind === 'victim_group');
  const acts = parts.filter((p) => p.kind === 'act');
  const notRecorded: string[] = [];
  const involvement = parts.find((p) => p.kind === 'involvement' && proposal.actor?.actorId && (JSON.parse(p.doc) as { actorIds: string[] }).actorIds.includes(proposal.actor.actorId));
  const place = placeOf(proposal, deps.gazetteer);
  const claim = claimMaker(deps, trx, actor, found, proposal, edited);
  const made: (RecordView | null)[] = [await claim('occurred', { kind: 'incident', id: incidentId, field: 'occurred' }, undefined)];
  if (proposal.type) made.push(await claim('type', { kind: 'incident', id: incidentId, field: 'types' }, [proposal.type]));
  if (proposal.date) made.push(await claim('date', { kind: 'incident', id: incidentId, field: 'date' }, { edtf: proposal.date.edtf, asReported: proposal.date.text.slice(0, 500) }));
  if (place) made.push(await claim('place', { kind: 'incident', id: incidentId, field: 'place' }, place));
  // Means and targets are the act's; figures one group's: said of the incident's only one, never guessed among several.
  for (const field of ['means', 'targets'] as const) {
    if (proposal[field].length === 0) continue;
    if (acts.length === 1) made.push(await claim(field, { kind: 'act', id: acts[0]!.id, field }, proposal[field]));
    else notRecorded.push(field);
  }
  for (const field of FIGURE_FIELDS) {
    if (!proposal[field]) continue;
    if (groups.length === 1) made.push(await claim(field, { kind: 'victim_group', id: groups[0]!.id, field }, parseCountText(field, proposal[field]!.text)));
    else notRecorded.push(field);
  }
  if (involvement) made.push(await claim('actor', { kind: 'involvement', id: involvement.id, field: 'attribution' }, undefined, 'attributes'));
  else if (proposal.actor) notRecorded.push('actor');
  return { made: made.filter((r): r is RecordView => r !== null).map((r) => ({ kind: r.kind, id: r.id })), notRecorded };
}

/**
 * Makes the claims of one decision: a field the source states quotes the passage that states it; a field only
 * the analyst gave has no claim (returns null). A value the analyst corrected (the extraction misread the passage)
 * is claimed as corrected, and the claim says so, with what the extraction had read.
 */
function claimMaker(deps: ReviewDeps, trx: Db, actor: string, found: CandidateInCase, proposal: Proposal, edited: readonly string[]) {
  return async (field: ProposalField | 'occurred', subject: { kind: string; id: string; field: string }, value: unknown, stance = 'asserts'): Promise<RecordView | null> => {
    const number = field === 'occurred' ? found.row.number : proposal.from[field];
    const passage = proposal.passages.find((p) => p.candidate === number);
    if (number === undefined || !passage) return null;
    const pageNumber = /^page (\d+)$/.exec(passage.page?.locator ?? '')?.[1];
    const standard = proposal.standardWords.length ? `The source qualifies it: “${proposal.standardWords.join('”, “')}”.` : undefined;
    const unnamed = field === 'occurred' && proposal.actor && !proposal.actor.actorId ? `The source names as perpetrator: “${proposal.actor.text}”.` : undefined;
    const corrected = field !== 'occurred' && edited.includes(field) ? `Corrected in review; the extraction had read “${wordsOf(found.proposal, field)}”.` : undefined;
    const note = [corrected, standard, unnamed].filter(Boolean).join(' ');
    return createRecordIn(deps, trx, claimKind, actor, found.extraction.caseId, {
      subject,
      ...(value !== undefined ? { value } : {}),
      stance,
      evidenceIds: [found.extraction.evidenceId],
      excerpt: passage.text.slice(0, 20_000),
      locator: {
        ...(pageNumber ? { page: Number(pageNumber) } : {}),
        ...(passage.page ? { span: { start: passage.page.start, end: passage.page.end } } : {}),
      },
      extraction: { id: found.extraction.id, candidate: number },
      ...(note ? { note } : {}),
    });
  };
}

/** A field of a proposal as words, to say what the extraction had read. */
function wordsOf(proposal: Proposal, field: ProposalField): string {
  const value = proposal[field];
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return value.length ? value.join(', ') : 'nothing';
  if (typeof value === 'string') return value;
  if ('chosen' in value) return value.chosen?.name ?? value.text;
  return value.text;
}

function placeOf(proposal: Proposal, gazetteer: Gazetteer): Place | undefined {
  if (!proposal.place) return undefined;
  const chosen = proposal.place.chosen;
  if (!chosen) {
    throw invalidField('place', `"${proposal.place.text}" may be any of ${proposal.place.choices.length} places (${proposal.place.choices.map((c) => c.pcode ?? c.namedArea).join(', ')}): choose one, or remove the place`);
  }
  const found = gazetteer.byPcode(chosen.pcode ?? chosen.namedArea ?? '');
  if (!found) throw invalidField('place', `no place ${chosen.pcode ?? chosen.namedArea} in the gazetteer`);
  return placeFromCandidate(found, proposal.place.text);
}
