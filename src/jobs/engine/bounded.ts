/** A step's result as kept in the job: at most `limit` JSON characters, cut and marked when longer. */
export interface Bounded {
  readonly result?: unknown;
  readonly truncated?: boolean;
}

const size = (value: unknown): number => JSON.stringify(value)?.length ?? 0;

/**
 * Lists keep as many leading items as fit; anything else that does not fit is dropped. Either way
 * `truncated` says so, and views and later steps see the part that was kept.
 */
export function bounded(value: unknown, limit: number): Bounded {
  if (value === undefined) return {};
  const plain = JSON.parse(JSON.stringify(value)) as unknown;
  if (size(plain) <= limit) return { result: plain };
  if (!Array.isArray(plain)) return { truncated: true };
  let low = 0;
  let high = plain.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (size(plain.slice(0, mid)) <= limit) low = mid;
    else high = mid - 1;
  }
  return { result: plain.slice(0, low), truncated: true };
}
