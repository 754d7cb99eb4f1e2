import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { atLeast, boundsOf, SYRIA_BBOX } from '../map/bounds.js';
import { useBasemap } from '../map/use-map-data.js';
import '../map/map.css';
import type { IdList, WhereResult } from './analysis-types.js';
import { AnalysisFrame, type FrameProps } from './AnalysisFrame.js';
import { DataTable, IncidentIds, type RowAction } from './DataTable.js';
import {
  areasTable,
  classText,
  countClasses,
  DEFAULT_WAVES,
  DRAWN_LEVELS,
  incidentsText,
  shadedAreas,
  type WaveFields,
  waveParametersText,
  waveParams,
  waveShapes,
  wavesTable,
  WHERE_LEVELS,
  type WhereLevel,
} from './where-rows.js';

// MapLibre loads with the first map shown, as on the map page.
const LazyWhereMap = lazy(() => import('./WhereMap.js'));

/**
 * Where: incidents per admin area shaded on the map, and waves of incidents close in space and time. An area
 * clicked on the map, or chosen by its row's button, narrows the case's shared filters to it.
 */
export function WhereView({ caseId, selection, canPin, onPinned, onChooseArea }: FrameProps & { onChooseArea: (pcode: string) => void }) {
  const [level, setLevel] = useState<WhereLevel>('admin1');
  const [fields, setFields] = useState<WaveFields>(DEFAULT_WAVES);
  const ids = { level: useId(), km: useId(), days: useId(), min: useId() };
  const { params: waves, problems } = waveParams(fields);
  const label = WHERE_LEVELS.find((l) => l.value === level)!.label;
  const field = (key: keyof WaveFields, id: string, text: string, step: string) => (
    <label htmlFor={id}>
      {text}
      <input id={id} type="number" inputMode="decimal" step={step} value={fields[key]} onChange={(e) => setFields((current) => ({ ...current, [key]: e.target.value }))} className="where-number" />
    </label>
  );
  return (
    <>
      <div className="analysis-controls">
        <label htmlFor={ids.level}>
          Areas at the level of
          <select id={ids.level} value={level} onChange={(e) => setLevel(e.target.value as WhereLevel)}>
            {WHERE_LEVELS.map((l) => (
              <option key={l.value} value={l.value}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
        {field('km', ids.km, 'Waves: within km', 'any')}
        {field('days', ids.days, 'and within days', '1')}
        {field('min', ids.min, 'at least incidents', '1')}
      </div>
      {problems.length > 0 ? (
        <p role="alert" className="error">
          Not asked: {problems.join('; ')}.
        </p>
      ) : (
        <AnalysisFrame<WhereResult> caseId={caseId} analysis="where" params={{ ...selection, level, ...waves }} canPin={canPin} onPinned={onPinned} suggestedTitle={`Where: incidents by ${label}, and waves`}>
          {(result) => <WhereResultView result={result} caseId={caseId} onChooseArea={onChooseArea} />}
        </AnalysisFrame>
      )}
    </>
  );
}

/** A pinned result is drawn without `onChooseArea`: it was computed once, so narrowing the case would not change it. */
export function WhereResultView({ result, caseId, onChooseArea }: { result: WhereResult; caseId: string; onChooseArea?: (pcode: string) => void }) {
  const level = (result.parameters.level as WhereLevel | undefined) ?? 'admin1';
  const levelLabel = WHERE_LEVELS.find((l) => l.value === level)?.label ?? level;
  const onlyThisArea: RowAction | undefined = onChooseArea && {
    header: 'Filter',
    cell: (row) => {
      const area = result.areas[row]!;
      return (
        <button type="button" className="link" aria-label={`Only this area: ${area.name} (${area.pcode})`} onClick={() => onChooseArea(area.pcode)}>
          Only this area
        </button>
      );
    },
  };
  return (
    <>
      <h3>Incidents per {levelLabel}</h3>
      <Apart list={result.notAtLevel} words="Placed more coarsely than this level, so in no area" caseId={caseId} />
      <WhereFigure result={result} level={level} onChooseArea={onChooseArea} />
      <DataTable model={areasTable(result)} caseId={caseId} rowAction={onlyThisArea} />
      <h3>Waves</h3>
      <p className="analysis-figure-note">{waveParametersText(result.parameters)}</p>
      <DataTable model={wavesTable(result)} caseId={caseId} />
      <Apart list={result.noWave} words="Dated and located but in no wave" caseId={caseId} />
      <Apart list={result.notLocated} words="Without a date or a point, so never in a wave" caseId={caseId} />
    </>
  );
}

function Apart({ list, words, caseId }: { list: IdList; words: string; caseId: string }) {
  if (list.count === 0) return null;
  return (
    <div className="muted where-apart">
      {words}: <IncidentIds text={incidentsText(list.count)} ids={list.incidentIds} caseId={caseId} />
    </div>
  );
}

function WhereFigure({ result, level, onChooseArea }: { result: WhereResult; level: WhereLevel; onChooseArea: ((pcode: string) => void) | undefined }) {
  const { basemap, error } = useBasemap();
  const drawn = DRAWN_LEVELS.includes(level);
  const classes = useMemo(() => countClasses(result.areas.map((area) => area.incidents)), [result]);
  const picture = useMemo(() => {
    if (!basemap) return undefined;
    const shapeOf = (pcode: string) => (drawn ? basemap.areas.byPcode.get(pcode)?.geometry : undefined);
    const { shapes, withoutShape } = shadedAreas(result.areas, shapeOf, classes);
    const { circles, centres } = waveShapes(result.waves);
    const box = boundsOf([...shapes.features, ...circles.features].map((f) => f.geometry));
    return { shapes, withoutShape, circles, centres, bbox: box ? atLeast(box, 0.5) : SYRIA_BBOX };
  }, [basemap, result, classes, drawn]);
  return (
    <figure className="analysis-figure where-figure">
      {error && (
        <p role="alert" className="error">
          The basemap could not be loaded: {error}
        </p>
      )}
      {picture ? (
        <Suspense fallback={<p className="loading">Loading the map…</p>}>
          <LazyWhereMap basemap={basemap!} shapes={picture.shapes} circles={picture.circles} centres={picture.centres} bbox={picture.bbox} onPickArea={onChooseArea} />
        </Suspense>
      ) : (
        !error && <p className="loading">Loading the map…</p>
      )}
      <figcaption>
        <ul className="where-legend" aria-label="Legend">
          {drawn &&
            classes.map((c) => (
              <li key={c.low}>
                <span className="where-swatch" style={{ background: c.colour }} aria-hidden="true" /> {classText(c)} {c.high === 1 ? 'incident' : 'incidents'}
              </li>
            ))}
          {drawn && (
            <li>
              <span className="where-swatch where-swatch-none" aria-hidden="true" /> no incident (unshaded)
            </li>
          )}
          <li>
            <span className="where-swatch where-swatch-wave" aria-hidden="true" /> a wave: centre and radius
          </li>
        </ul>
        {!drawn && <p className="muted">Sub-district boundaries are not shipped with the map (only governorates and districts): the table lists the sub-districts, the map draws the waves only.</p>}
        {drawn && picture && picture.withoutShape.length > 0 && (
          <p className="muted">Not on the map, having no shape in the basemap: {picture.withoutShape.map((area) => `${area.name} (${area.pcode})`).join(', ')}.</p>
        )}
        {drawn && onChooseArea && result.areas.length > 0 && <p className="muted">Click a shaded area, or use “Only this area” in its row of the table, to narrow the case to it.</p>}
        <p className="muted">Shades: {classes.length > 0 && classes.length < result.areas.length ? 'classes of about as many areas each (quantiles)' : 'one per count'}; the table below holds every figure.</p>
      </figcaption>
    </figure>
  );
}
