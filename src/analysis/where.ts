/**
 * Where: incidents counted per admin area (for a choropleth beside the map's points), and "waves": groups of
 * incidents close in space and in time, found by density-based clustering (DBSCAN, Ester et al. 1996) with
 * a distance in kilometres and a gap in days as its parameters, stated in the result.
 */
import { invalidField } from '../common/errors.js';
import { distanceKm, EARTH_KM } from '../values/distance.js';
import type { AnalysisMethod, VictimTotal } from './analysis-result.js';
import { methodOf } from './method-wording.js';
import { requireIncluded, selectIncidents } from './selection.js';
import { isoDay, type AnalysisSnapshot, type SnapshotIncident } from './snapshot.js';
import { victimTotals } from './victim-totals.js';
import { AREA_LEVELS, type AreaLevel, type Wave, type WhereResult } from './where-result.js';
import { WHERE_METHOD_WORDING } from './where-wordings.js';

export interface WhereParams {
  level: AreaLevel;
  /** Two incidents are neighbours when their points are at most this far apart… */
  waveKm?: number | undefined;
  /** …and their date intervals at most this many days apart (0: they overlap or touch). */
  waveDays?: number | undefined;
  /** A wave needs at least this many incidents, each with as many neighbours (itself included) at its core. */
  waveMinIncidents?: number | undefined;
  minGrade?: string | undefined;
  filters?: Record<string, unknown>;
}

const DEFAULTS = { waveKm: 15, waveDays: 7, waveMinIncidents: 4 };

/** The method's name and assumptions are said in where-wordings.ts; its reference is cited as published. */
const METHOD: AnalysisMethod = methodOf(WHERE_METHOD_WORDING, '1', ['Ester, Kriegel, Sander & Xu (1996), A density-based algorithm for discovering clusters in large spatial databases with noise, KDD-96.']);

export function where(snapshot: AnalysisSnapshot, params: WhereParams): WhereResult {
  if (!(AREA_LEVELS as readonly string[]).includes(params.level)) throw invalidField('level', `must be one of ${AREA_LEVELS.join(', ')}`, params.level);
  const waveKm = positive('waveKm', params.waveKm ?? DEFAULTS.waveKm);
  const waveDays = nonNegativeInteger('waveDays', params.waveDays ?? DEFAULTS.waveDays);
  const waveMinIncidents = nonNegativeInteger('waveMinIncidents', params.waveMinIncidents ?? DEFAULTS.waveMinIncidents);
  if (waveMinIncidents < 2) throw invalidField('waveMinIncidents', 'a wave needs at least 2 incidents', waveMinIncidents);
  const { incidents, selection } = selectIncidents(snapshot, { minGrade: params.minGrade, needsPlace: true });
  requireIncluded(selection);

  const byArea = new Map<string, SnapshotIncident[]>();
  const notAtLevel: string[] = [];
  for (const incident of incidents) {
    const code = incident.place![params.level];
    if (!code) notAtLevel.push(incident.id);
    else if (byArea.has(code)) byArea.get(code)!.push(incident);
    else byArea.set(code, [incident]);
  }
  const areas = [...byArea.entries()]
    .map(([pcode, inArea]) => ({ pcode, name: snapshot.placeNames[pcode] ?? pcode, incidents: inArea.length, incidentIds: inArea.map((i) => i.id), killed: victimTotals(inArea).killed as VictimTotal }))
    .sort((a, b) => b.incidents - a.incidents || (a.pcode < b.pcode ? -1 : 1));

  const located = incidents.filter((i) => i.days && i.place!.lat !== null && i.place!.lon !== null);
  const locatedIds = new Set(located.map((i) => i.id));
  const notLocated = incidents.filter((i) => !locatedIds.has(i.id)).map((i) => i.id);
  const { waves, noise } = findWaves(located, waveKm, waveDays, waveMinIncidents, snapshot.placeNames);
  return {
    analysis: 'where',
    caseId: snapshot.caseId,
    parameters: { level: params.level, waveKm, waveDays, waveMinIncidents, minGrade: params.minGrade ?? null, filters: params.filters ?? {} },
    method: METHOD,
    ledger: snapshot.ledger,
    selection,
    areas,
    notAtLevel: { count: notAtLevel.length, incidentIds: notAtLevel },
    waves,
    noWave: { count: noise.length, incidentIds: noise },
    notLocated: { count: notLocated.length, incidentIds: notLocated },
  };
}

