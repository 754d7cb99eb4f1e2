/**
 * Files made from an item for people to look at: a preview a browser plays, keyframes, a contact sheet of
 * them, a thumbnail. Each is made in a work folder from the original, read in place and never written; each
 * says the exact steps that made it. Everything is bounded: a preview's length, bitrate and size, every
 * program's time, the number of frames.
 */
import path from 'node:path';
import { becauseOf, type Reason } from '../common/reason.js';
import { loadSharp } from './sharp.js';
import { mediaToolWordings } from './tool-wordings.js';
import { probeMedia, runTool, type MediaProbe, type ToolRun } from './ffmpeg.js';

/** A file made, and the programs' argument lists that made it (the program's name first), in order. */
export interface MadeFile {
  file: string;
  mediaType: 'image/jpeg' | 'video/mp4';
  steps: string[][];
}

export interface Keyframe extends MadeFile {
  seconds: number;
}

/** Why a file could not be made: the program is missing here, or it failed on this input; worded, as `reason`. */
export class MediaToolFailure extends Error {
  constructor(
    readonly status: 'unavailable' | 'failed',
    readonly reason: Reason,
  ) {
    super(reason.text);
  }
}

const say = mediaToolWordings.say;

/** Only the first ten minutes of a video are made into a preview: the original holds the rest. */
export const PREVIEW_MAX_SECONDS = 600;
const PREVIEW_MAX_HEIGHT = 720;
/** 1.5 Mbit/s of picture and 128 kbit/s of sound: at most about 120 MB for ten minutes; -fs stops it at 160 MB whatever happens. */
const PREVIEW_VIDEO_RATE = '1500k';
const PREVIEW_MAX_BYTES = 160_000_000;
export const THUMBNAIL_PIXELS = 320;
const FRAME_FIT = `scale=${THUMBNAIL_PIXELS}:${THUMBNAIL_PIXELS}:force_original_aspect_ratio=decrease`;

async function ran(program: 'ffmpeg' | 'ffprobe' | 'pdftoppm', args: string[], timeoutMs: number): Promise<Extract<ToolRun, { status: 'done' }>> {
  const run = await runTool(program, args, { timeoutMs });
  if (run.status !== 'done') throw new MediaToolFailure(run.status, becauseOf(say('withCommand', { problem: run.reason, command: run.command }), run.wording));
  return run;
}

export async function probeVideo(file: string): Promise<MediaProbe> {
  const probe = await probeMedia(file);
  if (probe.status !== 'probed') throw new MediaToolFailure(probe.status, becauseOf(say('cannotReadVideo', { program: 'ffprobe', problem: probe.reason }), probe.wording));
  if (!probe.streams.some((stream) => stream.type === 'video')) throw new MediaToolFailure('failed', say('noVideoStream', { program: 'ffprobe' }));
  return probe;
}

/**
 * H.264/AAC in MP4 with its index first (plays while it loads), at most 720 lines high, the first
 * PREVIEW_MAX_SECONDS only, the bitrate capped: its size is bounded however large the original is.
 */
export async function makePreview(input: string, outDir: string, options: { timeoutMs?: number; maxSeconds?: number } = {}): Promise<MadeFile> {
  const file = path.join(outDir, 'preview.mp4');
  const args = [
    '-nostdin', '-hide_banner', '-v', 'error', '-y',
    '-i', input,
    '-t', String(options.maxSeconds ?? PREVIEW_MAX_SECONDS),
    '-map', '0:v:0', '-map', '0:a:0?', '-sn', '-dn',
    '-vf', `scale=-2:min(ih\\,${PREVIEW_MAX_HEIGHT}),format=yuv420p`,
    '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '26', '-maxrate', PREVIEW_VIDEO_RATE, '-bufsize', '3000k',
    '-c:a', 'aac', '-b:a', '128k', '-ac', '2',
    '-fs', String(PREVIEW_MAX_BYTES),
    '-movflags', '+faststart',
    file,
  ];
  await ran('ffmpeg', args, options.timeoutMs ?? 20 * 60_000);
  return { file, mediaType: 'video/mp4', steps: [['ffmpeg', ...args]] };
}

/**
 * Up to `max` keyframes spread over the whole video, as small JPEGs with their time: ffprobe seeks to each
 * of `max` evenly spaced times and names the keyframe it lands on (a seek never decodes the whole file, so a
 * 50 GB video costs `max` seeks), then ffmpeg writes each keyframe at exactly that time.
 */
