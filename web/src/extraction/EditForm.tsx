import { useState } from 'react';
import type { Message } from '../i18n/define-messages.js';
import { useT } from '../i18n/LanguageProvider.js';
import { termLabel, type Vocabularies } from '../vocabularies.js';
import { editsBetween, editValues, type EditableField, type ProposalEdits } from './edit-values.js';
import type { Proposal } from './extraction-types.js';
import { DecisionForm } from './DecisionForm.js';
import { extractionMessages as m } from './extraction.messages.js';

const LABELS: Record<Exclude<EditableField, 'type'>, { label: Message; hint?: Message }> = {
  title: { label: m.title },
  date: { label: m.date, hint: m.dateHint },
  place: { label: m.place, hint: m.placeHint },
  killed: { label: m.killed, hint: m.killedHint },
  injured: { label: m.injured },
  displaced: { label: m.displaced },
  means: { label: m.means, hint: m.termsHint },
  targets: { label: m.targets, hint: m.termsHint },
  actorId: { label: m.actorIdField, hint: m.actorHint },
};

/** The proposal's fields to correct before accepting; Enter records the incident with the changes, Escape leaves it. */
export function EditForm({ proposal, vocabularies, busy, onSubmit, onCancel }: { proposal: Proposal; vocabularies: Vocabularies | undefined; busy: boolean; onSubmit: (edits: ProposalEdits) => void; onCancel: () => void }) {
  const t = useT();
  const [before] = useState(() => editValues(proposal));
  const [values, setValues] = useState(before);
  const types = vocabularies?.incident_types?.terms ?? [];
  const field = (name: Exclude<EditableField, 'type'>, autoFocus = false) => {
    const { label, hint } = LABELS[name];
    return (
      <label key={name}>
        {t(label)}
        <input
          autoFocus={autoFocus}
          value={values[name]}
          list={name === 'place' && proposal.place?.choices.length ? 'place-choices' : undefined}
          onChange={(event) => setValues({ ...values, [name]: event.target.value })}
        />
        {hint && <span className="muted hint">{t(hint)}</span>}
      </label>
    );
  };
  return (
    <DecisionForm
      label={t(m.editThenAccept)}
      className="edit-form"
      decideLabel={t(m.acceptWithChanges)}
      canDecide={!busy}
      onDecide={() => onSubmit(editsBetween(before, values))}
      onCancel={onCancel}
    >
      {field('title', true)}
      <label>
        {t(m.type)}
        <select value={values.type} onChange={(event) => setValues({ ...values, type: event.target.value })}>
          {!values.type && <option value="">{t(m.chooseType)}</option>}
          {values.type && !types.some((t) => t.id === values.type) && <option value={values.type}>{termLabel(vocabularies, 'incident_types', values.type)}</option>}
          {types.map((term) => (
            <option key={term.id} value={term.id}>
              {termLabel(vocabularies, 'incident_types', term.id)}
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
