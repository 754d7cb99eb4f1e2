import { actorKind } from '../actors/actor-kind.js';
import { involvementKind } from '../actors/involvement-kind.js';
import { invalidField, isDossierError } from '../common/errors.js';
import { foldText } from '../common/text-fold.js';
import { actKind } from '../incidents/act-kind.js';
import { incidentKind } from '../incidents/incident-kind.js';
import { victimGroupKind } from '../incidents/victim-group-kind.js';
import type { GazetteerPlace, PlaceCandidate } from '../places/gazetteer.js';
import type { RecordDeps } from '../records/record-store.js';
import { claimKind } from '../sources/claim-kind.js';
import { sourceKind } from '../sources/source-kind.js';
import type { Place } from '../values/place.js';
import { dateFromAcled } from './acled-dates.js';
import { countryCodeFor } from './acled-format.js';
import { actorTypeFor, countRowNotes, noteOutsideSyria, type ImportNotes } from './acled-import-notes.js';
import type { AcledEvent } from './acled-row-parse.js';
import { RecordPlanner, type PreparedRecord } from './bulk-create.js';

/** The records one ACLED row becomes, prepared and checked, not yet written. */
export interface RowPlan {
  row: number;
  eventId: string | undefined;
  records: PreparedRecord[];
  /** Actors and sources this row introduced, which later rows may refer to. */
  introduced: PreparedRecord[];
  /** Actors and sources introduced by earlier rows not yet written when this row was planned, that it refers to. */
  dependsOn: string[];
}

const PRECISION_FOR_GEO: Record<1 | 2 | 3, Place['precision']> = { 1: 'settlement', 2: 'near_settlement', 3: 'admin2' };
const NGO_NAME = /observatory|human rights|network|committee|coordinat|civil defen[cs]e|white helmets|amnesty|watch\b|doctors|medical|relief|association|organi[sz]ation|foundation|centre|center|union|ngo\b/i;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Turns checked ACLED events into Dossier records: an incident, an act, a victim group when people were
 * killed, the actor who carried it out (found by name in the case, or created), the sources (likewise) and
 * one claim per source. Everything is prepared in memory; gazetteer look-ups are cached per place.
 */
export class AcledImportPlanner {
  private readonly planner: RecordPlanner;
  private readonly actors = new Map<string, string>();
  private readonly sources = new Map<string, string>();
  /** Actors and sources introduced by rows not yet written (the batch being planned, and the one being written). */
  private readonly introducedBy = new Map<string, number>();
  private readonly admins = new Map<string, ReturnType<NonNullable<RecordDeps['gazetteer']>['adminFor']>>();
  private readonly communities = new Map<string, PlaceCandidate | null>();

  constructor(
    private readonly deps: RecordDeps,
    private readonly caseId: string,
    private readonly notes: ImportNotes,
  ) {
    this.planner = new RecordPlanner(deps, caseId);
  }

  /** Reads the case's actors and sources once, so a name seen before is reused rather than duplicated. */
  async loadExisting(): Promise<void> {
    const rows = await this.deps.database.db.selectFrom('records').select(['id', 'kind', 'title']).where('case_id', '=', this.caseId).where('kind', 'in', ['actor', 'source']).execute();
    for (const row of rows) (row.kind === 'actor' ? this.actors : this.sources).set(foldText(row.title), row.id);
  }

  async plan(row: number, event: AcledEvent): Promise<RowPlan> {
    const records: PreparedRecord[] = [];
    const introduced: PreparedRecord[] = [];
    const dependsOn = new Set<string>();
    const prepare = async (kind: Parameters<RecordPlanner['prepare']>[0], input: object, list = records) => {
      let record: PreparedRecord;
      try {
        record = await this.planner.prepare(kind, input);
      } catch (error) {
        // Name the record as well as the field: "victim_group.killed.min" says more than "killed.min".
        if (!isDossierError(error, 'VALIDATION_FAILED')) throw error;
        throw invalidField(`${kind.name}.${String(error.details.field)}`, String(error.details.problem), error.details.value);
      }
      this.planner.remember([record]);
      list.push(record);
      return record;
    };
    const findOrCreate = async (names: Map<string, string>, name: string, kind: typeof actorKind | typeof sourceKind, input: () => object) => {
      const known = names.get(foldText(name)) ?? introduced.find((r) => r.kind === kind && foldText(String((r.doc as { name: string }).name)) === foldText(name))?.id;
      if (known) {
        if (this.introducedBy.has(known)) dependsOn.add(known);
        return known;
      }
      return (await prepare(kind, input(), introduced)).id;
    };
    try {
      const incident = await prepare(incidentKind, {
        title: titleOf(event),
        ...(event.notes ? { narrative: event.notes.slice(0, 50_000) } : {}),
        types: [event.incidentType],
        date: dateFromAcled(event.day, event.timePrecision),
        place: this.placeOf(event),
        tags: tagsOf(event),
      });
      const act = await prepare(actKind, { incidentId: incident.id, type: event.incidentType });
      const civilians = event.inter2 === 7 || event.civilianTargeting;
      const group =
        event.fatalities > 0
          ? await prepare(victimGroupKind, {
              incidentId: incident.id,
              actId: act.id,
              countingUnit: 'persons',
              ...(civilians ? { protectedStatuses: ['civilian'] } : {}),
              killed: { qualifier: 'at_least', min: event.fatalities, asReported: `${event.fatalities} (ACLED fatalities, lowest estimate)` },
            })
          : undefined;
      if (event.actor1) {
        const actorId = await findOrCreate(this.actors, event.actor1, actorKind, () => this.actorInput(event));
        await prepare(involvementKind, { actId: act.id, actorIds: [actorId], factualRole: 'carried_out', attributionStatus: 'alleged_by_source' });
      }
      for (const name of event.sources) {
        const sourceId = await findOrCreate(this.sources, name, sourceKind, () => ({
          name,
          sourceType: NGO_NAME.test(name) ? 'ngo' : 'media',
          reliability: 'F',
          partyToConflict: 'unknown',
          protectionLevel: 'public',
        }));
        const subject = group ? { kind: 'victim_group', id: group.id, field: 'killed' } : { kind: 'incident', id: incident.id, field: 'occurred' };
        await prepare(claimKind, {
          subject,
          ...(group ? { value: { ...(group.doc as { killed: object }).killed } } : {}),
          stance: 'asserts',
          sourceId,
          ...(event.notes ? { excerpt: event.notes.slice(0, 20_000) } : {}),
          status: 'accepted',
        });
      }
    } catch (error) {
      this.planner.forget([...records, ...introduced].map((r) => r.id));
      throw error;
    }
    for (const record of introduced) {
      (record.kind === actorKind ? this.actors : this.sources).set(foldText(String((record.doc as { name: string }).name)), record.id);
      this.introducedBy.set(record.id, row);
    }
    // Later rows refer only to actors and sources: keeping every incident in memory would grow without end.
    this.planner.forget(records.map((r) => r.id));
    countRowNotes(event, this.notes);
    return { row, eventId: event.eventId, records, introduced, dependsOn: [...dependsOn] };
  }

