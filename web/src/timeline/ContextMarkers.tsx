import type { IntlShape } from 'react-intl';
import { ReferenceArea, ReferenceLine } from 'recharts';
import { type ChartMirror, labelBeside } from './chart-direction.js';
import type { ContextMarker } from './context-markers.js';

/** Both charts reserve the same axis width, so a bin sits at the same x in the bars and in the spans below. */
export const AXIS_WIDTH = 40;
/** The room left at the far end of the time axis (its right, or its left when mirrored). */
export const CHART_MARGIN_END = 16;
/** Marker labels are staggered over this many lines above the bars, so neighbouring titles do not overwrite. */
export const LABEL_LINES = 4;
export const LABEL_LINE_HEIGHT = 15;

const MARKER_COLOUR = '#5b4a8a';

interface LabelViewBox {
  viewBox?: { x?: number; y?: number; width?: number; height?: number };
}

/**
 * The event's number and, on the full timeline, its title, above the plot; running back towards the earlier
 * part of the chart when the marker sits in its later part, so the title does not run off its edge.
 */
function markerLabel(marker: ContextMarker, binCount: number, withTitle: boolean, mirror: ChartMirror, intl: IntlShape) {
  const MarkerLabel = ({ viewBox }: LabelViewBox) => {
    const top = viewBox?.y ?? 0;
    const line = (marker.number - 1) % LABEL_LINES;
    const placed = labelBeside({ x: viewBox?.x ?? 0, width: viewBox?.width ?? 0 }, marker.firstIndex > binCount * 0.6, mirror);
    const number = intl.formatNumber(marker.number);
    const text = withTitle ? `${number}. ${marker.event.title}` : number;
    return (
      <text
        className="timeline-marker-label"
        x={placed.x}
        y={top - 4 - (withTitle ? (LABEL_LINES - 1 - line) * LABEL_LINE_HEIGHT : 0)}
        textAnchor={placed.textAnchor}
        fill={MARKER_COLOUR}
        fontSize={12}
      >
        {text}
      </text>
    );
  };
  return MarkerLabel;
}

/**
 * Reference lines (an event dated within one bin) and areas (an event that may fall in several) for a chart
 * whose x axis is either the bins' keys (the bars) or their index (the span lane, a number axis).
 */
export function contextMarkerElements(
  markers: readonly ContextMarker[],
  options: { binCount: number; axis: 'key' | 'index'; label: 'title' | 'number' | 'none'; mirror: ChartMirror; intl: IntlShape },
) {
  return markers.map((marker) => {
    const Label = options.label === 'none' ? undefined : markerLabel(marker, options.binCount, options.label === 'title', options.mirror, options.intl);
    const label = Label ? (props: LabelViewBox) => <Label {...props} /> : undefined;
    if (marker.isLine) {
      const x = options.axis === 'key' ? marker.firstKey : marker.firstIndex + 0.5;
      return <ReferenceLine key={marker.event.id} x={x} stroke={MARKER_COLOUR} strokeDasharray="4 3" strokeWidth={1.5} label={label} />;
    }
    const [x1, x2] = options.axis === 'key' ? [marker.firstKey, marker.lastKey] : [marker.firstIndex, marker.lastIndex + 1];
    // Never "discard": an area ending at the last bin's edge lands a rounding error past the plot and would vanish.
    return <ReferenceArea key={marker.event.id} x1={x1} x2={x2} ifOverflow="visible" fill={MARKER_COLOUR} fillOpacity={0.08} stroke={MARKER_COLOUR} strokeOpacity={0.4} label={label} />;
  });
}
