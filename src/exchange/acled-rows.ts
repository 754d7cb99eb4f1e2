import type { IncidentFile } from '../incidents/incident-file.js';
import type { Finding } from '../incidents/findings.js';
import type { Gazetteer } from '../places/gazetteer.js';
import type { RecordView } from '../records/record-store.js';
import { describeTotal, sumCounts } from '../values/count-sum.js';
import { lowerBound, type Count } from '../values/count.js';
import type { Place } from '../values/place.js';
import type { UncertainDate } from '../values/uncertain-date.js';
import { acledEventFor, acledInterFor, interactionCode, type AcledInterCode } from '../vocab/acled.js';
import type { ActorType, IncidentType } from '../vocab/vocabularies.js';
import { acledDayFor, type AcledDay } from './acled-dates.js';
import { acledCountry, type AcledRow } from './acled-format.js';
import { MAX_LOCATION } from './acled-row-parse.js';
import { adminNames, coarsePoint, GEO_PRECISION, isSensitivePlace, placeCountry, placeName, placePoint, settlementName } from './export-support.js';
import { LossTally, plural } from './losses.js';

export interface AcledRowContext {
  gazetteer: Gazetteer | undefined;
  /** Actors, sources and sites the file refers to. */
  lookup(id: string): RecordView | undefined;
  coarsen: boolean;
  losses: LossTally;
}

/** One ACLED row's worth of an incident: a place, a day, the acts there and the victims of those acts. */
interface Slot {
  place: Place | undefined;
  date: UncertainDate | undefined;
  acts: RecordView[];
  groups: RecordView[];
  /** The act that opened the slot, for its event id; undefined for the incident's own place and day. */
  firstActId: string | undefined;
}

/** The ACLED rows for one incident: one per distinct place and day of the incident and its acts. */
export function acledRowsFor(file: IncidentFile, ctx: AcledRowContext): AcledRow[] {
  const { incident } = file;
  const slots = new Map<string, Slot>();
  const slotOfAct = new Map<string, Slot>();
  const keyOf = (place: Place | undefined, date: UncertainDate | undefined) =>
    `${placeKey(place, ctx.gazetteer)}|${date ? JSON.stringify(acledDayFor(date) ?? null) : ''}`;
  const slotFor = (place: Place | undefined, date: UncertainDate | undefined, actId: string | undefined): Slot => {
    const key = keyOf(place, date);
    let slot = slots.get(key);
    if (!slot) slots.set(key, (slot = { place, date, acts: [], groups: [], firstActId: actId }));
    return slot;
  };
  const ownPlace = incident.place as Place | undefined;
  const ownDate = incident.date as UncertainDate | undefined;
  const own = slotFor(ownPlace, ownDate, undefined);
  for (const act of file.acts) {
    const slot = slotFor((act.place ?? ownPlace) as Place | undefined, (act.date ?? ownDate) as UncertainDate | undefined, act.id);
    slot.acts.push(act);
    slotOfAct.set(act.id, slot);
  }
  for (const group of file.victimGroups) (slotOfAct.get(group.actId as string) ?? own).groups.push(group);
  // The incident's own place and day is a row only if something happened there.
  if (own.acts.length === 0 && own.groups.length === 0 && slots.size > 1) slots.delete(keyOf(ownPlace, ownDate));

  countWholeFileLosses(file, ctx.losses);
  const sources = sourceNames(file, ctx);
  const rows: AcledRow[] = [];
  for (const slot of slots.values()) {
    const row = slotRow(file, slot, sources, slots.size === 1, ctx);
    if (row) rows.push(row);
  }
  return rows;
}

