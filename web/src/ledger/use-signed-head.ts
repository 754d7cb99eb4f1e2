import { useEffect, useState } from 'react';
import { api } from '../api.js';
import { verifySignedHead, type SignedHead } from '../../../src/ledger/signed-head.js';
import { latestSignedNote } from './ledger-api.js';

export type HeadState = { status: 'checking' } | { status: 'verified'; head: SignedHead; signedAt: string } | { status: 'failed'; reason: string };

/** The latest signed tree head, its Ed25519 signature checked here in the browser against the log's key. */
export async function checkSignedHead(): Promise<HeadState> {
  try {
    const { note, createdAt } = await latestSignedNote();
    const head = await verifySignedHead({ logKey: () => api('GET', '/ledger/key'), checkpointNote: async () => note });
    return { status: 'verified', head, signedAt: createdAt };
  } catch (error) {
    return { status: 'failed', reason: (error as Error).message };
  }
}

export function useSignedHead(): HeadState {
  const [state, setState] = useState<HeadState>({ status: 'checking' });
  useEffect(() => {
    let current = true;
    void checkSignedHead().then((next) => current && setState(next));
    return () => {
      current = false;
    };
  }, []);
  return state;
}
