import { useState } from 'react';
import { useT } from '../i18n/LanguageProvider.js';
import { DecisionForm } from './DecisionForm.js';
import { extractionMessages as m } from './extraction.messages.js';

/** A choice among several (the incident to corroborate, the candidate to merge into): arrows choose, Enter decides. */
export function ChoiceForm({ legend, choices, busy, onSubmit, onCancel }: { legend: string; choices: { value: string; label: string }[]; busy: boolean; onSubmit: (value: string) => void; onCancel: () => void }) {
  const t = useT();
  const [chosen, setChosen] = useState(choices[0]?.value ?? '');
  return (
    <DecisionForm
      label={legend}
      decideLabel={t(m.decide)}
      canDecide={!busy && Boolean(chosen)}
      onDecide={() => onSubmit(chosen)}
      onCancel={onCancel}
      onKeyDown={(event) => {
        // Enter on a radio button decides, as it does in a text field.
        if (event.key === 'Enter' && (event.target as HTMLInputElement).type === 'radio') {
          event.preventDefault();
          if (chosen && !busy) onSubmit(chosen);
        }
      }}
    >
      <fieldset>
        <legend>{legend}</legend>
        {choices.map((choice, index) => (
          <label key={choice.value} className="check">
            <input type="radio" name="choice" value={choice.value} checked={chosen === choice.value} autoFocus={index === 0} onChange={() => setChosen(choice.value)} />
            <span dir="auto">{choice.label}</span>
          </label>
        ))}
      </fieldset>
    </DecisionForm>
  );
}
