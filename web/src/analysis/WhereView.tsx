import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Message } from '../i18n/define-messages.js';
import { useT } from '../i18n/LanguageProvider.js';
import { atLeast, boundsOf, SYRIA_BBOX } from '../map/bounds.js';
import { useBasemap } from '../map/use-map-data.js';
import '../map/map.css';
import { timelineMessages } from '../timeline/timeline.messages.js';
import type { IdList, WhereResult } from './analysis-types.js';
import { analysisMessages as m } from './analysis.messages.js';
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
  const t = useT();
  const [level, setLevel] = useState<WhereLevel>('admin1');
  const [fields, setFields] = useState<WaveFields>(DEFAULT_WAVES);
  const ids = { level: useId(), km: useId(), days: useId(), min: useId() };
  const { params: waves, problems } = waveParams(fields);
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
          {t(m.areasAtLevel)}
          <select id={ids.level} value={level} onChange={(e) => setLevel(e.target.value as WhereLevel)}>
            {WHERE_LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(m.levelName, { level: l })}
              </option>
            ))}
          </select>
        </label>
        {field('km', ids.km, t(m.wavesWithinKm), 'any')}
        {field('days', ids.days, t(m.withinDays), '1')}
        {field('min', ids.min, t(m.atLeastIncidents), '1')}
      </div>
      {problems.length > 0 ? (
        <p role="alert" className="error">
          {t(m.notAsked, { problems: problems.join(t(timelineMessages.listSeparator)) })}
        </p>
      ) : (
        <AnalysisFrame<WhereResult> caseId={caseId} analysis="where" params={{ ...selection, level, ...waves }} canPin={canPin} onPinned={onPinned} suggestedTitle={t(m.whereTitle, { level })}>
          {(result) => <WhereResultView result={result} caseId={caseId} onChooseArea={onChooseArea} />}
        </AnalysisFrame>
      )}
    </>
  );
}

/** A pinned result is drawn without `onChooseArea`: it was computed once, so narrowing the case would not change it. */
export function WhereResultView({ result, caseId, onChooseArea }: { result: WhereResult; caseId: string; onChooseArea?: (pcode: string) => void }) {
  const t = useT();
  const level = (result.parameters.level as WhereLevel | undefined) ?? 'admin1';
  const onlyThisArea: RowAction | undefined = onChooseArea && {
    header: t(m.filterColumn),
    cell: (row) => {
      const area = result.areas[row]!;
      return (
        <button type="button" className="link" aria-label={t(m.onlyThisAreaNamed, { name: area.name, pcode: area.pcode })} onClick={() => onChooseArea(area.pcode)}>
          {t(m.onlyThisArea)}
        </button>
      );
    },
  };
  return (
    <>
      <h3>{t(m.incidentsPerLevel, { level })}</h3>
      <Apart list={result.notAtLevel} words={m.placedCoarser} caseId={caseId} />
      <WhereFigure result={result} level={level} onChooseArea={onChooseArea} />
      <DataTable model={areasTable(result)} caseId={caseId} rowAction={onlyThisArea} />
      <h3>{t(m.waves)}</h3>
      <p className="analysis-figure-note">{waveParametersText(result.parameters)}</p>
      <DataTable model={wavesTable(result)} caseId={caseId} />
      <Apart list={result.noWave} words={m.inNoWave} caseId={caseId} />
      <Apart list={result.notLocated} words={m.neverInWave} caseId={caseId} />
    </>
  );
}

/** Incidents the areas or the waves leave out, said in `words` (a message with the count's place in it). */
function Apart({ list, words, caseId }: { list: IdList; words: Message; caseId: string }) {
  if (list.count === 0) return null;
  return (
    <div className="muted where-apart">
      <FormattedMessage {...words} values={{ incidents: <IncidentIds text={incidentsText(list.count)} ids={list.incidentIds} caseId={caseId} /> }} />
    </div>
  );
}

function WhereFigure({ result, level, onChooseArea }: { result: WhereResult; level: WhereLevel; onChooseArea: ((pcode: string) => void) | undefined }) {
  const t = useT();
  const intl = useIntl();
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
          {t(m.basemapFailed, { error })}
        </p>
      )}
      {picture ? (
        <Suspense fallback={<p className="loading">{t(m.loadingMap)}</p>}>
          <LazyWhereMap basemap={basemap!} shapes={picture.shapes} circles={picture.circles} centres={picture.centres} bbox={picture.bbox} onPickArea={onChooseArea} />
        </Suspense>
      ) : (
        !error && <p className="loading">{t(m.loadingMap)}</p>
      )}
      <figcaption>
        <ul className="where-legend" aria-label={t(m.legend)}>
          {drawn &&
            classes.map((c) => (
              <li key={c.low}>
                <span className="where-swatch" style={{ background: c.colour }} aria-hidden="true" /> {t(m.classIncidents, { range: classText(c), high: c.high })}
              </li>
            ))}
          {drawn && (
            <li>
              <span className="where-swatch where-swatch-none" aria-hidden="true" /> {t(m.noIncidentUnshaded)}
            </li>
          )}
          <li>
            <span className="where-swatch where-swatch-wave" aria-hidden="true" /> {t(m.waveSwatch)}
          </li>
        </ul>
        {!drawn && <p className="muted">{t(m.noSubDistricts)}</p>}
        {drawn && picture && picture.withoutShape.length > 0 && (
          <p className="muted">{t(m.notOnMap, { areas: intl.formatList(picture.withoutShape.map((area) => `${area.name} (${area.pcode})`), { type: 'unit', style: 'short' }) })}</p>
        )}
        {drawn && onChooseArea && result.areas.length > 0 && <p className="muted">{t(m.clickToNarrow)}</p>}
        <p className="muted">{t(classes.length > 0 && classes.length < result.areas.length ? m.shadesQuantiles : m.shadesPerCount)}</p>
      </figcaption>
    </figure>
  );
}