  /** Called when a batch is written: its actors and sources are now ordinary existing records (or discarded). */
  endBatch(plans: readonly RowPlan[]): void {
    for (const plan of plans) for (const record of plan.introduced) this.introducedBy.delete(record.id);
  }

  /** Called when records could not be saved after all: later rows must not refer to them. */
  discard(records: readonly PreparedRecord[]): void {
    const ids = new Set(records.map((r) => r.id));
    for (const names of [this.actors, this.sources]) for (const [name, id] of names) if (ids.has(id)) names.delete(name);
    this.planner.forget(ids);
  }

  private placeOf(event: AcledEvent): Place {
    const place: Place = {
      precision: PRECISION_FOR_GEO[event.geoPrecision],
      geometry: { type: 'Point', coordinates: [event.lon, event.lat] },
      names: { en: event.location },
      countryCode: event.countryCode,
      asReported: [event.location, ...event.admins, event.country].join(', ').slice(0, 500),
    };
    const gazetteer = this.deps.gazetteer;
    if (event.countryCode !== 'SY' || !gazetteer) return place;
    const pointKey = `${event.lat},${event.lon}`;
    let admin = this.admins.get(pointKey);
    if (!admin) this.admins.set(pointKey, (admin = gazetteer.adminFor(event.lat, event.lon)));
    if (!admin.admin1) {
      noteOutsideSyria(this.notes);
      return place;
    }
    const community = this.communityNear(event, admin.admin2?.pcode);
    place.pcodes = {
      admin1: admin.admin1.pcode,
      ...(admin.admin2 ? { admin2: admin.admin2.pcode } : {}),
      ...(community?.admin3 ? { admin3: community.admin3.pcode } : {}),
      ...(community?.pcode ? { community: community.pcode } : {}),
    };
    return place;
  }

  /** The gazetteer's community of the row's location name, if it lies in the same district within 15 km. */
  private communityNear(event: AcledEvent, admin2: string | undefined): GazetteerPlace | undefined {
    const key = `${event.location}|${admin2 ?? ''}`;
    let found = this.communities.get(key);
    if (found === undefined) {
      const candidates = this.deps.gazetteer!.search(event.location, { country: 'SY', limit: 10 });
      found = candidates.find((c) => c.kind === 'community' && (c.matchedBy === 'name' || c.matchedBy === 'alias') && c.admin2?.pcode === admin2) ?? null;
      this.communities.set(key, found);
    }
    if (!found || found.lat === undefined || found.lon === undefined) return undefined;
    return kilometres(event.lat, event.lon, found.lat, found.lon) <= 15 ? found : undefined;
  }

  private actorInput(event: AcledEvent): object {
    const country = /\bof ([A-Z][^()]+?)\s*(\(|$)/.exec(event.actor1)?.[1];
    const countryCode = country ? countryCodeFor(country) : undefined;
    return {
      name: event.actor1,
      actorKind: 'organisation',
      actorType: actorTypeFor(event, this.notes),
      ...(countryCode ? { countryCode } : {}),
      description: `Named "${event.actor1}" in ACLED data${event.inter1 ? ` (inter code ${event.inter1})` : ''}.`,
    };
  }
}

function titleOf(event: AcledEvent): string {
  const [year, month, day] = event.day.split('-').map(Number) as [number, number, number];
  const monthName = MONTH_NAMES[month - 1]!;
  const when = event.timePrecision === 1 ? `${day} ${monthName} ${year}` : event.timePrecision === 2 ? `week of ${day} ${monthName} ${year}` : `${monthName} ${year}`;
  return `${event.subEventType} in ${event.location.slice(0, 200)}, ${when}`;
}

/** The ACLED event id as a tag (for tracing a record back to its row), then ACLED's own tags that fit. */
function tagsOf(event: AcledEvent): string[] {
  const tags = [...(event.eventId ? [`acled:${event.eventId}`] : []), ...event.tags];
  return [...new Set(tags.filter((t) => t.length <= 60))].slice(0, 30);
}

function kilometres(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(a));
}
