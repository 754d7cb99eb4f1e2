import { useEffect, useState } from 'react';
import { api, errorText } from '../api.js';
import { verifySignedHead, type SignedHead } from '../../../src/ledger/proofs/signed-head.js';
import { wordingOf } from '../../../src/ledger/proofs/worded-error.js';
import { checkCosignaturesAsync, type CosignatureVerdict } from '../../../src/ledger/proofs/webcrypto-note.js';
import { keyChangeReason, type KeyPin } from './key-pinning.js';
import { latestSignedNote, publishedWitnesses } from './ledger-api.js';
import type { ShownReason } from './reason.js';
import { trustKey, usePinChanges } from './pinned-keys.js';

/** The log presented a key other than the one this browser pinned for it. */
export interface KeyChange {
  origin: string;
  pin: KeyPin;
  presented: string;
}

export type HeadState =
  | { status: 'checking' }
  | { status: 'verified'; head: SignedHead; signedAt: string; pin: KeyPin; witnesses: WitnessCheck }
  | { status: 'failed'; reason: ShownReason; keyChange?: KeyChange };

/** The head's cosignatures, each checked here under the witness key the server names, against the policy. */
export interface WitnessCheck {
  quorum: number;
  verdicts: CosignatureVerdict[];
  /** Why the witnesses could not be checked (the head itself still is). */
  problem?: ShownReason;
}

async function checkWitnesses(note: string): Promise<WitnessCheck> {
  try {
    const { quorum, witnesses } = await publishedWitnesses();
    return { quorum, verdicts: await checkCosignaturesAsync(note, witnesses) };
  } catch (error) {
    return { quorum: 0, verdicts: [], problem: wordingOf(error) ?? errorText(error) };
  }
}

/**
 * The latest signed tree head, its Ed25519 signature checked here in the browser against the key the log
 * presents, and that key against the one this browser pinned for the log (pinned now if it had none).
 */
export async function checkSignedHead(): Promise<HeadState> {
  let verified: { head: SignedHead; signedAt: string };
  try {
    const { note, createdAt } = await latestSignedNote();
    verified = { head: await verifySignedHead({ logKey: () => api('GET', '/ledger/key'), checkpointNote: async () => note }), signedAt: createdAt };
  } catch (error) {
    // The verifier's refusals are worded (src/ledger); the API's errors are said from their code.
    return { status: 'failed', reason: wordingOf(error) ?? errorText(error) };
  }
  const { origin, verifierKey } = verified.head;
  const trust = trustKey(origin, verifierKey);
  if (trust.status === 'changed') return { status: 'failed', reason: keyChangeReason(trust.pin, verifierKey), keyChange: { origin, pin: trust.pin, presented: verifierKey } };
  return { status: 'verified', ...verified, pin: trust.pin, witnesses: await checkWitnesses(verified.head.note) };
}

/** checkSignedHead, again whenever the reader accepts a new key. */
export function useSignedHead(): HeadState {
  const pinChanges = usePinChanges();
  const [state, setState] = useState<HeadState>({ status: 'checking' });
  useEffect(() => {
    let current = true;
    void checkSignedHead().then((next) => current && setState(next));
    return () => {
      current = false;
    };
  }, [pinChanges]);
  return state;
}
