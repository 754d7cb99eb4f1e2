/**
 * A partner's records (data/case/case.json of their case file) taken in as records of ours: each under a new
 * id, with every link to another of their records or evidence items turned into ours, created in an order
 * where what a record points at exists first, and logged with its origin (the partner's log, case, record and
 * revision, the bag and entry, our transfer entry). Nothing is merged into a record we already hold: what was
 * imported before is left as it is (and reported when the partner has changed it since), and what looks like a
 * record of ours is reported for a person to judge.
 */
import { RECORD_KIND_LIST } from '../app/record-kinds.js';
import { DossierError } from '../common/errors.js';
import { RecordPlanner, writePreparedRecords, type PreparedRecord, type RecordGroup } from '../exchange/bulk-create.js';
import { recordsKey, type CaseExport } from '../exchange/json-export.js';
import type { RecordKind, RecordKindName } from '../records/record-kind.js';
import { insertRecordOrigins, originsFromPartner, type RecordOrigin } from '../records/record-origins.js';
import { updateRecordIn, type RecordDeps, type RecordView } from '../records/record-store.js';
import { VOCABULARY_VERSION } from '../vocab/vocabularies.js';
import { creationInput } from './partner-record-input.js';
import { findReferences, replaceReferences, topLevelField, type FoundReference } from './record-references.js';

/** The partner case the records come from, and how they reached us. */
export interface PartnerCase {
  /** The partner's custody log origin. */
  log: string;
  caseId: string;
  bagTagManifestSha256: string;
  /** The file in the bag the records are read from. */
  bagEntry: string;
  transferSeq: number;
}

export interface RecordMapping {
  kind: RecordKindName;
  partnerId: string;
  /** Our record. */
  id: string;
}

export interface PartnerRecordsReport {
  /** The partner's vocabulary version when it is not ours: terms we do not know reject their records. */
  partnerVocabularyVersion: string | null;
  created: RecordMapping[];
  /** Imported from this partner case before, at the same revision: our record stands for it. */
  unchanged: RecordMapping[];
  /** Imported before at another revision of the partner's: ours is kept unchanged, for a person to compare. */
  conflicts: (RecordMapping & { partnerRev: number; importedRev: number })[];
  /** Created, but we already hold a record of that kind and title that did not come from this partner case. */
  possibleDuplicates: (RecordMapping & { existingId: string; title: string })[];
  rejected: { kind: string; partnerId: string; field: string; problem: string }[];
  /** Links left out: to evidence the bag withheld and we do not hold, or to a partner record not imported. */
  linksDropped: { kind: RecordKindName; partnerId: string; field: string; reference: string; problem: string }[];
  /** Records in a cycle of links (a claim about an involvement that cites it): linked in a second revision. */
  linkedLater: RecordMapping[];
}

/** Kinds whose title names a thing (not a field path or a verdict), so an equal title may mean the same thing. */
const TITLED_KINDS: readonly RecordKindName[] = ['incident', 'actor', 'source', 'site', 'context_event'];

interface Incoming {
  kind: RecordKind<any>;
  view: RecordView;
  /** The creation input, evidence links already ours; record links still the partner's. */
  input: Record<string, unknown>;
  /** Partner record ids this one waits for. */
  waitingFor: Set<string>;
  /** Partner record ids whose links close a cycle: left out of the first revision, put back in a second. */
  deferred: Set<string>;
  /** Partner record ids not imported: links to them are left out (of lists, or optional fields). */
  dropped: Set<string>;
  settled: boolean;
}

/**
 * Creates the partner's records in `caseId`, in one transaction. `evidenceIds` maps each evidence item the
 * partner's case lists to ours (by SHA-256), or to null when the bag withheld its bytes and we do not hold them.
 */
export async function importPartnerRecords(
  deps: RecordDeps,
  actor: string,
  caseId: string,
  exported: CaseExport,
  evidenceIds: ReadonlyMap<string, string | null>,
  partner: PartnerCase,
): Promise<PartnerRecordsReport> {
  const plan = new PartnerRecordPlan(deps, actor, caseId, exported, evidenceIds, partner);
  await plan.matchEarlierImports();
  await plan.prepareAll();
  await plan.findPossibleDuplicates();
  await plan.write();
  return plan.report;
}

