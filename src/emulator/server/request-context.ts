import type { IncomingHttpHeaders } from 'node:http';

/** What the pipeline knows about one request; built first, read by every later step. */
export interface RequestContext {
  readonly requestId: string;
  readonly method: string;
  /** Path segments, percent-decoded, without empty ones (a trailing `/` before `?comp=` is ignored). */
  readonly segments: readonly string[];
  /** Query parameters; names lower-cased (the service treats them case-insensitively). */
  readonly query: ReadonlyMap<string, string>;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** SHA-1 thumbprint (upper hex) of the client certificate, if one was presented. */
  readonly clientThumbprint: string | undefined;
  readonly receivedAt: number;
  /** The client's address, as the operation log reports it. */
  readonly clientIp?: string;
}

// Targets made only of these characters parse the same by hand as through the WHATWG URL parser
// (nothing to percent-encode, decode or normalize), which is a large share of a small request.
const PLAIN_PATH = /^\/(?!\/)[A-Za-z0-9._~\/-]*$/;
const PLAIN_QUERY = /^[A-Za-z0-9._~%=&+:,;@!$*\/-]*$/; // no "?": URLSearchParams drops a leading one

export function parseTarget(rawUrl: string): { segments: string[]; query: Map<string, string> } {
  return parsePlainTarget(rawUrl) ?? parseAnyTarget(rawUrl);
}

function parsePlainTarget(rawUrl: string): { segments: string[]; query: Map<string, string> } | undefined {
  const mark = rawUrl.indexOf('?');
  const path = mark < 0 ? rawUrl : rawUrl.slice(0, mark);
  const search = mark < 0 ? '' : rawUrl.slice(mark + 1);
  if (!PLAIN_PATH.test(path) || (search !== '' && !PLAIN_QUERY.test(search))) return undefined;
  const segments = path.split('/').filter((segment) => segment.length > 0);
  if (segments.some((segment) => segment === '.' || segment === '..')) return undefined;
  const query = new Map<string, string>();
  if (search !== '') for (const [name, value] of new URLSearchParams(search)) query.set(name.toLowerCase(), value);
  return { segments, query };
}

function parseAnyTarget(rawUrl: string): { segments: string[]; query: Map<string, string> } {
  const url = new URL(rawUrl, 'https://emulator.invalid');
  const segments = url.pathname
    .split('/')
    .filter((segment) => segment.length > 0)
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
  const query = new Map<string, string>();
  for (const [name, value] of url.searchParams) query.set(name.toLowerCase(), value);
  return { segments, query };
}