/**
 * DBSCAN with the time gap as a second distance. Incidents are walked in order of their first day, so the
 * candidates of one are those whose first day is within its last day + waveDays: a window, not all pairs.
 */
function findWaves(incidents: SnapshotIncident[], km: number, days: number, minIncidents: number, names: Record<string, string>): { waves: Wave[]; noise: string[] } {
  const sorted = [...incidents].sort((a, b) => a.days!.first - b.days!.first || (a.id < b.id ? -1 : 1));
  // Incidents at the same point on the same dates (a town's middle, one day) are one spot of that many: they
  // have the same neighbours, so they are in the same wave or all noise. Spots keep the order of their first
  // incident, so waves are found in the same order as incident by incident.
  const spotOf = new Map<string, number>();
  const spots: SnapshotIncident[][] = [];
  for (const incident of sorted) {
    const key = `${incident.place!.lat},${incident.place!.lon},${incident.days!.first},${incident.days!.last}`;
    const spot = spotOf.get(key);
    if (spot === undefined) {
      spotOf.set(key, spots.length);
      spots.push([incident]);
    } else spots[spot]!.push(incident);
  }
  const at = spots.map((spot) => spot[0]!);
  const longest = at.reduce((most, i) => Math.max(most, i.days!.last - i.days!.first), 0);
  const grid = new WaveGrid(at, km);
  // The hot loop reads typed arrays, not objects: a dense case compares each spot with hundreds of others.
  const weight = Int32Array.from(spots, (spot) => spot.length);
  const first = Int32Array.from(at, (i) => i.days!.first);
  const last = Int32Array.from(at, (i) => i.days!.last);
  // Each point as a unit vector: two points are within km exactly when the chord between them is within
  // 2·sin(km / 2R), so the hot loop multiplies and adds, with no trigonometry.
  const [x, y, z] = [new Float64Array(at.length), new Float64Array(at.length), new Float64Array(at.length)];
  at.forEach((incident, i) => {
    const [phi, lambda] = [(incident.place!.lat! * Math.PI) / 180, (incident.place!.lon! * Math.PI) / 180];
    [x[i], y[i], z[i]] = [Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)];
  });
  const within = (2 * Math.sin(Math.min(Math.PI / 2, km / (2 * EARTH_KM)))) ** 2;
  /** The spots near `index` in space and time (itself included), and how many incidents they hold. */
  const neighbours = (index: number): { found: number[]; incidents: number } => {
    const found: number[] = [];
    let count = 0;
    const [myFirst, myLast, myX, myY, myZ] = [first[index]!, last[index]!, x[index]!, y[index]!, z[index]!];
    // Only the cells around mine can hold a point within km; in each, walk the spots by first day: one
    // starting more than (my last day + gap) after me is too late, one starting before (my first day − gap −
    // the longest span) ends too early.
    for (const cell of grid.around(at[index]!)) {
      for (let c = lowerBound(cell, first, myFirst - days - longest); c < cell.length; c++) {
        const j = cell[c]!;
        if (first[j]! > myLast + days) break;
        if (first[j]! - myLast > days || myFirst - last[j]! > days) continue;
        const dx = x[j]! - myX;
        const dy = y[j]! - myY;
        const dz = z[j]! - myZ;
        if (dx * dx + dy * dy + dz * dz <= within) {
          found.push(j);
          count += weight[j]!;
        }
      }
    }
    return { found, incidents: count };
  };
  const label = new Int32Array(at.length).fill(-2); // -2 unvisited, -1 noise, >= 0 wave
  let wave = 0;
  for (let i = 0; i < at.length; i++) {
    if (label[i] !== -2) continue;
    const seeds = neighbours(i);
    if (seeds.incidents < minIncidents) {
      label[i] = -1;
      continue;
    }
    label[i] = wave;
    // Each spot joins the wave once: labelled when first reached, expanded once if it is at the core.
    const queue: number[] = [];
    const reach = (found: number[]) => {
      for (const k of found) {
        if (label[k] === -1) label[k] = wave;
        else if (label[k] === -2) {
          label[k] = wave;
          queue.push(k);
        }
      }
    };
    reach(seeds.found);
    for (let q = 0; q < queue.length; q++) {
      const more = neighbours(queue[q]!);
      if (more.incidents >= minIncidents) reach(more.found);
    }
    wave++;
  }
  const members = Array.from({ length: wave }, () => [] as SnapshotIncident[]);
  const noise: string[] = [];
  spots.forEach((spot, i) => (label[i]! >= 0 ? members[label[i]!]!.push(...spot) : noise.push(...spot.map((incident) => incident.id))));
  const waves = members.map((inWave) => describeWave(inWave, names)).sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : a.incidentIds[0]! < b.incidentIds[0]! ? -1 : 1));
  return { waves, noise: noise.sort() };
}

