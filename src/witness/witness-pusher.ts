/**
 * Sends new checkpoints to the witnesses on a schedule, from every process that runs background work (a
 * server with its jobs, or `dossier worker`). A witness that is down is simply asked again next time; the
 * witness side serialises requests, so several processes pushing at once only cost a "current" answer.
 */
import { pushToWitnesses, type PushResult, type WitnessDeps } from './witnessing.js';

export interface WitnessPusher {
  /** Pushes now (waiting for a push already under way first); resolves with what each witness answered. */
  pushNow(): Promise<PushResult[]>;
  stop(): Promise<void>;
}

export function startWitnessPusher(deps: WitnessDeps, intervalMs: number, onProblem: (result: PushResult) => void): WitnessPusher {
  let running: Promise<PushResult[]> = Promise.resolve([]);
  let stopped = false;
  const push = (): Promise<PushResult[]> => {
    running = running.then(async () => {
      if (stopped) return [];
      const results = await pushToWitnesses(deps);
      for (const result of results) if (result.outcome === 'failed') onProblem(result);
      return results;
    });
    return running;
  };
  const timer = intervalMs > 0 ? setInterval(() => void push().catch(() => undefined), intervalMs) : undefined;
  // The schedule alone never keeps a process alive.
  timer?.unref();
  return {
    pushNow: push,
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await running.catch(() => undefined);
    },
  };
}
