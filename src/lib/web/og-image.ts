/**
 * The picture a shared link shows (og:image): made at build time, here, from code: no image
 * service, no file to keep in step. 1200×630 (the size link previews use), the site's blue with
 * a white open book, the mark of the site's logo. Written as an 8-bit indexed PNG (about 2 KB).
 * Build-time only (node:zlib).
 */
import { deflateSync } from 'node:zlib';

/** Where the build writes it, relative to the site root. */
export const OG_FILE = 'img/bagikan.png';
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** Palette index of pixel (x, y): 0 the blue background, 1 white, 2 a lighter blue for the spine shadow. */
function pixel(x: number, y: number): number {
  const cx = OG_WIDTH / 2;
  const top = 165;
  const bottom = 465;
  if (y < top || y > bottom) return 0;
  const t = (y - top) / (bottom - top);
  // Two pages, each a slanted quadrilateral meeting at the spine.
  const halfWidth = 230;
  const lift = 30 * (1 - t);
  const left = cx - halfWidth;
  const right = cx + halfWidth;
  if (Math.abs(x - cx) < 6) return 2;
  const onPage = x > left && x < right && y > top + lift * (Math.abs(x - cx) / halfWidth);
  if (!onPage) return 0;
  // Lines of text on each page.
  const rel = (y - top) / (bottom - top);
  const lineBand = Math.floor(rel * 10);
  const inLine = (rel * 10) % 1 < 0.28 && lineBand >= 2 && lineBand <= 8;
  const margin = Math.abs(x - cx) > 30 && Math.abs(x - cx) < halfWidth - 35;
  return inLine && margin ? 2 : 1;
}

/** The PNG bytes of the share image. */
export function ogImagePng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(OG_WIDTH, 0);
  header.writeUInt32BE(OG_HEIGHT, 4);
  header[8] = 8; // bit depth
  header[9] = 3; // indexed colour
  const palette = Buffer.from([0x0b, 0x5c, 0xad, 0xff, 0xff, 0xff, 0x9c, 0xc3, 0xea]);
  const raw = Buffer.alloc((OG_WIDTH + 1) * OG_HEIGHT);
  for (let y = 0; y < OG_HEIGHT; y += 1) {
    raw[y * (OG_WIDTH + 1)] = 0; // filter: none
    for (let x = 0; x < OG_WIDTH; x += 1) raw[y * (OG_WIDTH + 1) + 1 + x] = pixel(x, y);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', palette),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
