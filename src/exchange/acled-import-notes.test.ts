import { describe, expect, it } from 'vitest';
import type { Wording } from '../common/wording.js';
import { actorTypeFor, countRowNotes, noteOutsideSyria, type ImportNotes } from './acled-import-notes.js';
import type { AcledEvent } from './acled-row-parse.js';
import { LossTally } from './losses.js';

const EVENT: AcledEvent = {
  eventId: 'SYR1',
  day: '2016-09-19',
  timePrecision: 1,
  eventType: 'Violence against civilians',
  subEventType: 'Sexual violence',
  incidentType: 'sexual_violence',
  alternatives: [],
  actor1: 'Military Forces of Syria (2000-2024)',
  inter1: 1,
  assocActor1: '',
  actor2: 'Civilians (Syria)',
  inter2: 7,
  civilianTargeting: true,
  countryCode: 'SY',
  country: 'Syria',
  admins: [],
  location: 'Douma',
  lat: 33.57,
  lon: 36.4,
  geoPrecision: 1,
  sources: ['SNHR'],
  notes: '',
  fatalities: 0,
  tags: [],
};

const texts = (notes: ImportNotes) => notes.list().map((note) => note.text);

describe('what an ACLED import notes of each row', () => {
  it('notes nothing of a row Dossier records whole', () => {
    const notes: ImportNotes = new LossTally<Wording>();
    countRowNotes(EVENT, notes);
    expect(notes.list()).toEqual([]);
  });

  it('counts each kind of guess or loss once, over all the rows that earn it', () => {
    const notes: ImportNotes = new LossTally<Wording>();
    const guessed = { ...EVENT, subEventType: 'Air/drone strike', incidentType: 'air_strike' as const, alternatives: ['barrel_bomb', 'incendiary_attack'] as AcledEvent['alternatives'] };
    countRowNotes(guessed, notes);
    countRowNotes({ ...guessed, timePrecision: 2, sources: [] }, notes);
    countRowNotes({ ...EVENT, assocActor1: 'Hezbollah', actor2: 'Rebel Forces', inter2: 2, timePrecision: 3 }, notes);
    expect(texts(notes)).toEqual([
      '2 rows of ACLED "Air/drone strike" recorded as air_strike (it may also be barrel_bomb, incendiary_attack): check them',
      '1 row with time_precision 2 imported as an interval of six days either side of event_date',
      '1 row without a source: imported without claims',
      '1 row with associated actors (assoc_actor_1) not recorded as involvements',
      '1 row with a non-civilian actor2 not recorded: Dossier has no role for the side attacked',
      '1 row with time_precision 3 imported as the month of event_date',
    ]);
    noteOutsideSyria(notes);
    noteOutsideSyria(notes);
    expect(texts(notes).at(-1)).toBe("2 Syrian rows with coordinates outside Syria's governorates: imported without P-codes");
  });
});

describe('the actor type an ACLED actor is recorded as', () => {
  const typeOf = (actor1: string, inter1: AcledEvent['inter1']) => {
    const notes: ImportNotes = new LossTally<Wording>();
    return { type: actorTypeFor({ ...EVENT, actor1, inter1 }, notes), notes: texts(notes) };
  };

  it('follows the inter code, telling police from army and contractors from foreign states', () => {
    expect(typeOf('Military Forces of Syria (2000-2024)', 1)).toEqual({ type: 'state_armed_forces', notes: [] });
    expect(typeOf('Police Forces of Syria (2000-2024)', 1).type).toBe('state_security');
    expect(typeOf('Hayat Tahrir al-Sham', 2).type).toBe('rebel_group');
    expect(typeOf('Druze Militia (Syria)', 4).type).toBe('identity_militia');
    expect(typeOf('Military Forces of Russia (2000-)', 8).type).toBe('external_state_force');
    expect(typeOf('Wagner Group', 8).type).toBe('private_military_company');
  });

  it('calls an unidentified group so whatever its code, and notes the guesses it makes', () => {
    expect(typeOf('Unidentified Armed Group (Syria)', 2)).toEqual({ type: 'unidentified_armed_group', notes: [] });
    expect(typeOf('NDF: National Defence Forces', 3)).toEqual({ type: 'pro_government_militia', notes: ['1 actor with ACLED code 3 (political militia) recorded as pro-government militias: check them'] });
    expect(typeOf('Protesters (Syria)', 6)).toEqual({ type: 'individual', notes: ['1 actor coded by ACLED as rioters, protesters or civilians recorded as individuals: check them'] });
  });

  it('reads the name when there is no code, and says when it could not', () => {
    expect(typeOf('Military Forces of Turkey (2016-)', undefined)).toEqual({ type: 'state_armed_forces', notes: [] });
    expect(typeOf('Police Forces of Iraq (2014-)', undefined).type).toBe('state_security');
    expect(typeOf('Sons of the East', undefined)).toEqual({ type: 'unidentified_armed_group', notes: ['1 actor without a usable inter code recorded as unidentified armed groups: check them'] });
  });
});
