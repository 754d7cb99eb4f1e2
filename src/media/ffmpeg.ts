/**
 * Running Debian's ffmpeg, ffprobe and pdftoppm as separate programs: a hostile or broken file can crash or
 * hang them, never the server. Arguments go as an array (no shell ever parses a file name), each run has a
 * time limit and a bound on what it may print, and every answer carries the exact command line, for the log.
 */
import { execFile } from 'node:child_process';
import type { Wording } from '../common/wording.js';
import { installCommand, mediaToolWordings } from './tool-wordings.js';

export type ToolProgram = 'ffmpeg' | 'ffprobe' | 'pdftoppm';

export type ToolRun =
  | { status: 'done'; stdout: string; command: string }
  | ToolFailed;

/** Why a program made nothing: `reason` in English, `wording` the same by code (tool-wordings.ts). */
export interface ToolFailed {
  status: 'unavailable' | 'failed';
  reason: string;
  wording: Wording;
  command: string;
}

const failedRun = (status: ToolFailed['status'], wording: Wording, command: string): ToolFailed => ({ status, reason: wording.text, wording, command });

export interface ToolLimits {
  timeoutMs?: number;
  maxOutputBytes?: number;
}

const DEFAULT_TIMEOUT_MS = 120_000;
const DEFAULT_MAX_OUTPUT = 16 << 20;

/** The command as a person would type it, each argument quoted when it needs to be: for logs, never for a shell. */
export function commandLine(program: string, args: readonly string[]): string {
  return [program, ...args].map((arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`)).join(' ');
}

export function runTool(program: ToolProgram, args: readonly string[], limits: ToolLimits = {}): Promise<ToolRun> {
  const command = commandLine(program, args);
  return new Promise((resolve) => {
    execFile(
      program,
      args,
      { encoding: 'utf8', timeout: limits.timeoutMs ?? DEFAULT_TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: limits.maxOutputBytes ?? DEFAULT_MAX_OUTPUT, windowsHide: true },
      (error, stdout, stderr) => {
        if (!error) return resolve({ status: 'done', stdout, command });
        const cause = error as NodeJS.ErrnoException & { killed?: boolean; signal?: string | null };
        const say = mediaToolWordings.say;
        if (cause.code === 'ENOENT') return resolve(failedRun('unavailable', say('notInstalled', { program, install: installCommand([program === 'pdftoppm' ? 'poppler-utils' : 'ffmpeg']) }), command));
        if (cause.killed || cause.signal === 'SIGKILL') return resolve(failedRun('failed', say('timedOut', { program, seconds: (limits.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000 }), command));
        if (cause.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return resolve(failedRun('failed', say('printedTooMuch', { program }), command));
        resolve(failedRun('failed', say('toolSaid', { output: lastLines(stderr) || cause.message }), command));
      },
    );
  });
}

/** The end of what a program said on failing: its reason is there, after any banner. */
function lastLines(stderr: string): string {
  return stderr.trim().split('\n').slice(-3).join(' | ').slice(0, 500);
}

let version: Promise<string | null> | undefined;

/** "ffmpeg 5.1.9-0+deb12u1", or null when ffmpeg is not installed. */
export function ffmpegVersion(): Promise<string | null> {
  version ??= runTool('ffmpeg', ['-hide_banner', '-version'], { timeoutMs: 10_000 }).then((run) =>
    run.status === 'done' ? `ffmpeg ${/ffmpeg version (\S+)/.exec(run.stdout)?.[1] ?? 'unknown'}` : null,
  );
  return version;
}

export interface MediaStream {
  index: number;
  type: string;
  codec: string | null;
  width: number | null;
  height: number | null;
}

export interface MediaProbe {
  durationSeconds: number | null;
  format: string | null;
  streams: MediaStream[];
  /** The first video stream's size. */
  width: number | null;
  height: number | null;
}

export type ProbeResult = ({ status: 'probed' } & MediaProbe & { command: string }) | ToolFailed;

/** What ffprobe finds in a file: its duration, its streams and their codecs, the picture's size. */
export async function probeMedia(file: string, limits: ToolLimits = {}): Promise<ProbeResult> {
  const run = await runTool('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file], { timeoutMs: 60_000, ...limits });
  if (run.status !== 'done') return run;
  const found = parseProbe(run.stdout);
  if (!found) return failedRun('failed', mediaToolWordings.say('noReading', { program: 'ffprobe' }), run.command);
  return { status: 'probed', ...found, command: run.command };
}

/** ffprobe's JSON, read into what Dossier uses; null when it is not that JSON. */
export function parseProbe(json: string): MediaProbe | null {
  let parsed: { format?: { duration?: string; format_name?: string }; streams?: Array<Record<string, unknown>> };
  try {
    parsed = JSON.parse(json) as typeof parsed;
  } catch {
    return null;
  }
  const streams: MediaStream[] = (parsed.streams ?? []).map((stream) => ({
    index: Number(stream.index),
    type: String(stream.codec_type ?? 'unknown'),
    codec: typeof stream.codec_name === 'string' ? stream.codec_name : null,
    width: typeof stream.width === 'number' ? stream.width : null,
    height: typeof stream.height === 'number' ? stream.height : null,
  }));
  const duration = Number(parsed.format?.duration);
  const video = streams.find((stream) => stream.type === 'video');
  return {
    durationSeconds: Number.isFinite(duration) && duration > 0 ? duration : null,
    format: parsed.format?.format_name ?? null,
    streams,
    width: video?.width ?? null,
    height: video?.height ?? null,
  };
}
