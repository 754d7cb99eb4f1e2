/** Labels shown as small tags; graphic violence stands out, so a colleague sees it before opening anything. */
export function LabelChips({ labels, names }: { labels: readonly string[]; names: (code: string) => string }) {
  if (labels.length === 0) return null;
  return (
    <ul className="label-chips">
      {labels.map((label) => (
        <li key={label} className={label === 'graphic_violence' ? 'label-chip graphic' : 'label-chip'}>
          {names(label)}
        </li>
      ))}
    </ul>
  );
}
