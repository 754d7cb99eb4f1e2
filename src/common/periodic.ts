/**
 * Work repeated on a schedule in a long-running process (a server, a worker): one run at a time, a run asked
 * for while another is under way waits for it, and the schedule alone never keeps the process alive.
 */
export interface Periodic<T> {
  /** Runs now, after any run under way; resolves with its result. */
  runNow(): Promise<T>;
  /** Stops the schedule and waits for a run under way. */
  stop(): Promise<void>;
}

export function every<T>(intervalMs: number, work: () => Promise<T>, idle: T): Periodic<T> {
  let running: Promise<T> = Promise.resolve(idle);
  let stopped = false;
  const runNow = (): Promise<T> => {
    running = running.catch(() => idle).then(() => (stopped ? idle : work()));
    return running;
  };
  const timer = intervalMs > 0 ? setInterval(() => void runNow().catch(() => undefined), intervalMs) : undefined;
  timer?.unref();
  return {
    runNow,
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await running.catch(() => undefined);
    },
  };
}
