/**
 * What a capture may fetch. URLs come from users, and the browser fetches whatever a page asks for, so every
 * request (the page, each resource, each redirect) is checked: only http and https, and, unless an operator
 * allows it, no loopback, private, link-local or otherwise non-public address, so a capture cannot be used
 * to reach the machine itself or the network it sits in.
 */
import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { DossierError } from '../common/errors.js';

export interface NetworkGuard {
  /** Resolves when `url` may be fetched; otherwise rejects with CAPTURE_URL_REFUSED saying why. */
  check(url: string): Promise<void>;
}

export function networkGuard(options: { allowPrivateNetwork: boolean }): NetworkGuard {
  const verdicts = new Map<string, Promise<void>>();
  return {
    async check(url: string): Promise<void> {
      const parsed = parseCaptureUrl(url);
      if (options.allowPrivateNetwork) return;
      const host = parsed.hostname.replace(/^\[|\]$/g, '');
      if (!verdicts.has(host)) verdicts.set(host, publicHostOnly(host, url));
      return verdicts.get(host);
    },
  };
}

/** An http(s) URL, or CAPTURE_URL_REFUSED naming what is wrong with it. */
export function parseCaptureUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw refused(url, 'is not a URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw refused(url, `uses ${parsed.protocol.replace(/:$/, '')}: only http and https pages are captured`);
  if (parsed.username || parsed.password) throw refused(url, 'carries a user name or password');
  return parsed;
}

async function publicHostOnly(host: string, url: string): Promise<void> {
  const addresses = ipaddr.isValid(host) ? [host] : await lookup(host, { all: true, verbatim: true }).then(
    (found) => found.map((entry) => entry.address),
    () => {
      throw refused(url, `names a host (${host}) that does not resolve`);
    },
  );
  for (const address of addresses) {
    const range = ipaddr.process(address).range();
    // The address itself is not said: the message reaches web users, who need not learn the inside network.
    if (range !== 'unicast') throw refused(url, `leads to a ${range} address: captures reach only the public internet unless an operator allows private networks (--allow-private-network, DOSSIER_CAPTURE_ALLOW_PRIVATE=1)`);
  }
}

function refused(url: string, why: string): DossierError {
  return new DossierError('CAPTURE_URL_REFUSED', `${url.slice(0, 200)} ${why}`, { field: 'url', value: url.slice(0, 200) });
}
