import { useState } from 'react';
import { termLabel, type Vocabularies } from '../vocabularies.js';
import { editsBetween, editValues, type EditableField, type ProposalEdits } from './edit-values.js';
import type { Proposal } from './extraction-types.js';
import { DecisionForm } from './DecisionForm.js';

const LABELS: Record<Exclude<EditableField, 'type'>, { label: string; hint?: string }> = {
  title: { label: 'Title' },
  date: { label: 'Date', hint: 'words or EDTF, e.g. 12 July 2015, 2015-07' },
  place: { label: 'Place', hint: 'a P-code or a name the gazetteer knows' },
  killed: { label: 'Killed', hint: 'words, e.g. at least 6' },
  injured: { label: 'Injured' },
  displaced: { label: 'Displaced' },
  means: { label: 'Means', hint: 'terms, separated by commas' },
  targets: { label: 'Targets', hint: 'terms, separated by commas' },
  actorId: { label: 'Alleged perpetrator (actor id)', hint: 'an actor of the case; empty for none' },
};

/** The proposal's fields to correct before accepting; Enter records the incident with the changes, Escape leaves it. */
export function EditForm({ proposal, vocabularies, busy, onSubmit, onCancel }: { proposal: Proposal; vocabularies: Vocabularies | undefined; busy: boolean; onSubmit: (edits: ProposalEdits) => void; onCancel: () => void }) {
  const [before] = useState(() => editValues(proposal));
  const [values, setValues] = useState(before);
  const types = vocabularies?.incident_types?.terms ?? [];
  const field = (name: Exclude<EditableField, 'type'>, autoFocus = false) => (
    <label key={name}>
      {LABELS[name].label}
      <input
        autoFocus={autoFocus}
        value={values[name]}
        list={name === 'place' && proposal.place?.choices.length ? 'place-choices' : undefined}
        onChange={(event) => setValues({ ...values, [name]: event.target.value })}
      />
      {LABELS[name].hint && <span className="muted hint">{LABELS[name].hint}</span>}
    </label>
  );
  return (
    <DecisionForm
      label="Edit the candidate, then accept"
      className="edit-form"
      decideLabel="Accept with these changes"
      canDecide={!busy}
      onDecide={() => onSubmit(editsBetween(before, values))}
      onCancel={onCancel}
    >
      {field('title', true)}
      <label>
        Type
        <select value={values.type} onChange={(event) => setValues({ ...values, type: event.target.value })}>
          {!values.type && <option value="">— choose —</option>}
          {values.type && !types.some((t) => t.id === values.type) && <option value={values.type}>{termLabel(vocabularies, 'incident_types', values.type)}</option>}
          {types.map((term) => (
            <option key={term.id} value={term.id}>
              {term.label}
            </option>
          ))}
        </select>
      </label>
      {field('date')}
      {field('place')}
      {proposal.place && proposal.place.choices.length > 0 && (
        <datalist id="place-choices">
          {proposal.place.choices.map((choice) => (
            <option key={choice.pcode ?? choice.namedArea ?? choice.name} value={choice.pcode ?? choice.namedArea ?? choice.name}>
              {choice.name}
            </option>
          ))}
        </datalist>
      )}
      {field('killed')}
      {field('injured')}
      {field('displaced')}
      {field('means')}
      {field('targets')}
      {field('actorId')}
    </DecisionForm>
  );
}
