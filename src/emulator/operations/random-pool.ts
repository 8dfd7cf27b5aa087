import { randomFillSync } from 'node:crypto';

// Random bytes drawn from the CSPRNG in batches: one call per 4 KiB instead of one per request
// id or key (each call costs far more than the bytes it returns).
const pool = Buffer.alloc(4096);
let offset = pool.length;

/** `count` fresh random bytes (at most 4096) as hex or base64, as `randomBytes(count).toString(encoding)` gives. */
export function randomText(count: number, encoding: 'hex' | 'base64'): string {
  if (count > pool.length) throw new RangeError(`At most ${pool.length} bytes at a time.`);
  if (offset + count > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const text = pool.toString(encoding, offset, offset + count);
  offset += count;
  return text;
}
