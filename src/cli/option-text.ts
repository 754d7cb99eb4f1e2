import type { Command } from 'commander';
import { invalidField } from '../common/errors.js';
import { textProblem } from '../common/text-checks.js';

/**
 * Refuses an option whose value holds a control character (an escape sequence pasted from a terminal, a
 * stray NUL-like byte): it would be stored unseen and, as NUL, cannot be stored in PostgreSQL at all. The
 * error names the option as it was typed. (Node decodes argv, so lone surrogates never arrive here.)
 */
export function refuseControlCharactersInOptions(_program: Command, command: Command): void {
  for (let current: Command | null = command; current; current = current.parent) {
    for (const option of current.options) {
      const values = [current.getOptionValue(option.attributeName()) as unknown].flat();
      for (const value of values) {
        const problem = typeof value === 'string' ? textProblem(value) : undefined;
        if (problem) throw invalidField(option.long ?? option.flags, problem);
      }
    }
  }
}

/** A non-negative integer argument, or an error naming the argument. */
export function parseIndex(field: string, text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value)) throw invalidField(field, 'must be a non-negative integer', text);
  return value;
}

/** Commander's reducer for an option given several times (`--witness A --witness B`). */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