class PartnerRecordPlan {
  readonly report: PartnerRecordsReport;
  private readonly planner: RecordPlanner;
  /** The partner's record id → ours, for records created now and imported before. */
  private readonly ours = new Map<string, string>();
  private readonly incoming: Incoming[] = [];
  private readonly partnerIds = new Set<string>();
  private readonly rejectedIds = new Set<string>();
  private readonly waitingOn = new Map<string, Incoming[]>();
  private readonly prepared: { incoming: Incoming; record: PreparedRecord }[] = [];
  private earlierIds = new Set<string>();

  constructor(
    private readonly deps: RecordDeps,
    private readonly actor: string,
    private readonly caseId: string,
    exported: CaseExport,
    private readonly evidenceIds: ReadonlyMap<string, string | null>,
    private readonly partner: PartnerCase,
  ) {
    this.planner = new RecordPlanner(deps, caseId);
    this.report = {
      partnerVocabularyVersion: exported.vocabularyVersion === VOCABULARY_VERSION ? null : String(exported.vocabularyVersion),
      created: [],
      unchanged: [],
      conflicts: [],
      possibleDuplicates: [],
      rejected: [],
      linksDropped: [],
      linkedLater: [],
    };
    const kinds = new Map(RECORD_KIND_LIST.map((kind) => [recordsKey(kind.plural), kind]));
    for (const [key, views] of Object.entries(exported.records ?? {})) {
      const kind = kinds.get(key);
      for (const view of Array.isArray(views) ? views : []) {
        if (!kind) this.report.rejected.push({ kind: key, partnerId: String(view?.id), field: 'kind', problem: `"${key}" is not a kind of record this version of Dossier knows` });
        else this.partnerIds.add(view.id);
        if (kind) this.incoming.push({ kind, view, input: {}, waitingFor: new Set(), deferred: new Set(), dropped: new Set(), settled: false });
      }
    }
  }

  /** Records this partner case gave us before stand for themselves: never created twice, never overwritten. */
  async matchEarlierImports(): Promise<void> {
    const earlier = await originsFromPartner(this.deps.database.db, this.caseId, this.partner.log, this.partner.caseId);
    this.earlierIds = new Set([...earlier.values()].map((origin) => origin.recordId));
    for (const incoming of this.incoming) {
      const before = earlier.get(incoming.view.id);
      if (!before) continue;
      incoming.settled = true;
      this.ours.set(incoming.view.id, before.recordId);
      const mapping = { kind: incoming.kind.name, partnerId: incoming.view.id, id: before.recordId };
      if (before.partnerRev === incoming.view.rev) this.report.unchanged.push(mapping);
      else this.report.conflicts.push({ ...mapping, partnerRev: incoming.view.rev, importedRev: before.partnerRev });
    }
  }

  /** Prepares every record once all it links to is prepared; breaks cycles through links that may be left out. */
  async prepareAll(): Promise<void> {
    const queue: Incoming[] = [];
    const unreadable: Incoming[] = [];
    for (const incoming of this.incoming.filter((i) => !i.settled)) {
      try {
        incoming.input = this.withOurEvidence(incoming, creationInput(incoming.kind, incoming.view));
      } catch (error) {
        this.reject(incoming, error);
        unreadable.push(incoming);
      }
    }
    for (const incoming of this.incoming.filter((i) => !i.settled)) {
      for (const { id } of findReferences(incoming.input, (id) => this.partnerIds.has(id) && !this.ours.has(id))) {
        if (incoming.waitingFor.has(id)) continue;
        incoming.waitingFor.add(id);
        this.waitingOn.set(id, [...(this.waitingOn.get(id) ?? []), incoming]);
      }
      if (incoming.waitingFor.size === 0) queue.push(incoming);
    }
    for (const incoming of unreadable) this.release(incoming, queue);
    // Read by index, not shift(): settling a record appends those it released, and a case has many thousands.
    for (let next = 0; ; ) {
      for (; next < queue.length; next++) {
        if (!queue[next]!.settled) await this.prepareOne(queue[next]!, queue);
      }
      const stuck = this.incoming.filter((i) => !i.settled);
      if (stuck.length === 0) return;
      const breakable = stuck.find((i) => this.allDroppable(i, i.waitingFor));
      if (!breakable) {
        for (const incoming of stuck) this.reject(incoming, new DossierError('VALIDATION_FAILED', 'its links form a cycle through required fields', { field: 'id' }));
        return;
      }
      // Created without the links that close the cycle; they are added as a second revision once all exist.
      for (const id of breakable.waitingFor) breakable.deferred.add(id);
      breakable.waitingFor.clear();
      queue.push(breakable);
    }
  }