function slotRow(file: IncidentFile, slot: Slot, sources: string, onlyRow: boolean, ctx: AcledRowContext): AcledRow | undefined {
  const { incident } = file;
  const { losses } = ctx;
  const day = slot.date ? acledDayFor(slot.date) : undefined;
  if (!day) {
    losses.add('no-date', (n) => `${plural(n, 'row')} left out: ACLED needs a day, and the incident or act has no date (or one open at the start)`);
    return undefined;
  }
  if (!slot.place) {
    losses.add('no-place', (n) => `${plural(n, 'row')} left out: ACLED needs a location, and the incident or act has no place`);
    return undefined;
  }
  const site = ctx.lookup(String(slot.acts[0]?.siteId ?? incident.siteId ?? ''));
  const coarsen = ctx.coarsen && isSensitivePlace(slot.place, site?.protectedSite === true);
  const point = coarsen ? coarsePoint(slot.place, ctx.gazetteer) : placePoint(slot.place, ctx.gazetteer);
  if (!point) {
    losses.add('no-point', (n) => `${plural(n, 'row')} left out: the place has neither coordinates nor a P-code the gazetteer can locate`);
    return undefined;
  }
  // A coarsened row must not name the site either: the settlement or the smallest admin area instead.
  const location = coarsen ? settlementName(slot.place, ctx.gazetteer) : placeName(slot.place, ctx.gazetteer);
  if (!location) {
    // ACLED (and Dossier's own importer) refuses a row with no location.
    if (coarsen) losses.add('no-coarse-name', (n) => `${plural(n, 'row')} at protected or exact sites left out: ACLED needs a location, and the place has no settlement or admin area to name instead of the site`);
    else losses.add('no-name', (n) => `${plural(n, 'row')} left out: ACLED needs a location, and the place has no name, settlement or admin area`);
    return undefined;
  }
  const country = acledCountry(placeCountry(slot.place));
  if (!country.name) {
    // ACLED (and Dossier's own importer) refuses a row with no country too.
    losses.add('no-country', (n) => `${plural(n, 'row')} left out: ACLED needs a country, and the place has no country code or Syrian P-code`);
    return undefined;
  }
  if (coarsen) losses.add('coarsened', (n) => `${plural(n, 'row')} at protected or exact sites coarsened to the settlement (or two decimals)`);
  noteDay(day, losses);

  const types = (slot.acts.length > 0 ? slot.acts.map((a) => a.type) : (incident.types as string[])) as IncidentType[];
  const event = acledEventFor(types[0]!);
  if (event.lossNote) losses.add(`type:${types[0]}`, (n) => `${plural(n, 'row')} of type ${types[0]}: ${event.lossNote}`);
  if (new Set(types.map((t) => acledEventFor(t).subEventType)).size > 1) {
    losses.add('several-types', (n) => `${plural(n, 'row')} with types of several ACLED sub-event types written as the first type`);
  }
  if (!country.known) losses.add('country', (n) => `${plural(n, 'row')} in a country outside Dossier's ACLED table: iso and region left empty`);
  const perpetrators = perpetratorsOf(file, slot, ctx, country.name);
  const civilians = slot.groups.some((g) => (g.protectedStatuses as string[] | undefined)?.includes('civilian'));
  const militaryTarget = slot.acts.some((a) => (a.targets as string[] | undefined)?.includes('military_objective'));
  const inter2: AcledInterCode | undefined = civilians ? 7 : undefined;
  const killed = rowKilled(file, slot, onlyRow, losses);
  const admins = adminNames(slot.place, ctx.gazetteer);
  const suffix = (id: string) => id.slice(id.indexOf('_') + 1).toUpperCase();
  return {
    event_id_cnty: `DOS${suffix(incident.id)}${slot.firstActId ? `-${suffix(slot.firstActId).slice(-8)}` : ''}`,
    event_date: day.day,
    year: day.day.slice(0, 4),
    time_precision: String(day.precision),
    disorder_type: event.disorderType,
    event_type: event.eventType,
    sub_event_type: event.subEventType,
    actor1: perpetrators.actor1,
    assoc_actor_1: perpetrators.associated,
    inter1: String(perpetrators.inter1),
    actor2: civilians ? withCountry('Civilians', country.name) : '',
    assoc_actor_2: '',
    inter2: inter2 === undefined ? '' : String(inter2),
    interaction: String(interactionCode(perpetrators.inter1, inter2)),
    civilian_targeting: civilians && !militaryTarget ? 'Civilian targeting' : '',
    iso: country.iso,
    region: country.region,
    country: country.name,
    ...admins,
    location: shortened(location, MAX_LOCATION, losses),
    latitude: point.lat.toFixed(4),
    longitude: point.lon.toFixed(4),
    geo_precision: String(GEO_PRECISION[slot.place.precision]),
    source: sources,
    source_scale: 'Other',
    notes: notesFor(incident, slot, day, killed.text),
    fatalities: String(killed.fatalities),
    tags: ((incident.tags as string[] | undefined) ?? []).join('; '),
    timestamp: String(Math.floor(latestUpdate([incident, ...slot.acts, ...slot.groups]) / 1000)),
  };
}

