/**
 * The review queue's keyboard: which key does what, when a key is left alone (typed into a field, or held
 * with a modifier for the browser's own shortcuts), and which candidate comes next.
 */
import type { Message } from '../i18n/define-messages.js';
import { extractionMessages as m } from './extraction.messages.js';

export type ReviewAction = 'next' | 'previous' | 'accept' | 'edit' | 'corroborate' | 'merge' | 'reject' | 'help';

/** The keys are the same letters in every language (they are where the hand is, not words); what they do is in words. */
export const REVIEW_KEYS: { keys: string[]; action: ReviewAction; words: Message }[] = [
  { keys: ['j', 'ArrowDown'], action: 'next', words: m.keyNext },
  { keys: ['k', 'ArrowUp'], action: 'previous', words: m.keyPrevious },
  { keys: ['a'], action: 'accept', words: m.keyAccept },
  { keys: ['e'], action: 'edit', words: m.keyEdit },
  { keys: ['c'], action: 'corroborate', words: m.keyCorroborate },
  { keys: ['m'], action: 'merge', words: m.keyMerge },
  { keys: ['r'], action: 'reject', words: m.keyReject },
  { keys: ['?'], action: 'help', words: m.keyHelp },
];

const BY_KEY = new Map(REVIEW_KEYS.flatMap(({ keys, action }) => keys.map((key) => [key, action] as const)));

export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** The element the key was pressed in. */
  target?: { tagName?: string; isContentEditable?: boolean } | null;
}

const TYPED_INTO = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** The action a key press asks for, or undefined: keys typed into a field, or held with Ctrl, ⌘ or Alt, are not ours. */
export function reviewAction(press: KeyPress): ReviewAction | undefined {
  if (press.ctrlKey || press.metaKey || press.altKey) return undefined;
  const target = press.target;
  if (target && (TYPED_INTO.has(target.tagName?.toUpperCase() ?? '') || target.isContentEditable)) return undefined;
  return BY_KEY.get(press.key);
}

/** The index of the next open candidate after `from`, wrapping round; undefined when none is open. */
export function nextOpen(statuses: readonly string[], from: number): number | undefined {
  for (let step = 1; step <= statuses.length; step++) {
    const index = (from + step) % statuses.length;
    if (statuses[index] === 'open') return index;
  }
  return undefined;
}

/** The nearest open candidate before `from`, not wrapping: the one a merge joins. */
export function previousOpen(statuses: readonly string[], from: number): number | undefined {
  for (let index = from - 1; index >= 0; index--) if (statuses[index] === 'open') return index;
  return undefined;
}

/** One step through the list, stopping at its ends. */
export function step(count: number, from: number, by: 1 | -1): number {
  return Math.min(count - 1, Math.max(0, from + by));
}

/** A decision's form closes on Escape without deciding, wherever in it focus is. */
export function cancelOnEscape(onCancel: () => void) {
  return (event: { key: string; preventDefault: () => void }) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onCancel();
  };
}
