import { inflateSync } from 'node:zlib';

export interface Png {
  width: number;
  height: number;
  colorType: number;
  /** RGBA, 4 bytes per pixel, row by row (only for 8-bit RGBA images). */
  rgba?: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Reads a PNG's header, and its pixels when it is a non-interlaced 8-bit RGBA image. */
export function readPng(bytes: Buffer): Png {
  if (!bytes.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file');
  let offset = 8;
  let header: { width: number; height: number; bitDepth: number; colorType: number; interlace: number } | undefined;
  const data: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const chunk = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      header = {
        width: chunk.readUInt32BE(0),
        height: chunk.readUInt32BE(4),
        bitDepth: chunk.readUInt8(8),
        colorType: chunk.readUInt8(9),
        interlace: chunk.readUInt8(12),
      };
    } else if (type === 'IDAT') {
      data.push(chunk);
    }
    offset += 12 + length;
  }
  if (header === undefined) throw new Error('PNG without IHDR');
  const { width, height, colorType } = header;
  if (header.bitDepth !== 8 || colorType !== 6 || header.interlace !== 0) return { width, height, colorType };
  return { width, height, colorType, rgba: unfilter(inflateSync(Buffer.concat(data)), width, height) };
}

function unfilter(raw: Buffer, width: number, height: number): Uint8Array {
  const stride = width * 4;
  const out = new Uint8Array(stride * height);
  const at = (index: number) => out[index] ?? 0;
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const i = y * stride + x;
      const left = x >= 4 ? at(i - 4) : 0;
      const up = y > 0 ? at(i - stride) : 0;
      const upLeft = x >= 4 && y > 0 ? at(i - stride - 4) : 0;
      const predictor =
        filter === 0 ? 0
        : filter === 1 ? left
        : filter === 2 ? up
        : filter === 3 ? Math.floor((left + up) / 2)
        : filter === 4 ? paeth(left, up, upLeft)
        : Number.NaN;
      if (Number.isNaN(predictor)) throw new Error(`PNG filter ${String(filter)} is not valid`);
      out[i] = (value + predictor) & 0xff;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
