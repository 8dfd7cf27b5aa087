import type { Check, ValueType } from '../types.ts';

const ok = (value: string): Check => ({ ok: true, value });
const bad = (expected: string, suggestions: readonly string[] = []): Check => ({ ok: false, expected, suggestions });

const DISK_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/;
export const diskName: ValueType = {
  label: 'disk name', expected: '1–255 letters, digits, hyphens, periods and underscores, starting with a letter or digit (see `disk list`)',
  check: (v) => (DISK_NAME.test(v) ? ok(v) : bad(diskName.expected)),
};

/** A whole number in a range, written without sign or unit (`1`, `10`, `1023`). */
export function wholeNumber(label: string, min: number, max: number, unit = ''): ValueType {
  const expected = `a whole number from ${min} to ${max}${unit}`;
  return {
    label, expected,
    check: (v) => {
      const stripped = unit === '' ? v : v.replace(/\s*gb$/i, '');
      if (!/^\d{1,5}$/.test(stripped)) return bad(expected);
      const n = Number(stripped);
      return n >= min && n <= max ? ok(String(n)) : bad(expected, [String(Math.min(max, Math.max(min, n)))]);
    },
  };
}

/** Logical unit numbers: the service takes 0–63; the VM's size allows fewer (checked when planned). */
export const lun = wholeNumber('LUN', 0, 63);
/** The service's limit for a data disk on standard storage. */
export const MAX_DATA_DISK_GB = 1023;
export const sizeGb = wholeNumber('disk size', 1, MAX_DATA_DISK_GB, ' (GB)');
