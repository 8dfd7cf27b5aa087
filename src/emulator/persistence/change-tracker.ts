import type { EmulatorState } from './state.ts';

/** One entity to write: its path in the state and its current value (undefined: it was deleted). */
export interface Change {
  readonly path: readonly string[];
  readonly value: unknown;
}

const COLLECTIONS = ['subscriptions', 'operations'] as const;
// How deep a path names one entity: operations/<id>, subscriptions/<id>/<collection>/<name>.
// Anything changed below that depth rewrites the whole entity (a hosted service with its deployments).
const ENTITY_DEPTH: Readonly<Record<string, number>> = { operations: 2, subscriptions: 4 };
const SEPARATOR = '\u0000';
// Shared by every tracker, so a state handed from one store to another is unwrapped to plain objects.
const targetOf = new WeakMap<object, object>();

/**
 * Watches the handlers change the state in place, so a save writes only the entities that changed
 * (the cost of a write no longer grows with the state). The state's two collections become
 * accessors handing out proxies; every set or delete through them marks the entity it falls in.
 */
export class ChangeTracker {
  readonly #dirty = new Set<string>();
  readonly #proxyOf = new WeakMap<object, { key: string; proxy: object }>();
  readonly #state: EmulatorState;

  constructor(state: EmulatorState) {
    this.#state = state;
    for (const name of COLLECTIONS) {
      let raw = this.unwrap(state[name]) as Record<string, unknown>;
      Object.defineProperty(state, name, {
        enumerable: true,
        configurable: true,
        get: () => this.#wrap(raw, [name]),
        set: (value: Record<string, unknown>) => {
          raw = this.unwrap(value) as Record<string, unknown>;
          this.#mark([name]);
        },
      });
    }
  }

  /** Whether this tracker watches `state` (a store tracks the one state object it saved or loaded). */
  watches(state: EmulatorState): boolean {
    return state === this.#state;
  }

  /** The changed entities since the last call, outermost first, each with its current value. */
  take(): Change[] {
    const paths = [...this.#dirty].map((key) => key.split(SEPARATOR)).sort((a, b) => a.length - b.length);
    this.#dirty.clear();
    const written = new Set<string>();
    const changes: Change[] = [];
    for (const path of paths) {
      if (path.some((_, i) => i < path.length - 1 && written.has(path.slice(0, i + 1).join(SEPARATOR)))) continue;
      written.add(path.join(SEPARATOR));
      changes.push({ path, value: this.#valueAt(path) });
    }
    return changes;
  }

  /** Puts changes back after a save failed, so the next save writes them. */
  restore(changes: readonly Change[]): void {
    for (const change of changes) this.#dirty.add(change.path.join(SEPARATOR));
  }

  unwrap(value: unknown): unknown {
    return typeof value === 'object' && value !== null ? (targetOf.get(value) ?? value) : value;
  }

  #valueAt(path: readonly string[]): unknown {
    let node: unknown = this.unwrap((this.#state as unknown as Record<string, unknown>)[path[0]!]);
    for (const key of path.slice(1)) {
      if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
      node = this.unwrap((node as Record<string, unknown>)[key]);
    }
    return node;
  }

  #mark(path: readonly string[]): void {
    this.#dirty.add(path.join(SEPARATOR));
  }

  // A node is named by its key (the path joined) and how many parts that path has: a child's
  // key is built by one concatenation, only for nodes above entity depth.
  #wrap(target: object, path: readonly string[]): object {
    return this.#wrapAt(target, path.join(SEPARATOR), path.length, ENTITY_DEPTH[path[0]!] ?? 1);
  }

  #wrapAt(target: object, key: string, length: number, depth: number): object {
    const known = this.#proxyOf.get(target);
    if (known !== undefined && known.key === key) return known.proxy;
    const entity = length >= depth;
    const childKey = (name: string) => (entity ? key : key + SEPARATOR + name);
    const childLength = entity ? length : length + 1;
    const proxy = new Proxy(target, {
      get: (object, name, receiver) => {
        const value = Reflect.get(object, name, receiver);
        if (typeof value !== 'object' || value === null || typeof name !== 'string') return value;
        return this.#wrapAt(this.unwrap(value) as object, childKey(name), childLength, depth);
      },
      set: (object, name, value) => {
        if (typeof name === 'string') this.#dirty.add(childKey(name));
        return Reflect.set(object, name, this.unwrap(value));
      },
      deleteProperty: (object, name) => {
        if (typeof name === 'string') this.#dirty.add(childKey(name));
        return Reflect.deleteProperty(object, name);
      },
      defineProperty: (object, name, descriptor) => {
        if (typeof name === 'string') this.#dirty.add(childKey(name));
        return Reflect.defineProperty(object, name, 'value' in descriptor ? { ...descriptor, value: this.unwrap(descriptor.value) } : descriptor);
      },
    });
    this.#proxyOf.set(target, { key, proxy });
    targetOf.set(proxy, target);
    return proxy;
  }
}

/** Applies a change to a plain state (loading a journal, or a mirror kept in memory). */
export function applyChange(state: EmulatorState, change: Change): void {
  let node = state as unknown as Record<string, unknown>;
  const last = change.path.length - 1;
  for (let i = 0; i < last; i++) {
    const key = change.path[i]!;
    let next = node[key];
    if (typeof next !== 'object' || next === null) {
      if (change.value === undefined) return;
      next = node[key] = {};
    }
    node = next as Record<string, unknown>;
  }
  if (change.value === undefined) delete node[change.path[last]!];
  else node[change.path[last]!] = change.value;
}
