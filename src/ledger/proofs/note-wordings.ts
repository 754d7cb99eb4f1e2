import { defineWordings } from '../../common/wording.js';

/**
 * Why a signed note, a verifier key, a checkpoint or an inclusion proof is refused (note-format.ts,
 * checkpoint-format.ts, webcrypto-note.ts, inclusion-path.ts): the same parsers serve the server, the CLI and the
 * browser's verifier, whose reader may read French or Arabic. Names, key ids, sizes and indexes are values, and
 * so is the signature algorithm's name (Ed25519), which reads the same in every language.
 */
export const signedNoteWordings = defineWordings('signedNote', {
  noSignatureBlock: 'the note has no signature block (no blank line)',
  blockWithoutNewline: 'the signature block must end with a newline',
  lineWithoutDash: 'a signature line must start with an em dash and a space',
  lineShape: 'a signature line must be "— name signature"',
  signatureTooShort: 'the signature by {name} is too short',
  textWithoutNewline: 'the note text must end with a newline',
  controlCharacter: 'the note text contains a control character',
  blankLine: 'the note text must not contain a blank line',
  notBase64: 'the {what, select, signature {signature} verifierKey {verifier key} rootHash {root hash} other {{what}}} is not valid base64',
  keyShape: 'a verifier key has the form name+keyid+key',
  notEd25519Key: 'the verifier key is not an {algorithm} key',
  notCosignatureKey: 'the verifier key is not an {algorithm} cosignature (type 0x04) key',
  keyIdMismatch: 'the key id {keyId} does not match the key',
  signatureFails: 'the signature by {name} does not verify',
  noKnownSignature: 'the note carries no signature by a known key',
  cosignatureTime: 'the cosignature time {time} is not a whole number of seconds',
  notTimestamped: 'the cosignature by {witness} is not a timestamped {algorithm} signature',
  impossibleTime: 'the cosignature by {witness} has an impossible time',
  checkpointWithoutNewline: 'the checkpoint text must end with a newline',
  checkpointLines: 'a checkpoint needs an origin, a tree size and a root hash line',
  emptyOrigin: 'the origin line is empty',
  sizeNotDecimal: 'the tree size "{size}" is not a decimal count',
  rootNotBase64: 'the root hash "{root}" is not {bytes} bytes of base64',
  emptyExtension: 'a checkpoint extension line is empty',
  otherOrigin: 'the checkpoint is for origin "{origin}", not "{expected}"',
  leafOutsideTree: 'leaf index {index} is not inside a tree of {size} leaves',
  proofTooLong: 'inclusion proof for leaf {index} of {size} is too long',
  proofTooShort: 'inclusion proof for leaf {index} of {size} is too short',
  hashLength: 'a hash must be {expected} bytes, got {got}',
  proofElementLength: 'proof element {index} must be {expected} bytes, got {got}',
  proofLeadsElsewhere: 'inclusion proof for leaf {index} of {size} leads to a different root',
  noWebCrypto: 'this page has no WebCrypto (crypto.subtle): open it over HTTPS or on localhost',
});
