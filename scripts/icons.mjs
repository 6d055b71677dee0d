// Draws the extension's icon (a speech bubble with quotation marks on a navy tile) as PNGs at
// 16, 32, 48 and 128 px: shapes as distance functions, 4×4 supersampling, PNG written with zlib.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const NAVY = [27, 58, 107],
  WHITE = [255, 255, 255],
  GOLD = [240, 180, 0];

function roundedBox(x, y, cx, cy, hw, hh, r) {
  const dx = Math.abs(x - cx) - hw + r,
    dy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(dx, 0), Math.max(dy, 0)) + Math.min(Math.max(dx, dy), 0) - r;
}
function inTriangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const s = (px, py, qx, qy, rx, ry) => (px - rx) * (qy - ry) - (qx - rx) * (py - ry);
  const d1 = s(x, y, ax, ay, bx, by),
    d2 = s(x, y, bx, by, cx, cy),
    d3 = s(x, y, cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}
/** Colour at a point of the unit square, or null for transparent. */
function shade(x, y) {
  if (roundedBox(x, y, 0.5, 0.5, 0.5, 0.5, 0.2) > 0) return null;
  const bubble =
    roundedBox(x, y, 0.5, 0.44, 0.34, 0.24, 0.12) <= 0 || inTriangle(x, y, [0.3, 0.6], [0.46, 0.6], [0.26, 0.84]);
  if (!bubble) return NAVY;
  // two quotation marks: a dot with a tail each
  for (const qx of [0.4, 0.6]) {
    if (Math.hypot(x - qx, y - 0.4) <= 0.075) return GOLD;
    if (inTriangle(x, y, [qx - 0.07, 0.41], [qx + 0.07, 0.42], [qx - 0.06, 0.56])) return GOLD;
  }
  return WHITE;
}

function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (const b of buf) {
    c = (crc ^ b) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size) {
  const SS = 4,
    raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < SS; sy++)
        for (let sx = 0; sx < SS; sx++) {
          const c = shade((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a++;
          }
        }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      raw[o] = a ? r / a : 0;
      raw[o + 1] = a ? g / a : 0;
      raw[o + 2] = a ? b / a : 0;
      raw[o + 3] = (a / (SS * SS)) * 255;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
for (const size of [16, 32, 48, 128]) writeFileSync(`icons/icon-${size}.png`, png(size));
console.log('icons written');
