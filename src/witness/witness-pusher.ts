/**
 * Sends new checkpoints to the witnesses on a schedule, from every process that runs background work (a
 * server with its jobs, or `dossier worker`). A witness that is down is simply asked again next time; the
 * witness side serialises requests, so several processes pushing at once only cost a "current" answer.
 */
import { every, type Periodic } from '../common/periodic.js';
import { pushToWitnesses, type PushResult, type WitnessDeps } from './witnessing.js';

export type WitnessPusher = Periodic<PushResult[]>;

export function startWitnessPusher(deps: WitnessDeps, intervalMs: number, onProblem: (result: PushResult) => void): WitnessPusher {
  return every(
    intervalMs,
    async () => {
      const results = await pushToWitnesses(deps);
      for (const result of results) if (result.outcome === 'failed') onProblem(result);
      return results;
    },
    [],
  );
}
