import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A secret with 256 bits of entropy, for cookies, CSRF tokens and API tokens (not from the id pool). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Session ids and token secrets are stored as digests: high-entropy secrets need no slow hash. */
export function digest(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function sameSecret(a: string, b: string): boolean {
  const [x, y] = [Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')];
  return x.length === y.length && timingSafeEqual(x, y);
}
