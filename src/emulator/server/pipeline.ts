import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { errorBody, errors, isEmulatorError, type EmulatorError } from '../errors/index.ts';
import { checkResourceNames } from '../handlers/resource-names.ts';
import { newRequestId } from '../operations/index.ts';
import { thumbprintOfDer } from '../pki/index.ts';
import { authenticate, authenticateAdmin } from './authenticate.ts';
import { checkVersion } from './check-version.ts';
import type { HandlerResult } from './handler-types.ts';
import { hold } from './hold.ts';
import { describeOperation } from './operation-names.ts';
import { readBody } from './read-body.ts';
import { parseTarget, type RequestContext } from './request-context.ts';
import type { Router } from './router.ts';
import { serialize } from './serialize.ts';
import type { EmulatorWorld } from './world.ts';

const ADMIN_PREFIX = '_emulator';

/**
 * One request, top to bottom: context → dispatch → auth → version → faults → names → handler →
 * serializer, with every thrown EmulatorError turned into the service's error document.
 */
export function createPipeline(world: EmulatorWorld, routes: Router<EmulatorWorld>, adminRoutes: Router<EmulatorWorld>) {
  return async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const context = await buildContext(request).catch((error: unknown) => error as Error);
    if (context instanceof Error) {
      serialize(response, newRequestId(), errorResult(context, world));
      return;
    }
    if (context.segments[0]?.toLowerCase() === ADMIN_PREFIX) {
      serialize(response, context.requestId, await handleAdmin(world, adminRoutes, context));
      return;
    }
    let result: HandlerResult;
    let subscriptionId: string | undefined;
    try {
      const match = routes.match(context.method, context.segments.slice(1));
      subscriptionId = authenticate(world, context, context.segments[0]);
      checkVersion(context);
      const fault = world.faults.decide('/' + context.segments.slice(1).join('/'));
      if (fault.latencyMs > 0 && !(await hold(fault.latencyMs, world.stopping))) return;
      if (fault.kind === 'drop') {
        request.socket.destroy();
        return;
      }
      if (fault.kind === 'error') throw fault.error;
      if (match === 'methodNotAllowed') throw errors.methodNotAllowed(context.method);
      if (!match) throw errors.unsupportedResource(context.segments[1] ?? '');
      try {
        checkResourceNames(context.segments.slice(1));
        result = await match.handler({ ...context, subscriptionId, params: match.params }, world);
        recordOperation(world, context, subscriptionId, result);
      } catch (error) {
        recordFailure(world, context, subscriptionId, error);
        throw error;
      } finally {
        if (context.method !== 'GET') world.persist();
      }
    } catch (error) {
      result = errorResult(error, world);
    }
    serialize(response, context.requestId, result);
    world.log(`${context.method} /${context.segments.join('/')} ${result.status} ${context.requestId}`);
  };
}

// A TLS connection keeps its client certificate (no renegotiation), so it is read once per
// connection rather than once per request: decoding it is a large share of a kept-alive call.
const thumbprints = new WeakMap<TLSSocket, string | undefined>();

function clientThumbprint(socket: TLSSocket): string | undefined {
  if (thumbprints.has(socket)) return thumbprints.get(socket);
  const peer = typeof socket.getPeerCertificate === 'function' ? socket.getPeerCertificate() : undefined;
  const raw = peer && 'raw' in peer ? peer.raw : undefined;
  const thumbprint = raw ? thumbprintOfDer(raw) : undefined;
  thumbprints.set(socket, thumbprint);
  return thumbprint;
}

async function buildContext(request: IncomingMessage): Promise<RequestContext> {
  const { segments, query } = parseTarget(request.url ?? '/');
  const socket = request.socket as TLSSocket;
  return {
    requestId: newRequestId(),
    method: (request.method ?? 'GET').toUpperCase(),
    segments,
    query,
    headers: request.headers,
    body: await readBody(request),
    clientThumbprint: clientThumbprint(socket),
    receivedAt: Date.now(),
    ...(request.socket.remoteAddress ? { clientIp: request.socket.remoteAddress } : {}),
  };
}

async function handleAdmin(world: EmulatorWorld, routes: Router<EmulatorWorld>, context: RequestContext): Promise<HandlerResult> {
  try {
    authenticateAdmin(world, context);
    const match = routes.match(context.method, context.segments.slice(1));
    if (match === 'methodNotAllowed') throw errors.methodNotAllowed(context.method);
    if (!match) throw errors.notFound(`The emulator has no admin resource /${context.segments.join('/')}.`);
    const result = await match.handler({ ...context, subscriptionId: '', params: match.params }, world);
    world.persist();
    return result;
  } catch (error) {
    const known = toEmulatorError(error, world);
    return { status: known.statusCode, body: { json: { error: { code: known.code, message: known.message } } } };
  }
}

function toEmulatorError(error: unknown, world: EmulatorWorld): EmulatorError {
  if (isEmulatorError(error)) return error;
  world.log(`unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return errors.internal();
}

function errorResult(error: unknown, world: EmulatorWorld): HandlerResult {
  const known = toEmulatorError(error, world);
  return { status: known.statusCode, body: { xml: errorBody(known.code, known.message) }, headers: known.headers };
}

function recordOperation(world: EmulatorWorld, context: RequestContext, subscriptionId: string, result: HandlerResult): void {
  const kind = result.operation ?? (context.method === 'GET' ? 'none' : 'sync');
  if (kind === 'sync') world.engine.recordFinished(subscriptionId, context.requestId);
  if (kind !== 'none') logOperation(world, context, subscriptionId);
}

/** What List Subscription Operations shows of a request that changed (or tried to change) something. */
function logOperation(world: EmulatorWorld, context: RequestContext, subscriptionId: string): void {
  const record = world.state.operations[context.requestId];
  const described = describeOperation(subscriptionId, context.method, context.segments.slice(1), context.query, context.body);
  if (!record || !described) return;
  record.log = {
    ...described,
    startedAt: world.clock.now(),
    ...(context.clientThumbprint ? { thumbprint: context.clientThumbprint } : {}),
    ...(context.clientIp ? { clientIp: context.clientIp } : {}),
  };
}

function recordFailure(world: EmulatorWorld, context: RequestContext, subscriptionId: string, error: unknown): void {
  if (context.method === 'GET' || !isEmulatorError(error)) return;
  world.engine.recordFinished(subscriptionId, context.requestId, {
    httpStatusCode: error.statusCode,
    code: error.code,
    message: error.message,
  });
  logOperation(world, context, subscriptionId);
}
