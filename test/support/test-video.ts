import { execFileSync } from 'node:child_process';

/** Six seconds of test pattern at 640×360, a keyframe each second, with a 440 Hz tone: H.264 and AAC in MP4. */
export function makeTestVideo(file: string): void {
  execFileSync('ffmpeg', ['-nostdin', '-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=25', '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000', '-t', '6', '-g', '25', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', file]);
}
