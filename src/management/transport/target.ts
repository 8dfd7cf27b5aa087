/** Where one request goes: its absolute URL, split as the connection pool takes it. */
export interface Target {
  readonly href: string;
  /** `https://host[:port]` */
  readonly origin: string;
  /** Path and query. */
  readonly path: string;
}

// A URL already in the form the URL parser gives (lower-case host, no default or zero-led port, a
// path and query of characters it keeps as they are, no dot segments) is split without it: the
// parser costs more than the rest of building a request. Anything else goes through the parser.
const PLAIN = /^(https:\/\/[a-z0-9.-]+(?::[1-9][0-9]{0,4})?)(\/[A-Za-z0-9\-._~%!$&()*+,;=:@/]*(?:\?[A-Za-z0-9\-._~%!$&()*+,;=:@/?]*)?)$/;
const DOT_SEGMENT = /\/\.{1,2}(?:[/?]|$)|%2e/i;

export function target(href: string): Target {
  const plain = PLAIN.exec(href);
  if (plain !== null && !plain[1]!.endsWith(':443') && !DOT_SEGMENT.test(plain[2]!) && !/%(?![0-9A-Fa-f]{2})/.test(plain[2]!)) {
    return { href, origin: plain[1]!, path: plain[2]! };
  }
  const url = new URL(href);
  return { href: url.href, origin: url.origin, path: url.pathname + url.search };
}
