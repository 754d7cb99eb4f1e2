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

export interface FolderProgress {
  /** A file done (taken, skipped or taken before), with its size. */
  advance(bytes: number): void;
  /** A line printed above the bar, not through it. */
  log(line: string): void;
  stop(): void;
}

/**
 * A handover's progress on a terminal: files and bytes done of the folder's, the rate, and the time left (by files
 * when they are small, as each costs its calls more than its bytes; by bytes when they are large).
 */
export function folderProgress(label: string, totals: { files: number; bytes: number }, print: (line: string) => void): FolderProgress {
  if (!process.stderr.isTTY || totals.files === 0) return { advance() {}, log: print, stop() {} };
  const byFiles = totals.bytes / totals.files < 1024 * 1024;
  const bars = new cliProgress.MultiBar(
    {
      stream: process.stderr,
      format: `${label} [{bar}] {files}/{totalFiles} files, {mib}/{totalMiB} MiB, {rate} files/s, {left} left`,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  const done = { files: 0, bytes: 0 };
  // The time left at the rate so far: files arrive a batch at a time, too bursty for the bar's own estimate.
  const values = () => {
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    const share = byFiles ? done.files / totals.files : done.bytes / Math.max(totals.bytes, 1);
    return {
      files: done.files,
      totalFiles: totals.files,
      mib: (done.bytes / 1048576).toFixed(0),
      totalMiB: (totals.bytes / 1048576).toFixed(0),
      rate: (done.files / seconds).toFixed(0),
      left: share > 0 ? duration((seconds * (1 - share)) / share) : '?',
    };
  };
  const bar = bars.create(byFiles ? totals.files : totals.bytes, 0, values());
  return {
    advance(bytes) {
      done.files++;
      done.bytes += bytes;
      bar.update(byFiles ? done.files : done.bytes, values());
    },
    // The lines go to stdout as ever; on a terminal they are drawn above the bar (MultiBar.log writes to its stream).
    log: (line) => (process.stdout.isTTY ? bars.log(`${line}\n`) : print(line)),
    stop: () => bars.stop(),
  };
}

function duration(seconds: number): string {
  const whole = Math.ceil(seconds);
  if (whole < 60) return `${whole} s`;
  if (whole < 3600) return `${Math.floor(whole / 60)} min ${whole % 60} s`;
  return `${Math.floor(whole / 3600)} h ${Math.floor((whole % 3600) / 60)} min`;
}
