import { crimeAgainstHumanity, type Provision } from './catalogue-types.js';

/** Crimes against humanity, Rome Statute art. 7(1). Element summaries are ours, after the ICC Elements of Crimes. */
export const ART7_PROVISIONS: readonly Provision[] = [
  crimeAgainstHumanity({
    id: 'rs-7-1-a',
    citation: 'Rome Statute art. 7(1)(a)',
    title: 'Murder as a crime against humanity',
    elements: [['consequence', 'The perpetrator killed (caused the death of) one or more persons.']],
    notes: ['Applies in peace or war, in either type of conflict; no link to an armed conflict is needed.'],
  }),
  crimeAgainstHumanity({
    id: 'rs-7-1-d',
    citation: 'Rome Statute art. 7(1)(d)',
    title: 'Deportation or forcible transfer of population',
    elements: [
      ['conduct', 'The perpetrator moved one or more persons to another State or place, by expulsion or other coercion (threats, fear of violence, detention, a coercive environment), without grounds permitted by international law.'],
      ['circumstance', 'The persons were lawfully present in the area they were moved from.'],
      ['mental', 'The perpetrator was aware of the facts that made their presence lawful.'],
    ],
    notes: ['Crossing a State border makes it deportation; moving people within a country is forcible transfer (see crossed_border).'],
  }),
  crimeAgainstHumanity({
    id: 'rs-7-1-e',
    citation: 'Rome Statute art. 7(1)(e)',
    title: 'Imprisonment or other severe deprivation of physical liberty',
    elements: [
      ['conduct', 'The perpetrator imprisoned one or more persons or otherwise severely deprived them of physical liberty.'],
      ['circumstance', 'The deprivation was grave enough to violate fundamental rules of international law.'],
      ['mental', 'The perpetrator was aware of the facts that established that gravity.'],
    ],
  }),
  crimeAgainstHumanity({
    id: 'rs-7-1-f',
    citation: 'Rome Statute art. 7(1)(f)',
    title: 'Torture as a crime against humanity',
    elements: [
      ['conduct', 'The perpetrator inflicted severe physical or mental pain or suffering on one or more persons.'],
      ['circumstance', 'The persons were in the perpetrator\'s custody or under the perpetrator\'s control.'],
      ['circumstance', 'The pain or suffering did not arise only from, and was not inherent in or incidental to, lawful sanctions.'],
    ],
    notes: ['Unlike the war crime of torture, no particular purpose has to be shown.'],
  }),
  crimeAgainstHumanity({
    id: 'rs-7-1-h',
    citation: 'Rome Statute art. 7(1)(h)',
    title: 'Persecution',
    elements: [
      ['conduct', 'The perpetrator severely deprived one or more persons of fundamental rights, contrary to international law.'],
      ['conduct', 'The perpetrator targeted them because of their membership of an identifiable group or collectivity, or targeted the group as such.'],
      ['circumstance', 'The targeting was on political, racial, national, ethnic, cultural, religious or gender grounds, or other grounds universally recognised as impermissible under international law.'],
      ['circumstance', 'The conduct was connected with another act listed in art. 7(1) or another crime within the Court\'s jurisdiction.'],
    ],
  }),
  crimeAgainstHumanity({
    id: 'rs-7-1-i',
    citation: 'Rome Statute art. 7(1)(i)',
    title: 'Enforced disappearance of persons',
    elements: [
      ['conduct', 'The perpetrator arrested, detained or abducted one or more persons, or refused to acknowledge such a deprivation of freedom or to give information on their fate or whereabouts.'],
      ['circumstance', 'The deprivation of freedom went with, or was followed by, that refusal (or the refusal was preceded or accompanied by the deprivation).'],
      ['mental', 'The perpetrator was aware that the deprivation would in the ordinary course be followed by such a refusal, or that the refusal went with a deprivation of freedom.'],
      ['circumstance', 'The deprivation of freedom was carried out by, or with the authorisation, support or acquiescence of, a State or political organisation.'],
      ['circumstance', 'The refusal was carried out by, or with the authorisation or support of, that State or political organisation.'],
      ['mental', 'The perpetrator intended to remove the persons from the protection of the law for a prolonged period.'],
    ],
  }),
  crimeAgainstHumanity({
    id: 'rs-7-1-k',
    citation: 'Rome Statute art. 7(1)(k)',
    title: 'Other inhumane acts',
    elements: [
      ['consequence', 'By an inhumane act, the perpetrator caused great suffering or serious injury to body or to mental or physical health.'],
      ['circumstance', 'The act was of a character (nature and gravity) similar to the other acts listed in art. 7(1).'],
      ['mental', 'The perpetrator was aware of the facts that established the character of the act.'],
    ],
  }),
];
