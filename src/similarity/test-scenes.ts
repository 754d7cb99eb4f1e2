/**
 * Generated photographs for the look-alike tests and bench: a scene of gradients, shapes and noise (flat colours
 * would hash alike whatever they show), and the copies circulation makes of it.
 */
import sharp from 'sharp';
import { SeededRandom } from '../app/seeded-random.js';

const WIDTH = 640;
const HEIGHT = 480;

/** A 640×480 scene as a PNG: a two-colour gradient, a dozen discs and boxes, and sensor-like noise. */
export async function generatedScene(seed: number): Promise<Buffer> {
  const random = new SeededRandom(seed);
  const colour = () => [random.int(0, 255), random.int(0, 255), random.int(0, 255)] as const;
  const [from, to] = [colour(), colour()];
  const angle = random.next() * Math.PI * 2;
  const shapes = Array.from({ length: 12 }, () => ({
    disc: random.chance(0.5),
    x: random.int(0, WIDTH),
    y: random.int(0, HEIGHT),
    size: random.int(30, 140),
    fill: colour(),
  }));
  const pixels = Buffer.alloc(WIDTH * HEIGHT * 3);
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      const along = Math.min(1, Math.max(0, 0.5 + ((x - WIDTH / 2) * Math.cos(angle) + (y - HEIGHT / 2) * Math.sin(angle)) / WIDTH));
      let rgb: readonly number[] = from.map((c, i) => c + (to[i]! - c) * along);
      for (const shape of shapes) {
        const inside = shape.disc ? (x - shape.x) ** 2 + (y - shape.y) ** 2 < shape.size ** 2 : Math.abs(x - shape.x) < shape.size && Math.abs(y - shape.y) < shape.size / 2;
        if (inside) rgb = shape.fill;
      }
      const noise = (random.next() - 0.5) * 24;
      for (let c = 0; c < 3; c++) pixels[(y * WIDTH + x) * 3 + c] = Math.max(0, Math.min(255, Math.round(rgb[c]! + noise)));
    }
  }
  return sharp(pixels, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } }).png().toBuffer();
}

/** The copies a photo becomes as it circulates, each as encoded bytes. */
export async function circulatedCopies(original: Buffer): Promise<{ resized: Buffer; recompressed: Buffer; cropped: Buffer; screenshot: Buffer }> {
  const { width, height } = await sharp(original).metadata();
  const w = width!;
  const h = height!;
  return {
    resized: await sharp(original).resize(Math.round(w / 2)).jpeg({ quality: 85 }).toBuffer(),
    recompressed: await sharp(original).jpeg({ quality: 30 }).toBuffer(),
    // 10% off each edge: 80% of each side kept.
    cropped: await sharp(original).extract({ left: Math.round(w * 0.1), top: Math.round(h * 0.1), width: Math.round(w * 0.8), height: Math.round(h * 0.8) }).jpeg({ quality: 80 }).toBuffer(),
    // A phone's screenshot of a post: the status bar and a margin gone, the rest scaled and saved as PNG.
    screenshot: await sharp(original)
      .extract({ left: Math.round(w * 0.04), top: Math.round(h * 0.09), width: Math.round(w * 0.92), height: Math.round(h * 0.85) })
      .resize(Math.round(w * 0.7))
      .png()
      .toBuffer(),
  };
}
