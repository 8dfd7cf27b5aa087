import { createHash, randomBytes } from 'node:crypto';

/** The largest time a Date can hold, in milliseconds: inverted times stay positive and of one width. */
const MAX_MS = 8_640_000_000_000_000;
const WIDTH = 16;

/** The inverted time part: later times give smaller strings, so a table lists newest first. */
export const invertedTime = (ms: number): string => String(MAX_MS - ms).padStart(WIDTH, '0');

/**
 * A row key that sorts newest first; the suffix keeps two entries of one millisecond apart: random,
 * or derived from `key` so that the same entry written twice (a redelivered message) is one row.
 */
export const auditRowKey = (at: Date, key?: string): string =>
  `${invertedTime(at.getTime())}-${key === undefined ? randomBytes(6).toString('hex') : createHash('sha256').update(key).digest('hex').slice(0, 12)}`;

/** The smallest row key of an entry later than `ms` would be smaller than this bound. */
export const rowKeyBoundFor = (ms: number): string => `${invertedTime(ms)}-~`;

/** Table Storage keys may not hold `/ \ # ?` or control characters. */
export const safeKey = (text: string): string => (text.replace(/[/\\#?\u0000-\u001f\u007f-\u009f]/g, '_') || '_');
