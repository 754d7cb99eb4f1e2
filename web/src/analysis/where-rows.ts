/**
 * Where, shaped for its map and tables: the areas shaded by how many incidents each counts (classes with
 * stated breaks), the waves as circles of their stated radius, the tables as downloaded, the waves' parameters
 * in words, and the page's own check of the parameters typed before anything is asked.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { translate } from '../i18n/active-locale.js';
import { timelineMessages } from '../timeline/timeline.messages.js';
import type { AnalysisParams } from './analysis-query.js';
import type { AreaCount, Wave, WhereResult } from './analysis-types.js';
import { tableMessages as tm } from './analysis-tables.messages.js';
import { analysisMessages as m } from './analysis.messages.js';
import { figureText, incidentsText, periodText, victimTotalText } from './figures.js';
import { countCell, type TableColumn, type TableModel, tableModel } from './table-model.js';

export { incidentsText };

/** The levels areas are counted at; their names in words are analysisMessages.levelName's. */
export const WHERE_LEVELS = ['admin1', 'admin2', 'admin3'] as const;
export type WhereLevel = (typeof WHERE_LEVELS)[number];

/** The levels the shipped basemap has polygons for (see web/src/map/basemap/README.md): no sub-districts. */
export const DRAWN_LEVELS: readonly WhereLevel[] = ['admin1', 'admin2'];

export interface WaveFields {
  km: string;
  days: string;
  min: string;
}
export const DEFAULT_WAVES: WaveFields = { km: '15', days: '7', min: '4' };

/** The API's limits (src/server/routes/analyses.ts), checked here so a typo is answered before it is asked. */
export function waveParams(fields: WaveFields): { params: AnalysisParams; problems: string[] } {
  const problems: string[] = [];
  const km = Number(fields.km.trim());
  const days = Number(fields.days.trim());
  const min = Number(fields.min.trim());
  const limits = (low: number, high: number) => ({ min: figureText(low), max: figureText(high) });
  if (!fields.km.trim() || !Number.isFinite(km) || km <= 0 || km > 1000) problems.push(translate(m.kmProblem, limits(0, 1000)));
  if (!fields.days.trim() || !Number.isInteger(days) || days < 0 || days > 365) problems.push(translate(m.daysProblem, limits(0, 365)));
  if (!fields.min.trim() || !Number.isInteger(min) || min < 2 || min > 1000) problems.push(translate(m.minProblem, limits(2, 1000)));
  return { params: problems.length ? {} : { waveKm: km, waveDays: days, waveMin: min }, problems };
}

/** The parameters the waves were found with, as the result states them. */
export function waveParametersText(parameters: Record<string, unknown>): string {
  const { waveKm, waveDays, waveMinIncidents } = parameters as { waveKm: number; waveDays: number; waveMinIncidents: number };
  return translate(waveDays === 0 ? m.waveParametersTouching : m.waveParameters, { min: waveMinIncidents, km: waveKm, days: waveDays });
}

export function areasTable(result: WhereResult): TableModel {
  const columns: TableColumn<AreaCount>[] = [
    { header: translate(tm.area), value: (area) => area.name },
    { header: translate(tm.code), value: (area) => area.pcode },
    { header: translate(tm.incidents), value: (area) => countCell(area.incidents, area.incidentIds), numeric: true },
    { header: translate(tm.killed), value: (area) => ({ text: victimTotalText(area.killed), incidentIds: area.killed.incidentIds }), numeric: true },
  ];
  return tableModel(translate(tm.incidentsPerArea), columns, result.areas, translate(tm.noArea));
}

export function wavesTable(result: WhereResult): TableModel {
  const columns: TableColumn<Wave>[] = [
    { header: translate(tm.from), value: (wave) => wave.first },
    { header: translate(tm.to), value: (wave) => wave.last },
    { header: translate(tm.incidents), value: (wave) => countCell(wave.incidents, wave.incidentIds), numeric: true },
    { header: translate(tm.radius), value: (wave) => wave.radiusKm, numeric: true },
    { header: translate(tm.places), value: (wave) => wave.places.join(translate(timelineMessages.listSeparator)) },
  ];
  return tableModel(translate(tm.waves), columns, result.waves, translate(tm.noWave));
}

/** The waves in words for the map's caption and the wave circles' names: "Wave 1: 2016-09-01 to 2016-09-12". */
export const waveLabel = (wave: Wave, index: number) => translate(m.waveLabel, { n: index + 1, period: periodText(wave.first, wave.last) });