  private async prepareOne(incoming: Incoming, queue: Incoming[]): Promise<void> {
    try {
      const record = await this.planner.prepare(incoming.kind, this.firstRevisionInput(incoming));
      this.planner.remember([record]);
      this.ours.set(incoming.view.id, record.id);
      this.prepared.push({ incoming, record });
      incoming.settled = true;
    } catch (error) {
      this.reject(incoming, error);
    }
    this.release(incoming, queue);
  }

  /** Tells the records waiting for `settled` it is done: a rejected one is left out of lists, or rejects them. */
  private release(settled: Incoming, queue: Incoming[]): void {
    const rejected = this.rejectedIds.has(settled.view.id);
    for (const waiter of this.waitingOn.get(settled.view.id) ?? []) {
      if (waiter.settled) continue;
      waiter.waitingFor.delete(settled.view.id);
      if (rejected) {
        const required = findReferences(waiter.input, (id) => id === settled.view.id).find((ref) => !this.droppable(waiter, ref));
        if (required) {
          this.reject(waiter, new DossierError('VALIDATION_FAILED', `links to the partner's ${settled.view.id}, which was not imported`, { field: required.path }));
          this.release(waiter, queue);
          continue;
        }
        waiter.dropped.add(settled.view.id);
        for (const ref of findReferences(waiter.input, (id) => id === settled.view.id)) {
          this.report.linksDropped.push({ kind: waiter.kind.name, partnerId: waiter.view.id, field: ref.path, reference: ref.id, problem: 'the partner record was not imported' });
        }
      }
      if (waiter.waitingFor.size === 0) queue.push(waiter);
    }
  }

  /** Whether every link to `ids` may be left out: an element of a list, or a field the kind does not require. */
  private allDroppable(incoming: Incoming, ids: Iterable<string>): boolean {
    const wanted = new Set(ids);
    return findReferences(incoming.input, (id) => wanted.has(id)).every((ref) => this.droppable(incoming, ref));
  }

  private droppable(incoming: Incoming, ref: FoundReference): boolean {
    if (ref.inArray) return true;
    const required = (incoming.kind.createSchema as { required?: string[] }).required ?? [];
    return ref.path === topLevelField(ref.path) && !required.includes(ref.path);
  }

  /** The input with the links left out (deferred or dropped) removed, and every other partner id made ours. */
  private firstRevisionInput(incoming: Incoming): Record<string, unknown> {
    const leftOut = (id: string) => incoming.deferred.has(id) || incoming.dropped.has(id);
    const input = { ...incoming.input };
    for (const [field, value] of Object.entries(input)) if (typeof value === 'string' && leftOut(value)) delete input[field];
    return replaceReferences(input, (id, path, inArray) => {
      if (!this.partnerIds.has(id)) return id;
      const ours = this.ours.get(id);
      if (ours) return ours;
      if (inArray && leftOut(id)) return null;
      throw new DossierError('VALIDATION_FAILED', `${path}: the partner's ${id} was not imported`, { field: path, value: id });
    }) as Record<string, unknown>;
  }

  /** Evidence links become our items; one the bag withheld and we do not hold is left out of its list. */
  private withOurEvidence(incoming: Incoming, input: Record<string, unknown>): Record<string, unknown> {
    return replaceReferences(input, (id, path, inArray) => {
      if (!this.evidenceIds.has(id)) return id;
      const ours = this.evidenceIds.get(id);
      if (ours) return ours;
      const problem = 'the bag listed this evidence item without its bytes, and this case does not hold them';
      if (!inArray) throw new DossierError('VALIDATION_FAILED', `${path}: ${problem}`, { field: path, value: id });
      this.report.linksDropped.push({ kind: incoming.kind.name, partnerId: incoming.view.id, field: path, reference: id, problem });
      return null;
    }) as Record<string, unknown>;
  }

