import { CASE_ROLES, roleLabel } from '../case-admin/roles.js';
import { activeIntl, translate } from '../i18n/active-locale.js';
import { accountMessages as m } from './account.messages.js';

export interface ApiToken {
  id: string;
  name: string;
  role: string;
  caseIds: string[];
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

/** A token's standing at `now`: only an active one opens anything. */
export function tokenState(token: ApiToken, now: Date): 'active' | 'revoked' | 'expired' {
  if (token.revokedAt !== null) return 'revoked';
  if (token.expiresAt !== null && token.expiresAt <= now.toISOString()) return 'expired';
  return 'active';
}

export interface TokenRequest {
  name: string;
  role: string;
  caseIds: string[];
  expiresInDays?: number;
}

const MAX_DAYS = 3650;

/**
 * The body of POST /auth/tokens from the form's values, or the field at fault and what is wrong with it, in the
 * reader's language and naming the field, checked as the server will (a name, a role, one case at least, an
 * expiry of 1 to 3650 whole days or none).
 */
export function tokenRequest(values: { name: string; role: string; caseIds: string[]; expiresInDays: string }): { body: TokenRequest } | { field: string; problem: string } {
  const name = values.name.trim();
  if (!name) return { field: 'name', problem: translate(m.nameRequired) };
  if (!(CASE_ROLES as readonly string[]).includes(values.role)) return { field: 'role', problem: translate(m.roleUnknown, { roles: activeIntl().formatList(CASE_ROLES.map(roleLabel), { type: 'disjunction' }) }) };
  if (values.caseIds.length === 0) return { field: 'caseIds', problem: translate(m.casesRequired) };
  const days = values.expiresInDays.trim();
  if (days === '') return { body: { name, role: values.role, caseIds: values.caseIds } };
  if (!/^\d+$/.test(days) || Number(days) < 1 || Number(days) > MAX_DAYS) return { field: 'expiresInDays', problem: translate(m.daysInvalid, { min: 1, max: MAX_DAYS }) };
  return { body: { name, role: values.role, caseIds: values.caseIds, expiresInDays: Number(days) } };
}

/** A code typed with Arabic-Indic or Persian digits (٠١٢ ۰۱۲), as the server reads it: 0-9. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) & 0xf));
}

/** A base32 secret in groups of four, easier to type into an authenticator by hand. */
export function groupedSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? '';
}

/** What an otpauth:// URI tells an authenticator, for a person to check or type in by hand. */
export function otpauthParts(uri: string): { issuer: string; account: string; digits: string; period: string; algorithm: string } | undefined {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'otpauth:') return undefined;
  // Browsers differ on the host of a non-special URL: "//totp/label" or host "totp" and path "/label".
  const label = decodeURIComponent(url.pathname.replace(/^\/*(totp\/)?/, ''));
  const [labelIssuer, account] = label.includes(':') ? label.split(':', 2) : [undefined, label];
  const q = url.searchParams;
  return {
    issuer: q.get('issuer') ?? labelIssuer ?? '',
    account: account ?? '',
    digits: q.get('digits') ?? '6',
    period: q.get('period') ?? '30',
    algorithm: q.get('algorithm') ?? 'SHA1',
  };
}
