import { afterEach, describe, expect, it } from 'vitest';
import { setActiveLocale } from '../i18n/active-locale.js';
import { BASEMAP_ATTRIBUTION, basemapAttribution, mapLocale } from './map-style.js';

describe('the map’s own words', () => {
  afterEach(() => setActiveLocale('en', undefined));

  it('credits the basemap’s sources in the reader’s language, their names as they are', () => {
    expect(basemapAttribution()).toBe(BASEMAP_ATTRIBUTION);
    setActiveLocale('fr', undefined);
    expect(basemapAttribution()).toBe('Frontières : Natural Earth ; Syrie : OCHA (CC BY-IGO 3.0)');
    setActiveLocale('ar', undefined);
    // Isolated as right to left inside MapLibre's left-to-right attribution line, the names left to right inside it.
    expect(basemapAttribution()).toBe('\u2067الحدود: \u2066Natural Earth\u2069؛ سوريا: \u2066OCHA (CC BY-IGO 3.0)\u2069\u2069');
  });

  it('gives MapLibre its controls’ titles and the scale’s units', () => {
    expect(mapLocale()['NavigationControl.ZoomIn']).toBe('Zoom in');
    setActiveLocale('ar', undefined);
    expect(mapLocale()).toMatchObject({ 'NavigationControl.ZoomIn': 'تكبير', 'ScaleControl.Kilometers': 'كم' });
  });
});