  private reject(incoming: Incoming, error: unknown): void {
    if (!(error instanceof DossierError)) throw error;
    incoming.settled = true;
    this.rejectedIds.add(incoming.view.id);
    const field = typeof error.details.field === 'string' ? error.details.field : '';
    const problem = error.message.startsWith(`${field}: `) ? error.message.slice(field.length + 2) : error.message;
    this.report.rejected.push({ kind: incoming.kind.name, partnerId: incoming.view.id, field, problem });
  }

  async findPossibleDuplicates(): Promise<void> {
    const candidates = this.prepared.filter(({ record }) => TITLED_KINDS.includes(record.kind.name));
    if (candidates.length === 0) return;
    const rows = await this.deps.database.db.selectFrom('records').select(['id', 'kind', 'title']).where('case_id', '=', this.caseId).where('kind', 'in', TITLED_KINDS).execute();
    const held = new Map<string, string>();
    for (const row of rows) if (!this.earlierIds.has(row.id)) held.set(titleKey(row.kind, row.title), row.id);
    for (const { incoming, record } of candidates) {
      const existingId = held.get(titleKey(record.kind.name, record.index.title));
      if (existingId) this.report.possibleDuplicates.push({ kind: record.kind.name, partnerId: incoming.view.id, id: record.id, existingId, title: record.index.title });
    }
  }

  async write(): Promise<void> {
    const groups: RecordGroup[] = this.prepared.map(({ incoming, record }) => ({ records: [record], origin: this.originDetails(incoming.view) }));
    const origins: RecordOrigin[] = this.prepared.map(({ incoming, record }) => ({
      recordId: record.id,
      caseId: this.caseId,
      partnerLog: this.partner.log,
      partnerCaseId: this.partner.caseId,
      partnerRecordId: incoming.view.id,
      partnerRev: incoming.view.rev,
      bagTagManifestSha256: this.partner.bagTagManifestSha256,
      bagEntry: this.partner.bagEntry,
      transferSeq: this.partner.transferSeq,
    }));
    await this.deps.database.writeTransaction(async (trx) => {
      await writePreparedRecords(this.deps, trx, this.actor, groups);
      await insertRecordOrigins(this.deps.database, trx, origins);
      for (const { incoming, record } of this.prepared) {
        if (incoming.deferred.size === 0) continue;
        const patch = this.leftOutLinks(incoming);
        if (Object.keys(patch).length === 0) continue;
        await updateRecordIn(this.deps, trx, incoming.kind, this.actor, record.id, patch, { caseId: this.caseId });
        this.report.linkedLater.push({ kind: incoming.kind.name, partnerId: incoming.view.id, id: record.id });
      }
    });
    this.report.created = this.prepared.map(({ incoming, record }) => ({ kind: record.kind.name, partnerId: incoming.view.id, id: record.id }));
  }

  /** The fields that held links deferred from the first revision, with every link that can now be made. */
  private leftOutLinks(incoming: Incoming): Record<string, unknown> {
    const refs = findReferences(incoming.input, (id) => incoming.deferred.has(id));
    for (const ref of refs.filter((r) => !this.ours.has(r.id))) {
      this.report.linksDropped.push({ kind: incoming.kind.name, partnerId: incoming.view.id, field: ref.path, reference: ref.id, problem: 'the partner record was not imported' });
    }
    const fields = new Set(refs.filter((ref) => this.ours.has(ref.id)).map((ref) => topLevelField(ref.path)));
    const patch: Record<string, unknown> = {};
    for (const field of fields) {
      // A deferred link is never a required one: a record that was not imported drops out of its list.
      patch[field] = replaceReferences(incoming.input[field], (id) => (this.partnerIds.has(id) ? (this.ours.get(id) ?? null) : id));
    }
    return patch;
  }

  private originDetails(view: RecordView): Record<string, string | number> {
    return {
      format: 'dossier-case-file',
      bag: this.partner.bagTagManifestSha256,
      entry: this.partner.bagEntry,
      partnerLog: this.partner.log,
      partnerCase: this.partner.caseId,
      partnerRecord: view.id,
      partnerRev: view.rev,
      transferSeq: this.partner.transferSeq,
    };
  }
}

const titleKey = (kind: string, title: string) => `${kind}\u0000${title.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase()}`;
