import { createHash, randomBytes } from 'node:crypto';
import { canonicalJson } from '../common/canonical-json.js';
import { DossierError } from '../common/errors.js';
import type { Db } from '../db/schema.js';
import { decrypt, encrypt } from './envelope.js';
import type { MasterKey } from './master-key.js';

const FORMAT = 'v1';

/**
 * Per-case data keys, wrapped by the master key (envelope encryption), and the sealing of restricted values
 * under them. A sealed value reads `v1.<key version>.<base64url nonce|ciphertext|tag>`; its additional data
 * names the case and record, so a ciphertext copied onto another record does not open.
 */
export class Keyring {
  private readonly open = new Map<string, Buffer>();

  constructor(
    private readonly db: Db,
    private readonly master: MasterKey | undefined,
    /** Why there is no master key, naming the key the database expects and the files looked at. */
    readonly problem?: string,
  ) {}

  get masterKeyId(): string | undefined {
    return this.master?.id;
  }

  /** Seals `value` (canonical JSON) for a record, creating the case's first data key when needed, in `trx`. */
  async seal(trx: Db, caseId: string, recordId: string, value: unknown): Promise<string> {
    const { version, key } = await this.currentKey(trx, caseId);
    const body = encrypt(key, Buffer.from(canonicalJson(value), 'utf8'), `dossier-record\n${caseId}\n${recordId}`);
    return `${FORMAT}.${version}.${body.toString('base64url')}`;
  }

  async unseal(caseId: string, recordId: string, sealed: string): Promise<unknown> {
    const [format, versionText, body] = sealed.split('.');
    if (format !== FORMAT || !versionText || !body) throw new DossierError('KEY_INVALID', `a sealed value of ${recordId} has an unknown format`);
    const key = await this.keyVersion(this.db, caseId, Number(versionText));
    return JSON.parse(decrypt(key, Buffer.from(body, 'base64url'), `dossier-record\n${caseId}\n${recordId}`).toString('utf8')) as unknown;
  }

  /**
   * An account's second-factor seed, sealed under the master key itself (there is no case to hold a key), in
   * `trx`, which must be the transaction that stores it.
   */
  async sealAccountSecret(trx: Db, userId: string, secret: string): Promise<string> {
    const master = await this.holdMasterKey(trx);
    return `m1.${encrypt(master.key, Buffer.from(secret, 'utf8'), accountContext(userId)).toString('base64url')}`;
  }

  openAccountSecret(userId: string, sealed: string): string {
    if (!sealed.startsWith('m1.')) throw new DossierError('KEY_INVALID', 'an account secret has an unknown format');
    return decrypt(this.requireMaster().key, Buffer.from(sealed.slice(3), 'base64url'), accountContext(userId)).toString('utf8');
  }

  /**
   * Rewraps every case key under a new master key, and reseals the accounts' second-factor seeds, in one
   * transaction; the sealed record values stay as they are.
   */
  async rewrapAll(trx: Db, next: MasterKey): Promise<number> {
    await this.holdMasterKey(trx);
    const users = await trx.selectFrom('users').select(['id', 'totp_secret']).where('totp_secret', 'is not', null).execute();
    for (const user of users) {
      const secret = this.openAccountSecret(user.id, user.totp_secret!);
      const resealed = `m1.${encrypt(next.key, Buffer.from(secret, 'utf8'), accountContext(user.id)).toString('base64url')}`;
      await trx.updateTable('users').set({ totp_secret: resealed }).where('id', '=', user.id).execute();
    }
    const rows = await trx.selectFrom('case_keys').selectAll().execute();
    for (const row of rows) {
      const key = this.unwrap(row.case_id, row.version, row.wrapped, row.master_key_id);
      await trx
        .updateTable('case_keys')
        .set({ wrapped: wrap(next, row.case_id, row.version, key), master_key_id: next.id })
        .where('case_id', '=', row.case_id)
        .where('version', '=', row.version)
        .execute();
    }
    await trx.updateTable('master_key_state').set({ master_key_id: next.id, changed_at: new Date().toISOString() }).where('id', '=', 1).execute();
    return rows.length;
  }

  /** A new data key for a case: later seals use it, earlier ones keep opening with theirs. */
  async addCaseKey(trx: Db, caseId: string): Promise<number> {
    const master = await this.holdMasterKey(trx);
    const last = await trx.selectFrom('case_keys').select((eb) => eb.fn.max('version').as('v')).where('case_id', '=', caseId).executeTakeFirst();
    const version = Number(last?.v ?? 0) + 1;
    const key = randomBytes(32);
    await trx.insertInto('case_keys').values({ case_id: caseId, version, wrapped: wrap(master, caseId, version, key), master_key_id: master.id, created_at: new Date().toISOString() }).execute();
    return version;
  }

