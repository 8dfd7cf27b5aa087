/** An answer the stand-in gives instead of the real one, to test how the bot copes. */
export type SimFault =
  | { readonly error: string }
  /** HTTP 429 with `Retry-After: <seconds>` and `{ok:false, error:'ratelimited'}`. */
  | { readonly ratelimited: number }
  /** A bare HTTP status (500, 503) with an empty body. */
  | { readonly status: number };

/** Faults queued per Web API method (or `*` for any), each used `times` times, in order. */
export class SimFaults {
  readonly #queue = new Map<string, { fault: SimFault; left: number }[]>();

  inject(method: string, fault: SimFault, times = 1): void {
    const list = this.#queue.get(method) ?? [];
    list.push({ fault, left: times });
    this.#queue.set(method, list);
  }

  clear(): void {
    this.#queue.clear();
  }

  /** The next fault for this method, if any (and uses it up). */
  take(method: string): SimFault | undefined {
    for (const key of [method, '*']) {
      const list = this.#queue.get(key);
      const head = list?.[0];
      if (head === undefined) continue;
      head.left -= 1;
      if (head.left <= 0) list!.shift();
      return head.fault;
    }
    return undefined;
  }
}
