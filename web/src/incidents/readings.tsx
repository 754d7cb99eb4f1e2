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
