import { beforeAll, describe, expect, it } from 'vitest';
import { Gazetteer } from '../places/gazetteer.js';
import { extract } from './extract.js';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await Gazetteer.load();
});

// Written for this test, in the style of a fact-finding report; not taken from any published text.
const REPORT = `Report of the fact-finding team, 20 September 2016

On 15 July 2016, Government aircraft dropped barrel bombs on the market in Erbin. At least 14 civilians were killed and dozens were injured. The team has reasonable grounds to believe that the Syrian Arab Air Force carried out the attack.

In the last month, chemical weapons were used at least two times in the town of Douma. At least two persons died.

Some 42 air sorties were flown over the city that day.

في ١٥ تموز ٢٠١٦ ألقت قوات النظام براميل متفجرة على سوق بلدة عربين، ما أدى إلى مقتل ما لا يقل عن ١٤ مدنياً وإصابة عشرات آخرين.

Совет Безопасности принял резолюцию.`;

describe('extraction of a report', () => {
  const run = () => extract(REPORT, { gazetteer, actors: [{ id: 'act_saaf', names: ['Syrian Arab Air Force'] }] });

  it('takes its anchor from the document date, and says which passages it could not read', () => {
    const result = run();
    expect(result.anchor).toEqual({ date: '2016-09-20', from: 'text' });
    expect(extract(REPORT, { gazetteer, anchor: '2016-10-01' }).anchor).toEqual({ date: '2016-10-01', from: 'given' });
    expect(result.languages).toMatchObject({ ar: 1, other: 1 });
    expect(result.unread.map((u) => [REPORT.slice(u.start, u.end), u.script])).toEqual([['Совет Безопасности принял резолюцию.', 'Cyrillic']]);
  });

  it("leaves a date's numbers to the date, not to the figures", () => {
    const result = run();
    expect(result.counts.map((c) => c.text)).not.toContain('15');
    expect(result.counts.map((c) => c.text)).toEqual(expect.arrayContaining(['At least 14', 'dozens', 'Some 42', 'ما لا يقل عن ١٤', 'عشرات']));
  });

  it('groups each told act with its place, date, means, target, perpetrator, victims and standard of proof', () => {
    const [erbin, douma, arabic, ...rest] = run().incidents;
    expect(rest).toEqual([]);
    expect(erbin).toMatchObject({ type: 'barrel_bomb', place: { text: 'Erbin', candidates: [{ pcode: 'C2321' }] }, date: { edtf: '2016-07-15' }, targets: [{ term: 'market' }] });
    expect(erbin!.killed).toMatchObject({ text: 'At least 14', count: { qualifier: 'at_least', min: 14 } });
    expect(erbin!.injured).toMatchObject({ text: 'dozens', count: { vague: 'dozens' } });
    expect(erbin!.actor).toMatchObject({ vocab: 'actor', term: 'act_saaf' });
    expect(erbin!.standardWords.map((w) => w.text)).toEqual(['reasonable grounds to believe']);
    expect(REPORT.slice(erbin!.evidenceSpan.start, erbin!.evidenceSpan.end)).toMatch(/^On 15 July 2016.*carried out the attack\.$/s);

    // "In the last month" read against the report's date; the next sentence's deaths are this attack's.
    expect(douma).toMatchObject({ type: 'chemical_attack', place: { text: 'Douma' }, date: { edtf: '2016-08-20/2016-09-20' }, killed: { count: { min: 2 } } });

    expect(arabic).toMatchObject({ type: 'barrel_bomb', place: { text: 'عربين' }, date: { edtf: '2016-07-15' }, actor: { term: 'state_armed_forces' } });
    expect(arabic!.killed).toMatchObject({ text: 'ما لا يقل عن ١٤', count: { min: 14 } });
    expect(arabic!.injured).toMatchObject({ text: 'عشرات' });
  });

  it('takes no candidate from a heading, and gives "in the town" and "that day" the place and day told last', () => {
    const text = 'Gas attack on the town, 5 April 2017\n\nOn 4 April 2017 aircraft dropped bombs releasing chlorine on Khan Shaykhun; 58 people were killed.\n\nLater that day, rockets hit a clinic in the town.';
    const incidents = extract(text, { gazetteer }).incidents;
    expect(incidents.map((c) => [c.type, c.place?.text, c.date?.edtf])).toEqual([
      ['chemical_attack', 'Khan Shaykhun', '2017-04-04'],
      ['artillery_rocket_missile', 'Khan Shaykhun', '2017-04-04'],
    ]);
  });
});
