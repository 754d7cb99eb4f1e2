import { useState } from 'react';
import { errorText } from '../api.js';

/**
 * The changes an owner makes from a case's panel (add, change a role, disclose, withdraw…): what the last one did,
 * or why it failed, and the panel's list read again after each that was made.
 */
export function usePanelChanges(reload: () => Promise<void>) {
  const [failed, setFailed] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  /** Makes a change and says what it did from its answer; resolves to whether it was made (and the list read again). */
  const act = async <T>(change: () => Promise<T>, said: (answer: T) => string): Promise<boolean> => {
    setDone(undefined);
    try {
      const answer = await change();
      setFailed(undefined);
      setDone(said(answer));
      await reload();
      return true;
    } catch (caught) {
      setFailed(errorText(caught));
      return false;
    }
  };
  return { failed, done, act };
}
