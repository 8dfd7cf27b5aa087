import type { DocumentSchema } from '../../wire/index.ts';
import type { RequestContext } from './request-context.ts';

/** A response before serialization: an XML document from a schema, raw XML, JSON (admin) or nothing. */
export type ResponseBody =
  | { readonly schema: DocumentSchema; readonly value: unknown }
  | { readonly xml: string }
  | { readonly json: unknown };

export interface HandlerResult {
  readonly status: number;
  readonly body?: ResponseBody;
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * How the request shows up in Get Operation Status: `async` when the handler started an
   * operation itself, `none` for reads; default `sync` (recorded as already succeeded).
   */
  readonly operation?: 'sync' | 'async' | 'none';
}

export interface RouteRequest extends RequestContext {
  readonly subscriptionId: string;
  readonly params: Readonly<Record<string, string>>;
}

export type Handler<World> = (request: RouteRequest, world: World) => HandlerResult | Promise<HandlerResult>;
