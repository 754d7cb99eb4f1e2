import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type DependencyList } from 'react';
import { errorText } from './api.js';

export interface Loaded<T> {
  value?: T;
  error?: string;
}

/** What was loaded, and a way to load it again after a change. */
export interface Reloadable<T> extends Loaded<T> {
  /**
   * Runs the loader again, the value loaded so far staying shown until the new one arrives (an error from an
   * earlier load is cleared meanwhile). Resolves once the answer is shown; a failure shows as `error`, never throws.
   */
  reload: () => Promise<void>;
}

/**
 * What a page loads for its current address: cleared when the address changes, and an answer that arrives after
 * the page has moved on (a slow request for the previous incident, case or filter) is dropped, never shown under
 * the new one.
 */
export function useLoaded<T>(load: () => Promise<T>, deps: DependencyList): Reloadable<T> {
  const [state, setState] = useState<Loaded<T>>({});
  // Each load takes the next number; only the answer to the latest one is shown.
  const latest = useRef(0);
  // A reload runs the loader of the latest render shown, which sees the page as it is now; kept before any
  // effect below runs.
  const loader = useRef(load);
  useLayoutEffect(() => {
    loader.current = load;
  });

  const settle = useCallback((attempt: number) => {
    const shown = () => latest.current === attempt;
    return loader.current().then(
      (value) => void (shown() && setState({ value })),
      (caught: unknown) => void (shown() && setState((previous) => ({ value: previous.value, error: errorText(caught) }))),
    );
  }, []);

  useEffect(() => {
    const attempt = ++latest.current;
    setState({});
    void settle(attempt);
    return () => {
      // Moving on (or away) drops whatever is still on its way.
      latest.current++;
    };
    // The caller names what the load depends on, as for useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  const reload = useCallback(() => {
    const attempt = ++latest.current;
    setState((previous) => ({ value: previous.value }));
    return settle(attempt);
  }, [settle]);

  // One object per answer, as before reload existed: callers may depend on it.
  return useMemo(() => ({ ...state, reload }), [state, reload]);
}
