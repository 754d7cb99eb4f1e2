import { useEffect, useState, type DependencyList } from 'react';
import { errorText } from './api.js';

export interface Loaded<T> {
  value?: T;
  error?: string;
}

/**
 * What a page loads for its current address: cleared when the address changes, and an answer that arrives after
 * the page has moved on (a slow request for the previous incident, case or filter) is dropped, never shown under
 * the new one.
 */
export function useLoaded<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({});
  useEffect(() => {
    let current = true;
    setState({});
    load().then(
      (value) => current && setState({ value }),
      (caught: unknown) => current && setState({ error: errorText(caught) }),
    );
    return () => {
      current = false;
    };
    // The caller names what the load depends on, as for useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}
