import { describe, expect, it } from 'vitest';
import { parseAcledRecord, type AcledEvent, type AcledRecord } from './acled-row-parse.js';

/** An air strike as ACLED's 2023 files record one (names for actor codes, a spelled date). */
const STRIKE: AcledRecord = {
  event_id_cnty: 'SYR90210',
  event_date: '19 September 2016',
  year: '2016',
  time_precision: '1',
  event_type: 'Explosions/Remote violence',
  sub_event_type: 'Air/drone strike',
  actor1: 'Military Forces of Russia (2000-)',
  inter1: 'External/Other forces',
  actor2: 'Civilians (Syria)',
  inter2: '7',
  civilian_targeting: 'Civilian targeting',
  country: 'Syria',
  admin1: 'Aleppo',
  admin2: 'Jebel Saman',
  admin3: 'Atareb',
  location: 'Urum al-Kubra',
  latitude: '36.1453',
  longitude: '36.9419',
  geo_precision: '1',
  source: 'SOHR; SARC;SOHR',
  notes: 'Strike on an aid convoy; 20 killed.',
  fatalities: '20',
  tags: '',
};

function event(record: AcledRecord): AcledEvent {
  const parsed = parseAcledRecord(record);
  if (!('event' in parsed)) throw new Error(`expected an event, got ${JSON.stringify(parsed.problems)}`);
  return parsed.event;
}

function problems(record: AcledRecord): Record<string, string> {
  const parsed = parseAcledRecord(record);
  if (!('problems' in parsed)) throw new Error('expected problems');
  return Object.fromEntries(parsed.problems.map((p) => [p.field, p.problem]));
}

describe('an ACLED row', () => {
  it('reads a whole event: the day, the likeliest incident type and its alternatives, places and sources', () => {
    expect(event(STRIKE)).toEqual({
      eventId: 'SYR90210',
      day: '2016-09-19',
      timePrecision: 1,
      eventType: 'Explosions/Remote violence',
      subEventType: 'Air/drone strike',
      incidentType: 'air_strike',
      alternatives: ['barrel_bomb', 'incendiary_attack'],
      actor1: 'Military Forces of Russia (2000-)',
      inter1: 8,
      assocActor1: '',
      actor2: 'Civilians (Syria)',
      inter2: 7,
      civilianTargeting: true,
      countryCode: 'SY',
      country: 'Syria',
      admins: ['Atareb', 'Jebel Saman', 'Aleppo'],
      location: 'Urum al-Kubra',
      lat: 36.1453,
      lon: 36.9419,
      geoPrecision: 1,
      sources: ['SOHR', 'SARC'],
      notes: 'Strike on an aid convoy; 20 killed.',
      fatalities: 20,
      tags: [],
    });
  });

  it('reads empty precisions as 1, absent actor codes and ids as none, and zero dead as zero', () => {
    const read = event({ ...STRIKE, event_id_cnty: '', time_precision: '', geo_precision: '', inter1: '0', inter2: '', civilian_targeting: '', admin3: '', fatalities: '0', tags: 'women targeted; ' });
    expect(read).toMatchObject({ eventId: undefined, timePrecision: 1, geoPrecision: 1, inter1: undefined, inter2: undefined, civilianTargeting: false, admins: ['Jebel Saman', 'Aleppo'], fatalities: 0, tags: ['women targeted'] });
  });

  it('keeps Arabic text as written', () => {
    const read = event({ ...STRIKE, location: 'أورم الكبرى', notes: 'قصف قافلة مساعدات' });
    expect(read.location).toBe('أورم الكبرى');
    expect(read.notes).toBe('قصف قافلة مساعدات');
  });

  it('says everything wrong with a row at once, each after its column', () => {
    expect(
      problems({ ...STRIKE, event_date: '31 June 2016', time_precision: '4', inter1: 'Militia', country: 'Atlantis', latitude: '91', longitude: 'east', location: '', fatalities: '-3' }),
    ).toEqual({
      event_date: '"31 June 2016" is not a calendar date in a form ACLED writes (2016-09-19 or 19 September 2016)',
      time_precision: '"4" is not 1, 2 or 3',
      inter1: '"Militia" is not an ACLED actor code (1–8) or name ("State forces", "Civilians"…)',
      country: 'unknown country "Atlantis"',
      latitude: '91 is out of range (-90 to 90)',
      longitude: '"east" is not a number',
      location: 'is required',
      fatalities: '"-3" is not a whole number of zero or more',
    });
  });

  it('refuses a year that contradicts the date, and a missing count of the dead', () => {
    expect(problems({ ...STRIKE, year: '2015' })).toEqual({ year: '2015 does not match event_date 19 September 2016' });
    expect(problems({ ...STRIKE, fatalities: '' })).toEqual({ fatalities: 'is required (0 when none were reported)' });
    expect(problems({ ...STRIKE, fatalities: '200000000' })).toEqual({ fatalities: '"200000000" is not a whole number of zero or more' });
    expect(problems({ ...STRIKE, event_date: '' })).toEqual({ event_date: 'is required' });
  });

  it('refuses an ACLED type Dossier has no counterpart for, or one ACLED does not have', () => {
    expect(problems({ ...STRIKE, event_type: 'Strategic developments', sub_event_type: 'Other' }).sub_event_type).toMatch(/^ACLED "Strategic developments \/ Other" events have no counterpart/);
    expect(problems({ ...STRIKE, event_type: 'Battles', sub_event_type: 'Government regains territory' }).sub_event_type).toMatch(/no counterpart among Dossier's incident types/);
    expect(problems({ ...STRIKE, event_type: 'Airstrikes' }).event_type).toMatch(/^unknown ACLED event type "Airstrikes"/);
    expect(problems({ ...STRIKE, sub_event_type: 'Drone strike' }).sub_event_type).toMatch(/^"Drone strike" is not an ACLED sub-event type of Explosions\/Remote violence/);
  });

  it('carries a code and values with each problem it words, for the reader’s language', () => {
    const parsed = parseAcledRecord({ ...STRIKE, latitude: '' });
    expect('problems' in parsed && parsed.problems).toEqual([{ field: 'latitude', problem: 'is required', wording: expect.objectContaining({ code: 'acledRow.required' }) }]);
  });

  it('refuses over-long names and sources', () => {
    expect(problems({ ...STRIKE, actor1: 'x'.repeat(301) })).toEqual({ actor1: 'is longer than 300 characters' });
    expect(problems({ ...STRIKE, location: 'x'.repeat(201) })).toEqual({ location: 'is longer than 200 characters' });
    expect(problems({ ...STRIKE, source: `SOHR; ${'x'.repeat(501)}` })).toEqual({ source: 'names a source longer than 500 characters' });
  });
});