/** A sequential ramp (ColorBrewer YlOrRd, 5 classes): readable in grey and by the common colour blindnesses. */
const RAMP = ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'];
const MAX_CLASSES = RAMP.length;

export interface CountClass {
  low: number;
  high: number;
  colour: string;
}

/**
 * Up to five classes of the areas' counts: one per count when there are that few, otherwise quantiles (each
 * class holding about as many areas), so one busy area does not leave the rest in one shade.
 */
export function countClasses(counts: readonly number[]): CountClass[] {
  const sorted = [...counts].filter((n) => n > 0).sort((a, b) => a - b);
  const distinct = [...new Set(sorted)];
  const highs =
    distinct.length <= MAX_CLASSES
      ? distinct
      : [...new Set(Array.from({ length: MAX_CLASSES }, (_, k) => sorted[Math.ceil(((k + 1) * sorted.length) / MAX_CLASSES) - 1]!))];
  const colours = highs.length === 1 ? [RAMP[3]!] : highs.map((_, i) => RAMP[Math.round((i * (MAX_CLASSES - 1)) / (highs.length - 1))]!);
  return highs.map((high, i) => ({ low: i === 0 ? sorted[0]! : highs[i - 1]! + 1, high, colour: colours[i]! }));
}

export const classText = (c: CountClass) => (c.low === c.high ? figureText(c.low) : translate(m.figureRange, { min: figureText(c.low), max: figureText(c.high) }));

export function classOf(classes: readonly CountClass[], count: number): CountClass | undefined {
  return classes.find((c) => count >= c.low && count <= c.high);
}

export interface AreaShapeProperties {
  pcode: string;
  name: string;
  incidents: number;
  colour: string;
}

/**
 * The areas with incidents as shaded shapes, from the basemap's polygons; areas the basemap has no shape for
 * are returned apart, for the page to name. Areas with no incident are not in the result, so stay unshaded.
 */
export function shadedAreas(
  areas: readonly AreaCount[],
  shapeOf: (pcode: string) => Polygon | MultiPolygon | undefined,
  classes: readonly CountClass[],
): { shapes: FeatureCollection<Polygon | MultiPolygon, AreaShapeProperties>; withoutShape: AreaCount[] } {
  const features: Feature<Polygon | MultiPolygon, AreaShapeProperties>[] = [];
  const withoutShape: AreaCount[] = [];
  for (const area of areas) {
    const geometry = shapeOf(area.pcode);
    if (!geometry) withoutShape.push(area);
    else features.push({ type: 'Feature', geometry, properties: { pcode: area.pcode, name: area.name, incidents: area.incidents, colour: classOf(classes, area.incidents)?.colour ?? RAMP[0]! } });
  }
  return { shapes: { type: 'FeatureCollection', features }, withoutShape };
}

const EARTH_KM = 6371.0088;

/** A wave's circle on the ground, as a polygon of `steps` sides: its centre and the radius the result states. */
export function waveCircle(wave: Wave, steps = 64): Polygon {
  const rad = Math.PI / 180;
  const [lat, lon] = [wave.centre.lat * rad, wave.centre.lon * rad];
  const angle = wave.radiusKm / EARTH_KM;
  const ring = Array.from({ length: steps + 1 }, (_, i) => {
    const bearing = ((i % steps) / steps) * 2 * Math.PI;
    const lat2 = Math.asin(Math.sin(lat) * Math.cos(angle) + Math.cos(lat) * Math.sin(angle) * Math.cos(bearing));
    const lon2 = lon + Math.atan2(Math.sin(bearing) * Math.sin(angle) * Math.cos(lat), Math.cos(angle) - Math.sin(lat) * Math.sin(lat2));
    return [round6(lon2 / rad), round6(lat2 / rad)];
  });
  return { type: 'Polygon', coordinates: [ring] };
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

export function waveShapes(waves: readonly Wave[]): { circles: FeatureCollection<Polygon>; centres: FeatureCollection } {
  return {
    circles: { type: 'FeatureCollection', features: waves.map((wave, i) => ({ type: 'Feature', geometry: waveCircle(wave), properties: { label: waveLabel(wave, i) } })) },
    centres: { type: 'FeatureCollection', features: waves.map((wave, i) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [wave.centre.lon, wave.centre.lat] }, properties: { label: waveLabel(wave, i) } })) },
  };
}
