import type { Handler } from './handler-types.ts';

interface Route<World> {
  readonly method: string;
  readonly pattern: readonly string[];
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
  readonly #routes: Route<World>[] = [];

  add(method: string, path: string, handler: Handler<World>): this {
    this.#routes.push({ method, pattern: path.split('/').filter((part) => part.length > 0), handler });
    return this;
  }

  /** The route for the method and segments; `methodNotAllowed` when only the path matched. */
  match(method: string, segments: readonly string[]): RouteMatch<World> | 'methodNotAllowed' | undefined {
    let pathMatched = false;
    for (const route of this.#routes) {
      const params = matchPattern(route.pattern, segments);
      if (params === undefined) continue;
      if (route.method === method) return { handler: route.handler, params };
      pathMatched = true;
    }
    return pathMatched ? 'methodNotAllowed' : undefined;
  }
}

function matchPattern(pattern: readonly string[], segments: readonly string[]): Record<string, string> | undefined {
  if (pattern.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const part = pattern[i] as string;
    const segment = segments[i] as string;
    if (part.startsWith(':')) params[part.slice(1)] = segment;
    else if (part.toLowerCase() !== segment.toLowerCase()) return undefined;
  }
  return params;
}
