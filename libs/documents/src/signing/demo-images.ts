import { PNG } from 'pngjs';

/** Pixels per millimetre of the demo images (300 dpi). */
const DOTS_PER_MM = 300 / 25.4;

type Rgb = readonly [number, number, number];
const BLUE: Rgb = [20, 50, 170];
const RED: Rgb = [210, 20, 30];

function canvas(widthMm: number, heightMm: number): PNG {
  const png = new PNG({ width: Math.round(widthMm * DOTS_PER_MM), height: Math.round(heightMm * DOTS_PER_MM) });
  png.data.fill(0); // transparent background
  return png;
}

function dot(png: PNG, x: number, y: number, radius: number, [r, g, b]: Rgb): void {
  for (let dy = -radius; dy <= radius; dy++) {
    for (let dx = -radius; dx <= radius; dx++) {
      const px = Math.round(x + dx);
      const py = Math.round(y + dy);
      if (px < 0 || py < 0 || px >= png.width || py >= png.height || dx * dx + dy * dy > radius * radius) continue;
      const i = (py * png.width + px) * 4;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = 255;
    }
  }
}

/** A made-up handwritten signature in blue on a transparent background (demo signers only). */
export function demoSignaturePng(seed: number): Buffer {
  const png = canvas(50, 20);
  const { width: w, height: h } = png;
  const pen = Math.max(2, Math.round(w / 160));
  for (let t = 0; t <= 1; t += 1 / (w * 4)) {
    const x = w * (0.06 + 0.88 * t);
    const y = h * (0.5 + 0.28 * Math.sin(t * (9 + seed) * Math.PI) * Math.cos(t * 2.3 * Math.PI) - 0.1 * t);
    dot(png, x, y, pen, BLUE);
  }
  for (let t = 0; t <= 1; t += 1 / (w * 2)) dot(png, w * (0.2 + 0.65 * t), h * (0.8 - 0.12 * t), pen, BLUE);
  return PNG.sync.write(png);
}

/** A demo seal in red at real size (36 mm): two rings and a five-pointed star, transparent around. */
export function demoSealPng(diameterMm = 36): Buffer {
  const png = canvas(diameterMm, diameterMm);
  const c = png.width / 2;
  const pen = Math.max(2, Math.round(png.width / 150));
  const ring = (radius: number) => {
    for (let a = 0; a < 2 * Math.PI; a += 1 / (radius * 2)) dot(png, c + radius * Math.cos(a), c + radius * Math.sin(a), pen, RED);
  };
  ring(c - pen - 1);
  ring(c * 0.72);
  const star = Array.from({ length: 5 }, (_, k) => {
    const a = -Math.PI / 2 + (k * 4 * Math.PI) / 5;
    return [c + c * 0.3 * Math.cos(a), c + c * 0.3 * Math.sin(a)] as const;
  });
  for (let k = 0; k < 5; k++) {
    const [x0, y0] = star[k]!;
    const [x1, y1] = star[(k + 1) % 5]!;
    for (let t = 0; t <= 1; t += 1 / png.width) dot(png, x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, pen, RED);
  }
  return PNG.sync.write(png);
}
