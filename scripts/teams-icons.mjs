// Draws the Teams app icons (color 192x192, outline 32x32) as PNG files in teams/app/.
// The mark: three overlapping rings, one per organisation, sharing one centre.
// Run once when the mark changes: `npx node scripts/teams-icons.mjs`.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x + 0.5, y + 0.5, size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0))
  ]);
}

/** Coverage (0..1) of the three rings at a point, with a soft edge for anti-aliasing. */
function rings(x, y, size, ringWidth) {
  const c = size / 2;
  const r = size * 0.2;
  const offset = size * 0.13;
  let best = 0;
  for (let i = 0; i < 3; i++) {
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / 3;
    const cx = c + offset * Math.cos(angle);
    const cy = c + offset * Math.sin(angle);
    const d = Math.abs(Math.hypot(x - cx, y - cy) - r);
    best = Math.max(best, Math.min(1, Math.max(0, ringWidth / 2 - d + 0.5)));
  }
  return best;
}

const brand = [0, 94, 115]; // deep teal, contrast 7:1 against white
writeFileSync('teams/app/color.png', png(192, (x, y, size) => {
  const a = rings(x, y, size, 12);
  return [
    Math.round(brand[0] + (255 - brand[0]) * a),
    Math.round(brand[1] + (255 - brand[1]) * a),
    Math.round(brand[2] + (255 - brand[2]) * a),
    255
  ];
}));
writeFileSync('teams/app/outline.png', png(32, (x, y, size) => [255, 255, 255, Math.round(255 * rings(x, y, size, 2.2))]));
console.log('teams/app/color.png and teams/app/outline.png written');
