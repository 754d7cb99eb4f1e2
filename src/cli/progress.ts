import cliProgress from 'cli-progress';

/** Only worth drawing for files that take more than a moment, and only for a person watching a terminal. */
const MIN_BYTES_FOR_BAR = 32 * 1024 * 1024;

export interface ByteProgress {
  update(bytes: number): void;
  stop(): void;
}

export function byteProgress(label: string, totalBytes: number): ByteProgress {
  if (!process.stderr.isTTY || totalBytes < MIN_BYTES_FOR_BAR) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${label} [{bar}] {percentage}% {done}/{size} MiB`,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const mib = (n: number) => (n / 1048576).toFixed(0);
  bar.start(totalBytes, 0, { done: '0', size: mib(totalBytes) });
  return {
    update: (bytes) => bar.update(bytes, { done: mib(bytes) }),
    stop: () => bar.stop(),
  };
}
