import { ffmpegVersion } from '../../src/media/ffmpeg.js';

/**
 * ffmpeg's version, or null with a loud warning that `what` is not run; where ffmpeg is required (CI sets
 * DOSSIER_REQUIRE_FFMPEG) its absence fails the suite instead.
 */
export async function ffmpegForTests(what: string): Promise<string | null> {
  const version = await ffmpegVersion();
  if (version) return version;
  if (process.env.DOSSIER_REQUIRE_FFMPEG) throw new Error('ffmpeg is required here but is not installed (apt-get install ffmpeg poppler-utils)');
  console.warn(`\n!! ffmpeg is not installed here: ${what} are NOT RUN\n`);
  return null;
}