  private async currentKey(trx: Db, caseId: string): Promise<{ version: number; key: Buffer }> {
    const row = await trx.selectFrom('case_keys').select((eb) => eb.fn.max('version').as('v')).where('case_id', '=', caseId).executeTakeFirst();
    const version = row?.v ? Number(row.v) : await this.addCaseKey(trx, caseId);
    return { version, key: await this.keyVersion(trx, caseId, version) };
  }

  private async keyVersion(db: Db, caseId: string, version: number): Promise<Buffer> {
    const cached = this.open.get(`${caseId}\n${version}`);
    if (cached) return cached;
    const row = await db.selectFrom('case_keys').selectAll().where('case_id', '=', caseId).where('version', '=', version).executeTakeFirst();
    if (!row) throw new DossierError('KEY_INVALID', `case ${caseId} has no data key version ${version}`);
    const key = this.unwrap(caseId, version, row.wrapped, row.master_key_id);
    // Only a committed key is remembered: one read inside a transaction may yet be rolled back.
    if (db === this.db) this.open.set(`${caseId}\n${version}`, key);
    return key;
  }

  private unwrap(caseId: string, version: number, wrapped: string, masterKeyId: string): Buffer {
    const master = this.requireMaster();
    if (master.id !== masterKeyId) {
      throw new DossierError('KEY_INVALID', `case ${caseId}'s data key is wrapped by master key ${masterKeyId}, but the master key given is ${master.id}`, { expected: masterKeyId, given: master.id });
    }
    return decrypt(master.key, Buffer.from(wrapped, 'base64url'), keyContext(caseId, version));
  }

  /**
   * Takes the database's master-key row for the rest of `trx` (an update locks it on PostgreSQL; SQLite has
   * one writer at a time) and checks it names this process's key: a process that opened the data directory
   * before a rotation must not wrap anything under the key the rotation retired. The first seal claims it.
   */
  private async holdMasterKey(trx: Db): Promise<MasterKey> {
    const master = this.requireMaster();
    await trx.insertInto('master_key_state').values({ id: 1, master_key_id: master.id, changed_at: new Date().toISOString() }).onConflict((conflict) => conflict.column('id').doNothing()).execute();
    const held = await trx.updateTable('master_key_state').set({ master_key_id: master.id }).where('id', '=', 1).where('master_key_id', '=', master.id).executeTakeFirst();
    if (Number(held.numUpdatedRows) === 0) {
      const row = await trx.selectFrom('master_key_state').select('master_key_id').where('id', '=', 1).executeTakeFirst();
      throw new DossierError(
        'KEY_INVALID',
        `the sealed data is now under master key ${row?.master_key_id ?? '?'}, not ${master.id}, the key this process opened with (the master key was rotated since): restart it; nothing was sealed`,
        { expected: row?.master_key_id, given: master.id },
      );
    }
    return master;
  }

  private requireMaster(): MasterKey {
    if (!this.master) throw new DossierError('KEY_INVALID', this.problem ?? 'no master key: set DOSSIER_MASTER_KEY or DOSSIER_MASTER_KEY_FILE, or restore keys/master.key in the data directory');
    return this.master;
  }
}

/** Whether `master` opens an account's sealed second-factor seed (how a key is recognised before any case key exists). */
export function opensAccountSecret(master: MasterKey, userId: string, sealed: string): boolean {
  try {
    decrypt(master.key, Buffer.from(sealed.slice(3), 'base64url'), accountContext(userId));
    return sealed.startsWith('m1.');
  } catch {
    return false;
  }
}

function accountContext(userId: string): string {
  return `dossier-account-totp\n${userId}`;
}

function keyContext(caseId: string, version: number): string {
  return `dossier-case-key\n${caseId}\n${version}`;
}

function wrap(master: MasterKey, caseId: string, version: number, key: Buffer): string {
  return encrypt(master.key, key, keyContext(caseId, version)).toString('base64url');
}

/** What the ledger keeps of a sealed value: its digest, checkable by anyone without the key. */
export function sealedDigest(sealed: string): string {
  return `sha256:${createHash('sha256').update(sealed, 'utf8').digest('hex')}`;
}
