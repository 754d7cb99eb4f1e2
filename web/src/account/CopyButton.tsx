import { useState } from 'react';

/** Copies a secret to the clipboard and says so; where the clipboard is refused, the text stays selectable on the page. */
export function CopyButton({ text, what }: { text: string; what: string }) {
  const [said, setSaid] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setSaid(`${what} copied.`);
    } catch {
      setSaid(`The browser refused the clipboard: select the ${what.toLowerCase()} and copy it by hand.`);
    }
  };
  return (
    <>
      <button type="button" className="secondary" onClick={() => void copy()} aria-label={`Copy the ${what.toLowerCase()}`}>
        Copy
      </button>
      <span role="status" className="copied">
        {said}
      </span>
    </>
  );
}
