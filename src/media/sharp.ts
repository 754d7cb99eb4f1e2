/**
 * sharp (libvips), loaded on first use: most commands never decode an image, and loading it costs a tenth of a
 * second and tens of MB of every run, an intake of a handover's first file included.
 */
import type Sharp from 'sharp';

let loading: Promise<typeof Sharp> | undefined;

export async function loadSharp(): Promise<typeof Sharp> {
  loading ??= import('sharp').then((module) => module.default);
  return loading;
}

export async function sharpVersion(): Promise<string> {
  const sharp = await loadSharp();
  return `sharp ${sharp.versions.sharp} (libvips ${sharp.versions.vips})`;
}
