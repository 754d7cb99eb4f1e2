import { defineWordings } from '../common/wording.js';

const ROWS = '{count, plural, one {# row} other {# rows}}';
const ACTORS = '{count, plural, one {# actor} other {# actors}}';

/**
 * What an ACLED import had to guess or leave out, counted (acled-import-notes.ts). Column names come as values
 * (`column`, `dateColumn`); `incidentType` and `alternatives` are incident type ids, the latter joined with ", ",
 * for the app to name in the reader's language.
 */
export const acledNoteWordings = defineWordings('acledNote', {
  outsideSyria: "{count, plural, one {# Syrian row} other {# Syrian rows}} with coordinates outside Syria's governorates: imported without P-codes",
  otherTypes: `${ROWS} of ACLED "{subEventType}" recorded as {incidentType} (it may also be {alternatives}): check them`,
  associatedActors: `${ROWS} with associated actors ({column}) not recorded as involvements`,
  actor2: `${ROWS} with a non-civilian {column} not recorded: Dossier has no role for the side attacked`,
  timePrecision: `${ROWS} with {column} {precision} imported as {precision, select, 2 {an interval of six days either side of {dateColumn}} other {the month of {dateColumn}}}`,
  noSource: `${ROWS} without a source: imported without claims`,
  militia: `${ACTORS} with ACLED code 3 (political militia) recorded as pro-government militias: check them`,
  crowd: `${ACTORS} coded by ACLED as rioters, protesters or civilians recorded as individuals: check them`,
  noActorType: `${ACTORS} without a usable inter code recorded as unidentified armed groups: check them`,
});
