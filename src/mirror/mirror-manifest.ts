/**
 * The mirror's manifest, pure: a JSON list of every file with its ciphertext's SHA-256 and size, tied to a
 * checkpoint of the log; and a C2SP signed note, by the log's own key, over the manifest's SHA-256.
 *
 * Why a note over a hash rather than the list inside the note: a mirror of a large vault lists hundreds of
 * thousands of files; the note stays a few lines that any signed-note verifier (Go's x/mod/sumdb/note too)
 * checks, and the manifest stays plain JSON for any tool. The note's first line is not an origin, so it can
 * never be taken for one of the log's checkpoints, which the same key signs.
 */
import { createHash } from 'node:crypto';
import { DossierError } from '../common/errors.js';
import { verifyCheckpoint, type Checkpoint } from '../ledger/proofs/checkpoint.js';
import { noteVerifier, openNote, signNote, type NoteSigner } from '../ledger/proofs/signed-note.js';

export const NOTE_HEADER = 'dossier-mirror-manifest/v1';

export interface ManifestFile {
  path: string;
  sha256: string;
  size: number;
}

export interface MirrorManifest {
  format: 1;
  kind: 'dossier-mirror-manifest';
  mirror: string;
  origin: string;
  push: string;
  pushedAt: string;
  /** The latest signed checkpoint in the pushed database: the restored log must be consistent with it. */
  checkpoint: string;
  /** Sorted by path. */
  files: ManifestFile[];
}

export interface ManifestPointer {
  origin: string;
  mirror: string;
  push: string;
  path: string;
  sha256: string;
  size: number;
}

export function manifestBytes(manifest: MirrorManifest): Buffer {
  return Buffer.from(JSON.stringify({ ...manifest, files: [...manifest.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) }, null, 1) + '\n', 'utf8');
}

export function signManifestNote(pointer: ManifestPointer, signer: NoteSigner): string {
  return signNote([NOTE_HEADER, pointer.origin, pointer.mirror, pointer.push, `${pointer.path} ${pointer.sha256} ${pointer.size}`, ''].join('\n'), [signer]);
}

/** Checks the note's signature by the log's key and reads what it points at; throws MIRROR_INVALID otherwise. */
export function openManifestNote(note: string, verifierKey: string, expected: { origin: string; mirror: string }): ManifestPointer {
  let text: string;
  try {
    text = openNote(note, [noteVerifier(verifierKey)]).text;
  } catch (error) {
    throw new DossierError('MIRROR_INVALID', `manifest.note is not signed by the log's key ${verifierKey.split('+')[0]}: ${(error as Error).message}`, { file: 'manifest.note' }, { cause: error });
  }
  const lines = text.split('\n');
  const target = /^(manifests\/[0-9TZ]+-[0-9a-f]+\.json) ([0-9a-f]{64}) (\d+)$/.exec(lines[4] ?? '');
  if (lines[0] !== NOTE_HEADER || lines.length !== 6 || !target) throw new DossierError('MIRROR_INVALID', 'manifest.note is signed but is not a mirror manifest note', { file: 'manifest.note' });
  const pointer = { origin: lines[1]!, mirror: lines[2]!, push: lines[3]!, path: target[1]!, sha256: target[2]!, size: Number(target[3]) };
  if (pointer.origin !== expected.origin || pointer.mirror !== expected.mirror) {
    throw new DossierError('MIRROR_INVALID', `manifest.note is for log ${pointer.origin}, mirror ${pointer.mirror}; mirror.json says ${expected.origin}, ${expected.mirror}`, { file: 'manifest.note' });
  }
  return pointer;
}

/** The manifest's bytes checked against the signed note, then its content against the log's key. */
export function readManifest(bytes: Buffer, pointer: ManifestPointer, verifierKey: string): { manifest: MirrorManifest; checkpoint: Checkpoint } {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== pointer.sha256 || bytes.length !== pointer.size) {
    throw new DossierError('MIRROR_INVALID', `${pointer.path} was changed: it hashes to ${sha256} (${bytes.length} bytes), the signed note says ${pointer.sha256} (${pointer.size} bytes)`, { file: pointer.path });
  }
  let manifest: MirrorManifest;
  try {
    manifest = JSON.parse(bytes.toString('utf8')) as MirrorManifest;
  } catch {
    throw new DossierError('MIRROR_INVALID', `${pointer.path} is not valid JSON`, { file: pointer.path });
  }
  if (manifest.kind !== 'dossier-mirror-manifest' || manifest.push !== pointer.push || manifest.mirror !== pointer.mirror || !Array.isArray(manifest.files)) {
    throw new DossierError('MIRROR_INVALID', `${pointer.path} is not the manifest its note names`, { file: pointer.path });
  }
  let checkpoint: Checkpoint;
  try {
    checkpoint = verifyCheckpoint(manifest.checkpoint, verifierKey, pointer.origin);
  } catch (error) {
    throw new DossierError('MIRROR_INVALID', `the checkpoint in ${pointer.path} does not verify: ${(error as Error).message}`, { file: pointer.path }, { cause: error });
  }
  return { manifest, checkpoint };
}
