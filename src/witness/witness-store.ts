/**
 * A witness's own small store, a directory of its own (never a Dossier data directory):
 *   witness.json      its name, its signer key (mode 0600) and the logs it follows (origin, verifier key)
 *   heads.json        the latest checkpoint it cosigned per log, written durably before any cosignature leaves
 *   split-views/      the two signed notes of every contradiction a log showed it, kept as evidence
 * Requests are answered one at a time (a promise chain): checking a request against the held head and
 * persisting the new head are one step, so no interleaving can roll the witness back (c2sp.org/tlog-witness).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { createFileDurably, writeFileDurably } from '../common/durable-fs.js';
import { claimByPid, type Claim } from '../common/pid-claim.js';
import { DossierError, invalidField } from '../common/errors.js';
import { generateWitnessKey, witnessSigner, witnessVerifierKey } from '../ledger/proofs/cosignature.js';
import { parseVerifierKey } from '../ledger/proofs/note-format.js';
import { noteVerifier, type NoteSigner, type NoteVerifier } from '../ledger/proofs/signed-note.js';
import { answerAddCheckpoint, type AddCheckpointAnswer, type SplitView, type WitnessedHead } from './add-checkpoint.js';

interface WitnessConfig {
  name: string;
  signerKey: string;
  logs: { origin: string; verifierKey: string }[];
}

export interface WitnessInfo {
  name: string;
  verifierKey: string;
  logs: { origin: string; verifierKey: string }[];
}

const CONFIG = 'witness.json';
const HEADS = 'heads.json';
const SPLIT_VIEWS = 'split-views';
const SERVING = 'serving.pid';

/**
 * Claims the directory for one serving process: two would each check requests against their own copy of the
 * heads, and could cosign a rollback between them.
 */
export function claimForServing(dir: string): Promise<Claim> {
  return claimByPid(path.join(dir, SERVING), (holder) => `the witness in ${dir} is already served by process ${holder}; one process serves a witness directory`);
}

/** Creates a witness directory with a new key; refuses a directory that already holds a witness. */
export async function initWitness(dir: string, name: string): Promise<WitnessInfo> {
  const { signerKey } = generateWitnessKey(name);
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const config: WitnessConfig = { name, signerKey, logs: [] };
  if (!(await createFileDurably(path.join(dir, CONFIG), `${JSON.stringify(config, null, 2)}\n`, 0o600))) {
    throw new DossierError('DATA_DIR_EXISTS', `${dir} already holds a witness (${CONFIG}); its key is kept`, { path: dir });
  }
  return infoOf(config);
}

export class WitnessStore {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly dir: string,
    private config: WitnessConfig,
    private heads: Record<string, WitnessedHead>,
    private readonly signer: NoteSigner,
  ) {}

  static async open(dir: string): Promise<WitnessStore> {
    const config = await readJson<WitnessConfig>(path.join(dir, CONFIG), () => {
      throw new DossierError('DATA_DIR_MISSING', `${dir} is not a witness directory (no ${CONFIG}); run "dossier witness init ${dir} --name NAME"`, { path: dir });
    });
    const heads = await readJson<Record<string, WitnessedHead>>(path.join(dir, HEADS), () => ({}));
    return new WitnessStore(dir, config, heads, witnessSigner(config.signerKey));
  }

  info(): WitnessInfo {
    return infoOf(this.config);
  }

  head(origin: string): WitnessedHead | undefined {
    return this.heads[origin];
  }

  /** Follows a log from now on: its checkpoints, signed by this key, will be cosigned. */
  async addLog(verifierKey: string): Promise<{ origin: string; verifierKey: string }> {
    const { name } = parseVerifierKey(verifierKey);
    noteVerifier(verifierKey);
    return this.serially(async () => {
      const existing = this.config.logs.find((log) => log.origin === name);
      if (existing && existing.verifierKey !== verifierKey) {
        throw invalidField('verifierKey', `the witness already follows "${name}" with another key; a log's key does not change under a witness`, verifierKey);
      }
      if (!existing) {
        const config = { ...this.config, logs: [...this.config.logs, { origin: name, verifierKey }] };
        await writeFileDurably(path.join(this.dir, CONFIG), `${JSON.stringify(config, null, 2)}\n`, 0o600);
        this.config = config;
      }
      return { origin: name, verifierKey };
    });
  }

  /** Answers one add-checkpoint request; a new head is on disk before the cosignature is returned. */
  async addCheckpoint(body: string, now: Date = new Date()): Promise<AddCheckpointAnswer> {
    return this.serially(async () => {
      const logs = new Map<string, NoteVerifier>(this.config.logs.map((log) => [log.origin, noteVerifier(log.verifierKey)]));
      const answer = answerAddCheckpoint(body, logs, (origin) => this.heads[origin], this.signer, Math.floor(now.getTime() / 1000));
      if (answer.status === 200) {
        const heads = { ...this.heads, [answer.origin]: answer.head };
        await writeFileDurably(path.join(this.dir, HEADS), `${JSON.stringify(heads, null, 2)}\n`, 0o644);
        this.heads = heads;
      } else if ('splitView' in answer && answer.splitView) {
        await this.keepSplitView(answer.splitView, now);
      }
      return answer;
    });
  }

  /** The contradictions kept so far, oldest first. */
  async splitViews(): Promise<SplitView[]> {
    const folder = path.join(this.dir, SPLIT_VIEWS);
    const names = await fs.readdir(folder).catch(() => [] as string[]);
    const views: SplitView[] = [];
    for (const name of names.filter((n) => n.endsWith('.json')).sort()) views.push(JSON.parse(await fs.readFile(path.join(folder, name), 'utf8')) as SplitView);
    return views;
  }

  private async keepSplitView(view: SplitView, now: Date): Promise<void> {
    const folder = path.join(this.dir, SPLIT_VIEWS);
    await fs.mkdir(folder, { recursive: true });
    const name = `${now.toISOString().replace(/[:.]/g, '-')}-${view.size}.json`;
    await writeFileDurably(path.join(folder, name), `${JSON.stringify(view, null, 2)}\n`, 0o644);
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work, work);
    this.queue = result.catch(() => undefined);
    return result;
  }
}

function infoOf(config: WitnessConfig): WitnessInfo {
  return { name: config.name, verifierKey: witnessVerifierKey(config.signerKey), logs: config.logs };
}

async function readJson<T>(file: string, missing: () => T): Promise<T> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return missing();
    throw error;
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new DossierError('DATA_DIR_UNREADABLE', `${file} is not valid JSON`, { path: file });
  }
}
