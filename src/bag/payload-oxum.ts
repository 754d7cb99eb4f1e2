/** Payload-Oxum (RFC 8493 §2.2.2): "<octet count>.<stream count>" of the payload, a cheap first check. */
export interface PayloadOxum {
  octets: number;
  streams: number;
}

export function parsePayloadOxum(value: string): PayloadOxum | null {
  const match = /^(\d+)\.(\d+)$/.exec(value.trim());
  if (match === null) return null;
  const octets = Number(match[1]);
  const streams = Number(match[2]);
  if (!Number.isSafeInteger(octets) || !Number.isSafeInteger(streams)) return null;
  return { octets, streams };
}

export function formatPayloadOxum(oxum: PayloadOxum): string {
  return `${oxum.octets}.${oxum.streams}`;
}
