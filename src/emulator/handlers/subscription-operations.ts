import { errors } from '../errors/index.ts';
import { isoSeconds, requestIdAsGuid } from '../operations/index.ts';
import type { OperationRecord } from '../persistence/index.ts';
import type { RouteRequest } from '../server/handler-types.ts';
import type { Router } from '../server/router.ts';
import type { EmulatorWorld } from '../server/world.ts';
import { schemas } from '../../wire/index.ts';
import { ok, subscriptionOf } from './common.ts';

/** Entries per page before a ContinuationToken (the service pages at 50 too). */
export const OPERATIONS_PAGE_SIZE = 50;
const RESULTS = ['Succeeded', 'Failed', 'InProgress'];

function time(request: RouteRequest, name: string): number {
  const raw = request.query.get(name.toLowerCase());
  if (!raw) throw errors.badRequest(`The ${name} query parameter is required (an ISO 8601 date or time).`);
  const value = Date.parse(/T/.test(raw) ? raw : `${raw}T00:00:00Z`);
  if (Number.isNaN(value)) throw errors.badRequest(`The ${name} '${raw}' is not a valid date or time.`);
  return value;
}

function offsetOf(token: string | undefined): number {
  if (token === undefined || token === '') return 0;
  const match = /^1!(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!match) throw errors.badRequest('The ContinuationToken is not valid; pass back the one a previous page returned.');
  return Number(match[1]);
}

const tokenFor = (offset: number) => Buffer.from(`1!${offset}`, 'utf8').toString('base64url');

function view(record: OperationRecord): Record<string, unknown> {
  const log = record.log!;
  const id = requestIdAsGuid(record.id);
  return {
    operationId: id,
    operationObjectId: log.objectId,
    operationName: log.name,
    operationParameters: log.parameters,
    operationCaller: {
      usedServiceManagementApi: true,
      userEmailAddress: 'Unknown',
      ...(log.thumbprint ? { subscriptionCertificateThumbprint: log.thumbprint } : {}),
      ...(log.clientIp ? { clientIP: log.clientIp } : {}),
    },
    operationStatus: {
      id,
      status: record.status,
      ...(record.status === 'InProgress' ? {} : { httpStatusCode: record.httpStatusCode }),
      ...(record.error ? { error: record.error } : {}),
    },
    operationStartedTime: isoSeconds(log.startedAt),
    ...(record.completedAt !== undefined && record.status !== 'InProgress' ? { operationCompletedTime: isoSeconds(record.completedAt) } : {}),
    operationKind: `${log.name}Operation`,
  };
}

/** List Subscription Operations: the log of changing requests in a time window, filtered, in pages. */
export function registerSubscriptionOperationRoutes(router: Router<EmulatorWorld>): void {
  router.add('GET', '/operations', (request, world) => {
    const subscription = subscriptionOf(world, request);
    const start = time(request, 'StartTime');
    const end = time(request, 'EndTime');
    if (end < start) throw errors.badRequest('The EndTime must not be before the StartTime.');
    const objectId = request.query.get('objectidfilter')?.toLowerCase();
    const result = request.query.get('operationresultfilter');
    if (result && !RESULTS.includes(result)) throw errors.badRequest(`The OperationResultFilter '${result}' is not valid; use Succeeded, Failed or InProgress.`);
    const matching = Object.values(world.state.operations)
      .filter((record) => record.subscriptionId === subscription.id && record.log !== undefined)
      .filter((record) => record.log!.startedAt >= start && record.log!.startedAt <= end)
      .filter((record) => !objectId || record.log!.objectId.toLowerCase() === objectId)
      .filter((record) => !result || record.status === result)
      .sort((a, b) => a.log!.startedAt - b.log!.startedAt);
    const offset = offsetOf(request.query.get('continuationtoken'));
    const page = matching.slice(offset, offset + OPERATIONS_PAGE_SIZE);
    const next = offset + OPERATIONS_PAGE_SIZE < matching.length ? tokenFor(offset + OPERATIONS_PAGE_SIZE) : undefined;
    return ok({
      schema: schemas.SubscriptionOperationCollection,
      value: { subscriptionOperations: page.map(view), ...(next ? { continuationToken: next } : {}) },
    });
  });
}
