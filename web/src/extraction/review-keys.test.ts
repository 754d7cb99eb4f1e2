import { describe, expect, it } from 'vitest';
import { cancelOnEscape, nextOpen, previousOpen, reviewAction, step } from './review-keys.js';

describe('the review queue’s keys', () => {
  it('maps the letters and arrows to actions', () => {
    expect(['j', 'ArrowDown', 'k', 'ArrowUp', 'a', 'e', 'c', 'm', 'r', '?'].map((key) => reviewAction({ key }))).toEqual([
      'next',
      'next',
      'previous',
      'previous',
      'accept',
      'edit',
      'corroborate',
      'merge',
      'reject',
      'help',
    ]);
    expect(reviewAction({ key: 'x' })).toBeUndefined();
    expect(reviewAction({ key: 'A' })).toBeUndefined();
  });

  it('leaves keys typed into a field alone', () => {
    for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT', 'input']) expect(reviewAction({ key: 'a', target: { tagName } })).toBeUndefined();
    expect(reviewAction({ key: 'r', target: { tagName: 'DIV', isContentEditable: true } })).toBeUndefined();
    expect(reviewAction({ key: 'r', target: { tagName: 'LI' } })).toBe('reject');
  });

  it('leaves the browser’s own shortcuts alone', () => {
    expect(reviewAction({ key: 'r', ctrlKey: true })).toBeUndefined();
    expect(reviewAction({ key: 'c', metaKey: true })).toBeUndefined();
    expect(reviewAction({ key: 'j', altKey: true })).toBeUndefined();
  });

  it('finds the next open candidate after the one decided, wrapping round', () => {
    const statuses = ['open', 'accepted', 'open', 'rejected'];
    expect(nextOpen(statuses, 0)).toBe(2);
    expect(nextOpen(statuses, 2)).toBe(0);
    expect(nextOpen(['accepted', 'open'], 1)).toBe(1);
    expect(nextOpen(['accepted', 'rejected'], 0)).toBeUndefined();
    expect(nextOpen([], 0)).toBeUndefined();
  });

  it('finds the open candidate a merge joins before the current one, never after', () => {
    expect(previousOpen(['open', 'open', 'accepted', 'open'], 3)).toBe(1);
    expect(previousOpen(['accepted', 'open'], 1)).toBeUndefined();
  });

  it('steps through the list, stopping at its ends', () => {
    expect(step(3, 0, -1)).toBe(0);
    expect(step(3, 2, 1)).toBe(2);
    expect(step(3, 1, 1)).toBe(2);
  });

  it('closes a form on Escape only, keeping the key from the page', () => {
    let cancelled = 0;
    let prevented = 0;
    const onKey = cancelOnEscape(() => cancelled++);
    for (const key of ['Enter', 'a', 'Escape']) onKey({ key, preventDefault: () => prevented++ });
    expect([cancelled, prevented]).toEqual([1, 1]);
  });
});
