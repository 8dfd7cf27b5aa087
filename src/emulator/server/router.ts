import type { Handler } from './handler-types.ts';

interface Route<World> {
  readonly method: string;
  /** Literal parts lower-cased; undefined where the part captures. */
  readonly literals: readonly (string | undefined)[];
  /** The capture's name where the part captures. */
  readonly captures: readonly (string | undefined)[];
  readonly handler: Handler<World>;
}

export interface RouteMatch<World> {
  readonly handler: Handler<World>;
  readonly params: Record<string, string>;
}

/**
 * Paths below `/{subscriptionId}`; `:name` segments capture, literal segments match without
 * regard to case (the service is case-insensitive: `roleinstances/x/Operations`).
 */
export class Router<World> {
  // By segment count, in the order added (the first route that matches wins).
  readonly #routes = new Map<number, Route<World>[]>();

  add(method: string, path: string, handler: Handler<World>): this {
    const pattern = path.split('/').filter((part) => part.length > 0);
    const route: Route<World> = {
      method,
      literals: pattern.map((part) => (part.startsWith(':') ? undefined : part.toLowerCase())),
      captures: pattern.map((part) => (part.startsWith(':') ? part.slice(1) : undefined)),
      handler,
    };
    const same = this.#routes.get(pattern.length);
    if (same) same.push(route);
    else this.#routes.set(pattern.length, [route]);
    return this;
  }

  /** The route for the method and segments; `methodNotAllowed` when only the path matched. */
  match(method: string, segments: readonly string[]): RouteMatch<World> | 'methodNotAllowed' | undefined {
    const candidates = this.#routes.get(segments.length);
    if (!candidates) return undefined;
    const lower = segments.map((segment) => segment.toLowerCase());
    let pathMatched = false;
    for (const route of candidates) {
      if (!matches(route, lower)) continue;
      if (route.method === method) return { handler: route.handler, params: paramsOf(route, segments) };
      pathMatched = true;
    }
    return pathMatched ? 'methodNotAllowed' : undefined;
  }
}

function matches<World>(route: Route<World>, lower: readonly string[]): boolean {
  for (let i = 0; i < lower.length; i++) {
    const literal = route.literals[i];
    if (literal !== undefined && literal !== lower[i]) return false;
  }
  return true;
}

function paramsOf<World>(route: Route<World>, segments: readonly string[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const name = route.captures[i];
    if (name !== undefined) params[name] = segments[i]!;
  }
  return params;
}
