import { execFileSync } from 'node:child_process';

/**
 * Six seconds of test pattern at 640×360, a keyframe each second, with a tone (440 Hz unless told): H.264 and AAC
 * in MP4. Suites sharing a server give different tones: the vault keeps one item per content, so the same bytes
 * would be one item with the first suite's name.
 */
export function makeTestVideo(file: string, toneHz = 440): void {
  execFileSync('ffmpeg', ['-nostdin', '-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=25', '-f', 'lavfi', '-i', `sine=frequency=${toneHz}:sample_rate=48000`, '-t', '6', '-g', '25', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', file]);
}
