import type { IncomingMessage, ServerResponse } from 'node:http';
import { httpMethods, joinRoute, routeOf, type HostFunction } from './function-index.ts';
import { compileRoute, type RouteParams } from './route-template.ts';
import type { RpcHttpCookie, RpcHttpData, RpcNullableString, RpcTypedData } from './types.ts';

export interface HttpRoute {
  readonly fn: HostFunction;
  readonly methods: readonly string[];
  readonly match: (path: string) => RouteParams | undefined;
}

export function httpRoutes(functions: readonly HostFunction[], routePrefix: string): HttpRoute[] {
  return functions.filter((fn) => fn.kind === 'http').map((fn) => ({
    fn,
    methods: httpMethods(fn),
    match: compileRoute(joinRoute(routePrefix, routeOf(fn))),
  }));
}

export function findRoute(routes: readonly HttpRoute[], method: string, path: string): { route: HttpRoute; params: RouteParams } | undefined {
  for (const route of routes) {
    if (!route.methods.includes(method.toUpperCase())) continue;
    const params = route.match(path);
    if (params) return { route, params };
  }
  return undefined;
}

/** The host's HTTP trigger data: absolute URL, lower-cased headers, query and route values, body bytes. */
export async function toRpcHttp(req: IncomingMessage, params: RouteParams): Promise<RpcTypedData> {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  const headers: Record<string, RpcNullableString> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || value === '') continue;
    headers[name.toLowerCase()] = { value: Array.isArray(value) ? value.join(', ') : value };
  }
  const query: Record<string, RpcNullableString> = {};
  for (const key of new Set(url.searchParams.keys())) query[key] = { value: url.searchParams.getAll(key).join(',') };
  const nullableParams: Record<string, RpcNullableString> = {};
  for (const [key, value] of Object.entries(params)) nullableParams[key] = { value };
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const http: RpcHttpData = {
    method: req.method ?? 'GET', url: url.href, nullableHeaders: headers, nullableQuery: query, nullableParams,
    body: { bytes: Buffer.concat(chunks) },
  };
  return { http };
}

/** Writes the function's `http` output; no output is 204 (the real host's answer here is not documented). */
export function writeHttpResponse(res: ServerResponse, data: RpcTypedData | null | undefined): void {
  const http = data?.http;
  if (!http) {
    res.writeHead(204).end();
    return;
  }
  const status = Number(http.statusCode ?? '200') || 200;
  const headers: Record<string, string | string[]> = { ...(http.headers ?? {}) };
  const cookies = (http.cookies ?? []).map(setCookie);
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  const body = bodyBytes(http.body);
  res.writeHead(status, headers).end(body);
}

function bodyBytes(body: RpcTypedData | null | undefined): Buffer {
  if (body?.bytes) return Buffer.from(body.bytes);
  if (typeof body?.string === 'string') return Buffer.from(body.string);
  return Buffer.alloc(0);
}

function setCookie(cookie: RpcHttpCookie): string {
  const parts = [`${cookie.name ?? ''}=${cookie.value ?? ''}`];
  if (cookie.domain?.value) parts.push(`Domain=${cookie.domain.value}`);
  if (cookie.path?.value) parts.push(`Path=${cookie.path.value}`);
  const seconds = cookie.expires?.value?.seconds;
  if (seconds !== undefined && seconds !== null) parts.push(`Expires=${new Date(Number(seconds) * 1000).toUTCString()}`);
  if (typeof cookie.maxAge?.value === 'number') parts.push(`Max-Age=${cookie.maxAge.value}`);
  if (cookie.secure?.value) parts.push('Secure');
  if (cookie.httpOnly?.value) parts.push('HttpOnly');
  const sameSite = { lax: 'Lax', strict: 'Strict', explicitNone: 'None' }[cookie.sameSite ?? 'none' as string];
  if (sameSite) parts.push(`SameSite=${sameSite}`);
  return parts.join('; ');
}
