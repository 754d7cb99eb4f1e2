import { describe, expect, it } from 'vitest';
import { boxOf, chartMirror, chevronPath, labelBeside, sideMargins } from './chart-direction.js';

describe('charts in the page’s reading direction', () => {
  it('runs time from right to left in Arabic, the other axis on the right; left to right in French and English', () => {
    expect(chartMirror('ar')).toEqual({ dir: 'rtl', reversed: true, axisSide: 'right' });
    expect(chartMirror('fr')).toEqual({ dir: 'ltr', reversed: false, axisSide: 'left' });
    expect(chartMirror('en')).toEqual({ dir: 'ltr', reversed: false, axisSide: 'left' });
    // The room at the far end of the time axis goes to the left when mirrored.
    expect(sideMargins(chartMirror('ar'), { start: 0, end: 16 })).toEqual({ left: 16, right: 0 });
    expect(sideMargins(chartMirror('fr'), { start: 0, end: 16 })).toEqual({ left: 0, right: 16 });
    expect(sideMargins(chartMirror('ar'), { start: 0, end: 24, labelRoom: 12 })).toEqual({ left: 24, right: 12 });
    expect(sideMargins(chartMirror('en'), { start: 0, end: 24, labelRoom: 12 })).toEqual({ left: 0, right: 24 });
  });

  it('draws a bar recharts gives right to left (a negative width) as a rectangle of positive width', () => {
    expect(boxOf(300, -120)).toEqual({ x: 180, width: 120 });
    expect(boxOf(180, 120)).toEqual({ x: 180, width: 120 });
    expect(boxOf(50, -1, 2)).toEqual({ x: 49, width: 2 });
  });

  it('runs a marker’s label into the plot: a late marker’s label runs back towards the earlier dates, on whichever side they are', () => {
    const marker = { x: 100, width: 40 };
    // French: early dates on the left; an early marker's label runs right from its left edge, a late one's left from its right edge.
    expect(labelBeside(marker, false, chartMirror('fr'))).toEqual({ x: 100, textAnchor: 'start' });
    expect(labelBeside(marker, true, chartMirror('fr'))).toEqual({ x: 140, textAnchor: 'end' });
    // Arabic: early dates on the right; an early marker's label runs left from its right edge, a late one's right from its left edge.
    expect(labelBeside(marker, false, chartMirror('ar'))).toEqual({ x: 140, textAnchor: 'end' });
    expect(labelBeside(marker, true, chartMirror('ar'))).toEqual({ x: 100, textAnchor: 'start' });
    // Inset into a span recharts drew right to left: 8 px inside its right (earliest) edge.
    expect(labelBeside({ x: 300, width: -120 }, false, chartMirror('ar'), 8)).toEqual({ x: 292, textAnchor: 'end' });
  });

  it('points a chevron outwards from the end of a span it marks', () => {
    // A date running on before the first bin: on the left in French (pointing left), on the right in Arabic (pointing right).
    expect(chevronPath(100, -1, 0, 20)).toBe('M106,1 L101,10 L106,19');
    expect(chevronPath(300, 1, 0, 20)).toBe('M294,1 L299,10 L294,19');
  });
});