export async function extractKeyframes(file: string, outDir: string, options: { max: number; durationSeconds?: number | null }): Promise<Keyframe[]> {
  const duration = options.durationSeconds !== undefined ? options.durationSeconds : (await probeVideo(file)).durationSeconds;
  const targets = Array.from({ length: Math.max(1, options.max) }, (_, i) => ((duration ?? 0) * i) / Math.max(1, options.max));
  const intervals = targets.map((seconds) => `${seconds.toFixed(3)}%+#1`).join(',');
  const probeArgs = ['-v', 'error', '-select_streams', 'v:0', '-skip_frame', 'nokey', '-read_intervals', intervals, '-show_entries', 'frame=best_effort_timestamp_time', '-of', 'csv=p=0', file];
  const listed = await ran('ffprobe', probeArgs, 120_000);
  const times = [...new Set(listed.stdout.split('\n').map((line) => Number.parseFloat(line.split(',')[0] ?? '')).filter((seconds) => Number.isFinite(seconds) && seconds >= 0))]
    .sort((a, b) => a - b)
    .slice(0, options.max);
  if (times.length === 0) throw new MediaToolFailure('failed', say('noKeyframe', { program: 'ffprobe' }));
  const frames: Keyframe[] = [];
  for (const [index, seconds] of times.entries()) {
    const out = path.join(outDir, `keyframe-${String(index + 1).padStart(2, '0')}.jpg`);
    const args = ['-nostdin', '-hide_banner', '-v', 'error', '-y', '-ss', seconds.toFixed(6), '-i', file, '-frames:v', '1', '-an', '-vf', FRAME_FIT, '-q:v', '4', out];
    await ran('ffmpeg', args, 60_000);
    frames.push({ file: out, mediaType: 'image/jpeg', seconds, steps: [['ffprobe', ...probeArgs], ['ffmpeg', ...args]] });
  }
  return frames;
}

/** The keyframes tiled, four a row, in time order; their times are kept with the sheet, not drawn on it (no font needed). */
export async function makeContactSheet(keyframes: readonly Keyframe[], outDir: string): Promise<MadeFile & { tileSeconds: number[] }> {
  if (keyframes.length === 0) throw new MediaToolFailure('failed', say('nothingToTile'));
  const columns = Math.min(4, keyframes.length);
  const rows = Math.ceil(keyframes.length / columns);
  const file = path.join(outDir, 'contact-sheet.jpg');
  const pattern = path.join(path.dirname(keyframes[0]!.file), 'keyframe-%02d.jpg');
  const args = ['-nostdin', '-hide_banner', '-v', 'error', '-y', '-framerate', '1', '-start_number', '1', '-i', pattern, '-vf', `tile=${columns}x${rows}:padding=4:margin=4`, '-frames:v', '1', '-q:v', '4', file];
  await ran('ffmpeg', args, 60_000);
  return { file, mediaType: 'image/jpeg', steps: [['ffmpeg', ...args]], tileSeconds: keyframes.map((frame) => frame.seconds) };
}

/** A frame a tenth of the way in (past a black opening), fitted in 320 px. */
export async function videoThumbnail(input: string, outDir: string, durationSeconds: number | null): Promise<MadeFile & { seconds: number }> {
  const seconds = Math.round((durationSeconds ?? 0) * 100) / 1000;
  const file = path.join(outDir, 'thumbnail.jpg');
  const args = ['-nostdin', '-hide_banner', '-v', 'error', '-y', '-ss', seconds.toFixed(3), '-i', input, '-frames:v', '1', '-an', '-vf', FRAME_FIT, '-q:v', '4', file];
  await ran('ffmpeg', args, 60_000);
  return { file, mediaType: 'image/jpeg', steps: [['ffmpeg', ...args]], seconds };
}

/** sharp's resize, as steps a person can read: sharp is a library, not a program with a command line. */
function sharpSteps(input: string, output: string): string[] {
  return ['sharp', input, `.rotate().resize(${THUMBNAIL_PIXELS}, ${THUMBNAIL_PIXELS}, { fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 80 })`, output];
}

/** An image fitted in 320 px, turned upright as its EXIF says; sharp refuses pixel bombs (its default limit). */
export async function imageThumbnail(input: string, outDir: string): Promise<MadeFile> {
  const file = path.join(outDir, 'thumbnail.jpg');
  const sharp = await loadSharp();
  try {
    await sharp(input, { failOn: 'error' }).rotate().resize(THUMBNAIL_PIXELS, THUMBNAIL_PIXELS, { fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 80 }).toFile(file);
  } catch (error) {
    throw new MediaToolFailure('failed', say('cannotReadImage', { program: 'sharp', problem: (error as Error).message }));
  }
  return { file, mediaType: 'image/jpeg', steps: [sharpSteps(input, file)] };
}

/** A PDF's first page drawn at 50 dpi by poppler's pdftoppm, then fitted in 320 px. */
export async function pdfThumbnail(input: string, outDir: string): Promise<MadeFile> {
  const prefix = path.join(outDir, 'page');
  const args = ['-r', '50', '-f', '1', '-l', '1', '-singlefile', '-jpeg', input, prefix];
  await ran('pdftoppm', args, 60_000);
  const page = await imageThumbnail(`${prefix}.jpg`, path.join(outDir));
  return { ...page, steps: [['pdftoppm', ...args], ...page.steps] };
}
