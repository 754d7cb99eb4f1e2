import type { Case } from '../cases/cases.js';
import type { CaseFileProfile } from './profiles.js';

/** data/README.txt: what the bag holds and how to check it without Dossier's server, in plain words. */
export function caseFileReadme(found: Case, profile: CaseFileProfile, verifierKey: string, checkpointSize: number, analyses = 0): string {
  return `Case file: ${found.title}
Case id: ${found.id}
Profile: ${profile.name}. ${profile.description}

This is a BagIt 1.0 bag (RFC 8493). What it holds:
  case/case.json                     every record of the case as JSON (format dossier-case, version 1)
  case/evidence.json                 the evidence items: SHA-256, size, type, name, and where each file is
  case/incidents-acled.csv           the incidents as ACLED-compatible CSV
  case/incidents.geojson             the incidents as GeoJSON (RFC 7946)
  case/element-evidence-matrix.csv   each element of each legal qualification and the evidence bearing on it
${analyses ? `  case/analyses/<id>.json            the ${analyses} analyses pinned to the case, each exactly as pinned (a pattern of conduct also as .html)
` : ''}  custody/log-key.txt                the custody log's public key (Ed25519, C2SP signed-note verifier key)
  custody/checkpoint.txt             the log's signed tree head (C2SP tlog-checkpoint) at ${checkpointSize} entries
  custody/entries.jsonl              the custody entries of this case, each with its RFC 9162 inclusion proof
  evidence/<sha256>/<name>           the evidence files, each in a folder named by its SHA-256

How to check it, with no trust in the server that wrote it:
  1. BagIt: every file against manifest-sha256.txt and manifest-sha512.txt, and those against the tag
     manifests (any BagIt validator, or "sha256sum -c manifest-sha256.txt" in the bag's folder).
  2. The key: compare custody/log-key.txt with the key the organisation publishes:
       ${verifierKey}
  3. The checkpoint's signature, then each entry: its leaf is SHA-256(0x00 || RFC 8785 canonical JSON of
     the entry); its proof must lead to the checkpoint's root hash.
  4. Each evidence file must hash to its folder's name, and an intake entry must record that hash and size.
     Each pinned analysis (case/analyses/<id>.json) must hash to the resultSha256 its "analyse" entry records.
  5. case-file-seal.txt (beside bagit.txt) is a signed note by the same key over the SHA-256 of
     tagmanifest-sha256.txt: nothing in the bag can be dropped or changed without breaking it.
"dossier verify <this bag>" does all of this offline and says what failed and where.

The two CSV files are meant for spreadsheets: a cell that a spreadsheet would run as a formula (one that
begins with =, +, -, @, a tab or a carriage return and is not a number) is written with a leading apostrophe.
case/case.json holds every value verbatim.

Restricted details (witness identities, contacts, exact locations of protected sites) are never in a case file.
`;
}
