/**
 * ASP.NET-style route templates as Functions HTTP routes use them: literal segments, `{name}`,
 * `{name?}` (optional), `{name:constraint}` (`int`, `long`, `bool`, `guid`, `alpha`, `double`), and a
 * trailing catch-all `{*rest}`. Matching is case-insensitive for literals.
 */
export type RouteParams = Record<string, string>;

interface Segment {
  readonly literal?: string;
  readonly param?: string;
  readonly optional?: boolean;
  readonly catchAll?: boolean;
  readonly constraint?: string;
}

const CONSTRAINTS: Record<string, RegExp> = {
  int: /^-?\d+$/, long: /^-?\d+$/, double: /^-?\d+(\.\d+)?$/, bool: /^(true|false)$/i, alpha: /^[a-z]+$/i,
  guid: /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i,
};

export function compileRoute(template: string): (path: string) => RouteParams | undefined {
  const segments = template.split('/').filter((s) => s !== '').map(parseSegment);
  return (path) => {
    const parts = path.split('/').filter((s) => s !== '').map(safeDecode);
    const params: RouteParams = {};
    for (let i = 0; i < segments.length; i += 1) {
      const seg = segments[i]!;
      const part = parts[i];
      if (seg.catchAll) {
        params[seg.param!] = parts.slice(i).join('/');
        return params;
      }
      if (part === undefined) {
        if (seg.optional) continue;
        return undefined;
      }
      if (seg.literal !== undefined) {
        if (seg.literal.toLowerCase() !== part.toLowerCase()) return undefined;
      } else {
        const check = seg.constraint ? CONSTRAINTS[seg.constraint] : undefined;
        if (check && !check.test(part)) return undefined;
        params[seg.param!] = part;
      }
    }
    return parts.length <= segments.length ? params : undefined;
  };
}

function parseSegment(text: string): Segment {
  const match = /^\{(\*)?([A-Za-z_][\w]*)(?::([a-z]+)(?:\([^)]*\))?)?(\?)?\}$/.exec(text);
  if (match === null) return { literal: text };
  const [, star, param, constraint, optional] = match;
  return { param, catchAll: star === '*', constraint, optional: optional === '?' };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