/** ACLED names generic actors with the country in brackets: "Civilians (Syria)". */
function withCountry(name: string, country: string): string {
  return country ? `${name} (${country})` : name;
}

function placeKey(place: Place | undefined, gazetteer: Gazetteer | undefined): string {
  if (!place) return '';
  const point = placePoint(place, gazetteer);
  return point ? `${point.lat.toFixed(4)},${point.lon.toFixed(4)}` : JSON.stringify(place);
}

/** A name longer than ACLED's column, cut at a word where it can be and marked, and counted among the losses. */
function shortened(text: string, max: number, losses: LossTally): string {
  if (text.length <= max) return text;
  losses.add('long-location', (n) => `${plural(n, 'row')} whose place name is longer than ${max} characters shortened to fit`);
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function noteDay(day: AcledDay, losses: LossTally): void {
  if (!day.placed) return;
  const placing = day.precision === 1 ? 'written as a known day' : `placed on their ${day.precision === 2 ? 'middle' : 'earliest'} day`;
  losses.add(`day:${day.placed}:${day.precision}`, (n) => `${plural(n, 'row')} ${day.placed} ${placing} (time_precision ${day.precision})`);
}

/** actor1 (and assoc_actor_1) from who carried out the row's acts. */
function perpetratorsOf(file: IncidentFile, slot: Slot, ctx: AcledRowContext, countryName: string): { actor1: string; associated: string; inter1: AcledInterCode } {
  const { losses } = ctx;
  const actIds = new Set(slot.acts.map((a) => a.id));
  const entries: { text: string; inter: AcledInterCode }[] = [];
  for (const involvement of file.involvements.filter((i) => actIds.has(i.actId as string))) {
    if (involvement.factualRole !== 'carried_out') {
      losses.add('roles', (n) => `${plural(n, 'involvement')} in other roles than carrying out (ordered, planned, present…) left out: ACLED names only who acted`);
      continue;
    }
    if (involvement.attributionStatus === 'discounted') {
      losses.add('discounted', (n) => `${plural(n, 'discounted attribution')} left out`);
      continue;
    }
    losses.add('status', (n) => `${plural(n, 'attribution')} written as plain actor names: attribution status, mode of liability and standard of proof are not in ACLED's format`);
    const actors = (involvement.actorIds as string[]).map((id) => ctx.lookup(id)).filter((a): a is RecordView => a !== undefined);
    if (actors.length === 0) continue;
    const inter = (actor: RecordView) => acledInterFor(actor.actorType as ActorType).code;
    if (involvement.eitherOr) {
      losses.add('either-or', (n) => `${plural(n, 'either-or attribution')} written as "A or B" in one actor column, with the first-named actor's inter code`);
      entries.push({ text: actors.map((a) => String(a.name)).join(' or '), inter: inter(actors[0]!) });
    } else {
      for (const actor of actors) entries.push({ text: String(actor.name), inter: inter(actor) });
    }
  }
  const unique = [...new Map(entries.map((e) => [e.text, e])).values()];
  if (unique.length === 0) {
    losses.add('unattributed', (n) => `${plural(n, 'row')} with no recorded perpetrator written as "Unidentified Armed Group" (inter 3)`);
    return { actor1: withCountry('Unidentified Armed Group', countryName), associated: '', inter1: 3 };
  }
  return { actor1: unique[0]!.text, associated: unique.slice(1).map((e) => e.text).join('; '), inter1: unique[0]!.inter };
}

/** The lowest killed figure of the row's victim groups, and words for the figure when it is not exact. */
function rowKilled(file: IncidentFile, slot: Slot, onlyRow: boolean, losses: LossTally): { fatalities: number; text: string | undefined } {
  const shown: Count[] = [];
  for (const group of slot.groups) {
    const finding = file.findings.find((f) => f.subject.kind === 'victim_group' && f.subject.id === group.id && f.subject.field === 'killed');
    if (!finding) continue;
    if (finding.status === 'conflicting' || finding.status === 'disputed') {
      losses.add('conflict', (n) => `${plural(n, 'killed figure')} with conflicting or disputed accepted claims written as the lowest figure claimed`);
    }
    shown.push(isCount(finding) ? (finding.value as Count) : { qualifier: 'unknown' });
  }
  if (shown.length === 0) {
    losses.add('no-killed', (n) => `${plural(n, 'row')} with no killed figure recorded written as 0 fatalities (in ACLED, 0 means none reported)`);
    return { fatalities: 0, text: undefined };
  }
  const total = onlyRow ? file.figures.killed : sumCounts(shown);
  if (total.qualifier === 'unknown') {
    losses.add('unknown-killed', (n) => `${plural(n, 'row')} whose killed figure is unknown written as 0 fatalities`);
    return { fatalities: 0, text: 'unknown' };
  }
  if (total.qualifier !== 'exact' || shown.some((c) => c.qualifier !== 'exact')) {
    losses.add('lower-bound', (n) => `${plural(n, 'row')} with uncertain figures (at least, ranges, approximate, vague) reduced to their lowest bound`);
    return { fatalities: onlyRow ? total.min : shown.reduce((sum, c) => sum + lowerBound(c), 0), text: describeTotal(total) };
  }
  return { fatalities: total.min, text: undefined };
}

function isCount(finding: Finding): boolean {
  return typeof finding.value === 'object' && finding.value !== null && 'qualifier' in finding.value;
}

/** Names of the public sources behind the incident's accepted claims; the others are counted, never named. */
function sourceNames(file: IncidentFile, ctx: AcledRowContext): string {
  const ids = new Set<string>();
  for (const claims of Object.values(file.claims)) for (const claim of claims) if (claim.status === 'accepted' && typeof claim.sourceId === 'string') ids.add(claim.sourceId);
  const names: string[] = [];
  for (const id of ids) {
    const source = ctx.lookup(id);
    if (source?.protectionLevel === 'public') names.push(String(source.name));
    else ctx.losses.add('protected-sources', (n) => `${plural(n, 'citation')} of confidential or restricted sources left out of the source column`);
  }
  return [...new Set(names)].join('; ');
}

function countWholeFileLosses(file: IncidentFile, losses: LossTally): void {
  const claims = Object.values(file.claims).reduce((n, list) => n + list.length, 0);
  losses.add('claims', (n) => `${plural(n, 'claim')}, with their excerpts and locators, not exported`, claims);
  losses.add('qualifications', (n) => `${plural(n, 'legal qualification')} not exported`, file.qualifications.length);
  losses.add('assessments', (n) => `${plural(n, 'assessment')} (verification grades, attributions) not exported`, file.assessments.length);
  const others = (['injured', 'missing', 'detained', 'displaced'] as const).filter((f) => file.figures[f].parts > 0).length;
  losses.add('other-figures', (n) => `${plural(n, 'incident')} with injured, missing, detained or displaced figures: ACLED counts only fatalities`, others > 0 ? 1 : 0);
}

/** Title, a short narrative, the means, and whatever the ACLED columns could not hold. */
function notesFor(incident: RecordView, slot: Slot, day: AcledDay, killedText: string | undefined): string {
  const parts = [String(incident.title).replace(/[.\s]+$/, '') + '.'];
  const narrative = typeof incident.narrative === 'string' ? incident.narrative.replace(/\s+/g, ' ').trim() : '';
  if (narrative) parts.push(narrative.length > 600 ? `${narrative.slice(0, 597)}...` : narrative);
  const means = [...new Set(slot.acts.flatMap((a) => (a.means as string[] | undefined) ?? []))];
  if (means.length > 0) parts.push(`Means: ${means.map((m) => m.replaceAll('_', ' ')).join(', ')}.`);
  if (day.placed && slot.date) parts.push(`Date: ${slot.date.edtf}.`);
  if (killedText) parts.push(`Killed: ${killedText}.`);
  return parts.join(' ');
}

function latestUpdate(records: RecordView[]): number {
  return Math.max(...records.map((r) => Date.parse(r.updatedAt)));
}
