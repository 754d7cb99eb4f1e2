import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractKeyframes, makePreview, MediaToolFailure } from './derivative-files.js';
import { probeMedia, runTool } from './ffmpeg.js';
import { ffmpegForTests } from '../../test/support/ffmpeg.js';

const ffmpeg = await ffmpegForTests('the derivative file tests');

describe.runIf(ffmpeg)('files made from a video', () => {
  let work: string;
  let video: string;
  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-derivative-files-'));
    video = path.join(work, 'clip.mp4');
    execFileSync('ffmpeg', ['-nostdin', '-v', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=320x240:rate=25', '-t', '6', '-g', '50', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', video]);
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('cuts a preview at its length cap, whatever the original’s length', async () => {
    const out = fs.mkdtempSync(path.join(work, 'cap-'));
    const preview = await makePreview(video, out, { maxSeconds: 2 });
    const probe = await probeMedia(preview.file);
    expect(probe.status === 'probed' && Math.round(probe.durationSeconds!)).toBe(2);
  });

  it('names each keyframe by its time, a keyframe every two seconds here', async () => {
    const out = fs.mkdtempSync(path.join(work, 'frames-'));
    const frames = await extractKeyframes(video, out, { max: 16 });
    expect(frames.map((frame) => frame.seconds)).toEqual([0, 2, 4]);
    expect(frames.every((frame) => fs.statSync(frame.file).size > 0)).toBe(true);
  });

  it('fails on a video cut short (its index lost) with ffmpeg’s reason', async () => {
    const cut = path.join(work, 'cut.mp4');
    fs.writeFileSync(cut, fs.readFileSync(video).subarray(0, 20_000));
    const failure = await extractKeyframes(cut, work, { max: 4 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MediaToolFailure);
    expect((failure as MediaToolFailure).message).toMatch(/ffprobe could not read the video: .*moov atom not found/);
    expect((failure as MediaToolFailure).reason).toMatchObject({ code: 'mediaTool.cannotReadVideo', values: { program: 'ffprobe' }, cause: { code: 'mediaTool.toolSaid' } });
  });

  it('kills a program that runs past its time limit, and says so with the command', async () => {
    const run = await runTool('ffmpeg', ['-nostdin', '-v', 'error', '-re', '-f', 'lavfi', '-i', 'testsrc2', '-f', 'null', '-'], { timeoutMs: 300 });
    expect(run).toEqual({
      status: 'failed',
      reason: 'ffmpeg did not finish within 0.3 s',
      wording: { code: 'mediaTool.timedOut', values: { program: 'ffmpeg', seconds: 0.3 }, text: 'ffmpeg did not finish within 0.3 s' },
      command: 'ffmpeg -nostdin -v error -re -f lavfi -i testsrc2 -f null -',
    });
  });
});
