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

export function parseTarget(rawUrl: string): { segments: string[]; query: Map<string, string> } {
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
