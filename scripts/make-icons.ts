/**
 * Draws the Teams app icons (appPackage/color.png 192x192, appPackage/outline.png 32x32) without any
 * image library: shapes are rasterised with 4x4 supersampling and written as RGBA PNGs with node's zlib.
 *
 *   npx tsx scripts/make-icons.ts
 *
 * The PNGs are committed; run this again only when the design changes. The PNG encoder and decoder are
 * exported for the package tests (test/package).
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { deflateSync, inflateSync } from "node:zlib";

export interface RgbaImage {
  width: number;
  height: number;
  /** RGBA, 4 bytes per pixel, rows top to bottom. */
  data: Uint8Array;
}

// ---------------------------------------------------------------------------------------------------
// PNG encoding and decoding (8-bit, non-interlaced)

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, body: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

/** Encodes an RGBA image as a PNG (colour type 6, bit depth 8, filter 0 on every row). */
export function encodePng(image: RgbaImage): Buffer {
  const { width, height, data } = image;
  if (data.length !== width * height * 4) throw new Error("image data does not match its size");
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    Buffer.from(data.buffer, data.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

export interface PngInfo {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
}

/** Reads the IHDR of a PNG (throws on anything that is not a PNG). */
export function readPngInfo(png: Uint8Array): PngInfo {
  const buf = Buffer.from(png);
  if (buf.length < 33 || !buf.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error("not a PNG file");
  if (buf.toString("ascii", 12, 16) !== "IHDR") throw new Error("PNG does not start with IHDR");
  return {
    width: buf.readUInt32BE(16),
    height: buf.readUInt32BE(20),
    bitDepth: buf[24]!,
    colorType: buf[25]!,
    interlace: buf[28]!,
  };
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/**
 * Decodes an 8-bit, non-interlaced greyscale/RGB/RGBA PNG into RGBA, checking every chunk's CRC.
 * Palette, 16-bit and interlaced images are rejected (the icons are never written that way).
 */
export function decodePng(png: Uint8Array): RgbaImage {
  const info = readPngInfo(png);
  const channels = CHANNELS[info.colorType];
  if (info.bitDepth !== 8 || channels === undefined || info.interlace !== 0) {
    throw new Error(`unsupported PNG (bit depth ${info.bitDepth}, colour type ${info.colorType}, interlace ${info.interlace})`);
  }
  const buf = Buffer.from(png);
  const idat: Buffer[] = [];
  let offset = 8;
  let ended = false;
  while (offset + 12 <= buf.length) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString("ascii", offset + 4, offset + 8);
    const body = buf.subarray(offset + 8, offset + 8 + length);
    const crc = buf.readUInt32BE(offset + 8 + length);
    if (crc !== crc32(buf.subarray(offset + 4, offset + 8 + length))) throw new Error(`bad CRC in ${type} chunk`);
    if (type === "IDAT") idat.push(body);
    offset += 12 + length;
    if (type === "IEND") {
      ended = true;
      break;
    }
  }
  if (!ended) throw new Error("PNG has no IEND chunk");
  const raw = inflateSync(Buffer.concat(idat));
  const { width, height } = info;
  const stride = width * channels;
  if (raw.length !== (stride + 1) * height) throw new Error("PNG image data has the wrong length");
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[y * stride + x - channels]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels]! : 0;
      let predictor: number;
      switch (filter) {
        case 0:
          predictor = 0;
          break;
        case 1:
          predictor = a;
          break;
        case 2:
          predictor = b;
          break;
        case 3:
          predictor = (a + b) >> 1;
          break;
        case 4: {
          const p = a + b - c;
          const pa = Math.abs(p - a);
          const pb = Math.abs(p - b);
          const pc = Math.abs(p - c);
          predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
          break;
        }
        default:
          throw new Error(`unknown PNG filter ${filter}`);
      }
      pixels[y * stride + x] = (line[x]! + predictor) & 0xff;
    }
  }
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const s = pixels.subarray(i * channels, (i + 1) * channels);
    if (channels === 1 || channels === 2) {
      data.set([s[0]!, s[0]!, s[0]!, channels === 2 ? s[1]! : 255], i * 4);
    } else {
      data.set([s[0]!, s[1]!, s[2]!, channels === 4 ? s[3]! : 255], i * 4);
    }
  }
  return { width, height, data };
}

