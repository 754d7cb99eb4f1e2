import { ApiError } from '../api.js';

/** How the server read each value typed in words, as the incident forms show it before saving. */
export interface Reading {
  field: string;
  typed: string;
  readAs: string;
}

export function ReadingsList({ readings }: { readings: Reading[] }) {
  if (readings.length === 0) return null;
  return (
    <ul className="readings" aria-label="How the values were read">
      {readings.map((r) => (
        <li key={r.field}>
          {r.field}: “{r.typed}” read as <strong>{r.readAs}</strong>
        </li>
      ))}
    </ul>
  );
}

/** A refusal or a bad value in words, naming the field when the server named one. */
export function errorText(caught: unknown): string {
  if (caught instanceof ApiError && caught.field) return `${caught.field}: ${caught.message}`;
  return caught instanceof Error ? caught.message : String(caught);
}
