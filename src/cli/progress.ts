import cliProgress from 'cli-progress';

/** Only worth drawing for files that take more than a moment, and only for a person watching a terminal. */
const MIN_BYTES_FOR_BAR = 32 * 1024 * 1024;
/** A text of about 150 pages and more takes a noticeable while to read. */
const MIN_CHARACTERS_FOR_BAR = 500_000;

export interface ByteProgress {
  update(bytes: number): void;
  stop(): void;
}

export function byteProgress(label: string, totalBytes: number): ByteProgress {
  if (totalBytes < MIN_BYTES_FOR_BAR) return { update() {}, stop() {} };
  return progressBar(label, totalBytes, 'MiB', (n) => (n / 1048576).toFixed(0));
}

/** Progress through a long text, in thousands of characters. */
export function textProgress(label: string, totalCharacters: number): ByteProgress {
  if (totalCharacters < MIN_CHARACTERS_FOR_BAR) return { update() {}, stop() {} };
  return progressBar(label, totalCharacters, 'thousand characters', (n) => (n / 1000).toFixed(0));
}

/** Progress through many small pieces of work (images hashed), drawn from a few dozen on. */
export function countProgress(label: string, total: number, unit: string): ByteProgress {
  if (total < 50) return { update() {}, stop() {} };
  return progressBar(label, total, unit, String);
}

function progressBar(label: string, total: number, unit: string, scaled: (n: number) => string): ByteProgress {
  if (!process.stderr.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${label} [{bar}] {percentage}% {done}/{size} ${unit}`,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { done: '0', size: scaled(total) });
  return {
    update: (n) => bar.update(n, { done: scaled(n) }),
    stop: () => bar.stop(),
  };
}