function describeWave(incidents: SnapshotIncident[], names: Record<string, string>): Wave {
  const lat = incidents.reduce((sum, i) => sum + i.place!.lat!, 0) / incidents.length;
  const lon = incidents.reduce((sum, i) => sum + i.place!.lon!, 0) / incidents.length;
  const places = [...new Set(incidents.map((i) => i.place!.community ?? i.place!.area ?? i.place!.admin3 ?? i.place!.admin2 ?? i.place!.admin1).filter((c): c is string => c !== null))].map((code) => names[code] ?? code).sort();
  return {
    // Folded, not spread: a wave can hold more incidents than a call takes arguments.
    first: isoDay(incidents.reduce((min, i) => Math.min(min, i.days!.first), Infinity)),
    last: isoDay(incidents.reduce((max, i) => Math.max(max, i.days!.last), -Infinity)),
    incidents: incidents.length,
    incidentIds: incidents.map((i) => i.id).sort(),
    centre: { lat: round(lat, 5), lon: round(lon, 5) },
    radiusKm: round(incidents.reduce((far, i) => Math.max(far, distanceKm({ lat, lon }, { lat: i.place!.lat!, lon: i.place!.lon! })), 0), 3),
    places,
  };
}

/** The first position in `list` whose key (`keys[item]`) is at least `value` (the list sorted by key). */
function lowerBound(list: readonly number[], keys: Int32Array, value: number): number {
  let [lo, hi] = [0, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[list[mid]!]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Incidents in cells of at least `km` on a side, so a point's neighbours within `km` lie in its cell or the eight
 * around it. A degree of longitude is shortest where the points are farthest from the equator: cells are as
 * many degrees wide as `km` there.
 */
class WaveGrid {
  private readonly cells = new Map<string, number[]>();
  private readonly latStep: number;
  private readonly lonStep: number;

  constructor(sorted: readonly SnapshotIncident[], km: number) {
    const farthest = sorted.reduce((most, i) => Math.max(most, Math.abs(i.place!.lat!)), 0);
    // 110 km a degree: less than any degree of latitude (or of longitude at the equator) on the sphere used, so cells are never too small.
    this.latStep = km / 110.0;
    this.lonStep = km / (110.0 * Math.max(0.01, Math.cos((Math.min(89, farthest) * Math.PI) / 180)));
    // Indexes go in in order of first day, so each cell's list stays sorted by it.
    sorted.forEach((incident, index) => {
      const key = this.key(this.row(incident), this.column(incident));
      const cell = this.cells.get(key);
      if (cell) cell.push(index);
      else this.cells.set(key, [index]);
    });
  }

  around(incident: SnapshotIncident): number[][] {
    const [row, column] = [this.row(incident), this.column(incident)];
    const found: number[][] = [];
    for (let r = row - 1; r <= row + 1; r++) for (let c = column - 1; c <= column + 1; c++) {
      const cell = this.cells.get(this.key(r, c));
      if (cell) found.push(cell);
    }
    return found;
  }

  private row = (incident: SnapshotIncident) => Math.floor(incident.place!.lat! / this.latStep);
  private column = (incident: SnapshotIncident) => Math.floor(incident.place!.lon! / this.lonStep);
  private key = (row: number, column: number) => `${row}:${column}`;
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

function positive(field: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) throw invalidField(field, 'must be a positive number', value);
  return value;
}

function nonNegativeInteger(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) throw invalidField(field, 'must be a whole number of 0 or more', value);
  return value;
}