// ---------------------------------------------------------------------------------------------------
// Drawing: shapes are coverage functions over a unit square (x right, y down, 0..1).

type Shape = (x: number, y: number) => boolean;

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Shape {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

/** A polyline of the given stroke width with round joins and caps. */
function stroke(points: Array<[number, number]>, width: number): Shape {
  const half = width / 2;
  return (x, y) => {
    for (let i = 0; i + 1 < points.length; i++) {
      const [ax, ay] = points[i]!;
      const [bx, by] = points[i + 1]!;
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
      if ((x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= half * half) return true;
    }
    return false;
  };
}

function union(...shapes: Shape[]): Shape {
  return (x, y) => shapes.some((s) => s(x, y));
}

/** The symbol: three rising bars (the work) and a tick above them (the assessment). */
const BARS = union(
  roundedRect(0.1, 0.6, 0.3, 0.94, 0.035),
  roundedRect(0.4, 0.46, 0.6, 0.94, 0.035),
  roundedRect(0.7, 0.32, 0.9, 0.94, 0.035),
);
const TICK = stroke(
  [
    [0.16, 0.27],
    [0.3, 0.4],
    [0.6, 0.1],
  ],
  0.1,
);

interface Layer {
  shape: Shape;
  rgb: [number, number, number];
}

/**
 * Rasterises layers (later layers paint over earlier ones) into a size x size RGBA image, with
 * `samples` x `samples` supersampling per pixel. `box` maps the unit square onto the image.
 */
function render(size: number, layers: Layer[], box = { x: 0, y: 0, w: 1, h: 1 }, samples = 4): RgbaImage {
  const data = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const ux = ((px + (sx + 0.5) / samples) / size - box.x) / box.w;
          const uy = ((py + (sy + 0.5) / samples) / size - box.y) / box.h;
          for (let i = layers.length - 1; i >= 0; i--) {
            const layer = layers[i]!;
            if (layer.shape(ux, uy)) {
              r += layer.rgb[0];
              g += layer.rgb[1];
              b += layer.rgb[2];
              a += 1;
              break;
            }
          }
        }
      }
      const n = samples * samples;
      const o = (py * size + px) * 4;
      if (a > 0) {
        // Colour is the average of the covered samples; alpha is the coverage.
        data[o] = Math.round(r / a);
        data[o + 1] = Math.round(g / a);
        data[o + 2] = Math.round(b / a);
        data[o + 3] = Math.round((255 * a) / n);
      }
    }
  }
  return { width: size, height: size, data };
}

/** Brand colours: BKPSDM teal and a Pontianak gold. */
export const ACCENT_COLOR = "#00695C";
const TEAL: [number, number, number] = [0x00, 0x69, 0x5c];
const GOLD: [number, number, number] = [0xf9, 0xb2, 0x1b];
const WHITE: [number, number, number] = [0xff, 0xff, 0xff];

/** 192x192 full-colour icon: the symbol in white and gold on a solid teal square. */
export function drawColorIcon(): RgbaImage {
  const inset = { x: 0.2, y: 0.18, w: 0.6, h: 0.6 };
  const background: Shape = (x, y) => x >= -1 && x <= 2 && y >= -1 && y <= 2; // the whole canvas
  return render(192, [
    { shape: background, rgb: TEAL },
    { shape: BARS, rgb: WHITE },
    { shape: TICK, rgb: GOLD },
  ], inset);
}

/** 32x32 outline icon: the symbol in white on transparent. */
export function drawOutlineIcon(): RgbaImage {
  return render(32, [{ shape: union(BARS, TICK), rgb: WHITE }], { x: 0.03, y: 0.03, w: 0.94, h: 0.94 });
}

function main(): void {
  const dir = path.resolve(__dirname, "..", "appPackage");
  writeFileSync(path.join(dir, "color.png"), encodePng(drawColorIcon()));
  writeFileSync(path.join(dir, "outline.png"), encodePng(drawOutlineIcon()));
  console.log(`wrote ${path.join(dir, "color.png")} and ${path.join(dir, "outline.png")}`);
}

if (require.main === module) main();
