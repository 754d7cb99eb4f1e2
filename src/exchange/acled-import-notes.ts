import type { Wording } from '../common/wording.js';
import type { ActorType } from '../vocab/vocabularies.js';
import { acledNoteWordings } from './acled-note-wordings.js';
import type { AcledEvent } from './acled-row-parse.js';
import type { LossTally } from './losses.js';

/** What an ACLED import had to guess or leave out, one counted wording per kind (the report's notes). */
export type ImportNotes = LossTally<Wording>;

const say = acledNoteWordings.say.bind(acledNoteWordings);

/** The notes a row earns by what it holds that Dossier does not record, or records by a guess. */
export function countRowNotes(event: AcledEvent, notes: ImportNotes): void {
  if (event.alternatives.length > 0) {
    notes.add(`type:${event.subEventType}`, (count) =>
      say('otherTypes', { count, subEventType: event.subEventType, incidentType: event.incidentType, alternatives: event.alternatives.join(', ') }),
    );
  }
  if (event.assocActor1) notes.add('assoc', (count) => say('associatedActors', { count, column: 'assoc_actor_1' }));
  if (event.actor2 && event.inter2 !== 7) notes.add('actor2', (count) => say('actor2', { count, column: 'actor2' }));
  if (event.timePrecision > 1) {
    notes.add(`tp${event.timePrecision}`, (count) => say('timePrecision', { count, column: 'time_precision', precision: event.timePrecision, dateColumn: 'event_date' }));
  }
  if (event.sources.length === 0) notes.add('no-source', (count) => say('noSource', { count }));
}

/** A Syrian row whose coordinates fall in none of the gazetteer's governorates. */
export function noteOutsideSyria(notes: ImportNotes): void {
  notes.add('outside-syria', (count) => say('outsideSyria', { count }));
}

/** Best effort from ACLED's inter code (and, without one, the name); the import notes what was guessed. */
export function actorTypeFor(event: AcledEvent, notes: ImportNotes): ActorType {
  const name = event.actor1;
  if (/unidentified/i.test(name)) return 'unidentified_armed_group';
  switch (event.inter1) {
    case 1:
      return /police|security/i.test(name) ? 'state_security' : 'state_armed_forces';
    case 2:
      return 'rebel_group';
    case 3:
      notes.add('militia', (count) => say('militia', { count }));
      return 'pro_government_militia';
    case 4:
      return 'identity_militia';
    case 5:
    case 6:
    case 7:
      notes.add('crowd', (count) => say('crowd', { count }));
      return 'individual';
    case 8:
      return /wagner|private|contractor/i.test(name) ? 'private_military_company' : 'external_state_force';
    default:
      if (/^military forces of/i.test(name)) return 'state_armed_forces';
      if (/^police forces of/i.test(name)) return 'state_security';
      notes.add('actor-type', (count) => say('noActorType', { count }));
      return 'unidentified_armed_group';
  }
}
