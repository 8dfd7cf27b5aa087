import type { SubscriptionOperation, SubscriptionOperationPage } from '../../../management/index.ts';
import { listDoc } from '../../views/format.ts';
import { readCommand } from '../change.ts';
import { compact, opt, step } from '../define.ts';
import type { CommandSpec, ValueType } from '../types.ts';
import { oneOf } from '../values.ts';

const UNIT_MS: Readonly<Record<string, number>> = { m: 60_000, h: 3_600_000, d: 86_400_000 };
/** The service keeps the operation log for 90 days. */
const MAX_MS = 90 * UNIT_MS.d!;
const DURATION = /^(\d{1,6})\s*(m|min|mins|minutes?|h|hours?|d|days?)$/i;

export function durationMs(value: string): number | undefined {
  const match = DURATION.exec(value.trim());
  if (match === null) return undefined;
  return Number(match[1]) * (UNIT_MS[(match[2] as string)[0]!.toLowerCase()] ?? 0);
}

export const duration: ValueType = {
  label: 'duration', expected: 'a duration of minutes, hours or days up to 90 days: 30m, 1h, 2d',
  check: (v) => {
    const ms = durationMs(v);
    if (ms === undefined || ms <= 0) return { ok: false, expected: duration.expected, suggestions: /^\d+$/.test(v.trim()) ? [`${v.trim()}h`] : [] };
    if (ms > MAX_MS) return { ok: false, expected: duration.expected, suggestions: ['90d'] };
    const match = DURATION.exec(v.trim()) as RegExpExecArray;
    return { ok: true, value: `${Number(match[1])}${(match[2] as string)[0]!.toLowerCase()}` };
  },
};

const iso = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
const lastSegment = (path: string | undefined) => path?.split('/').filter(Boolean).slice(-1)[0];
const caller = (o: SubscriptionOperation) => {
  const c = o.operationCaller;
  if (c?.userEmailAddress) return c.userEmailAddress;
  if (c?.subscriptionCertificateThumbprint) return `certificate ${c.subscriptionCertificateThumbprint.slice(0, 8)}…`;
  return c?.clientIP;
};

export const opList: CommandSpec = readCommand(
  {
    resource: 'op', action: 'list', summary: 'List the subscription\'s operations (its activity log) of the last hour, or of --since.', risk: 'read',
    args: [],
    options: [
      { name: 'since', type: duration, valueName: 'duration', description: 'How far back: 30m, 1h, 2d, up to 90d (default 1h).' },
      { name: 'status', type: oneOf('operation status', ['Succeeded', 'Failed', 'InProgress']), description: 'Only operations with this outcome.' },
    ],
    examples: ['op list', 'op list --since 2d --status Failed'],
  },
  (input, context) => {
    const since = opt(input, 'since') ?? '1h';
    // Whole seconds, rounded up: an operation started earlier in this second is inside the window.
    const end = new Date(Math.ceil((context.now?.() ?? new Date()).getTime() / 1000) * 1000);
    const start = new Date(end.getTime() - (durationMs(since) ?? UNIT_MS.h!));
    const status = opt(input, 'status');
    return {
      summary: `List the operations of the last ${since}${status ? ` that are ${status}` : ''}`,
      steps: [step('list', `List the subscription's operations from ${iso(start)} to ${iso(end)}`, 'subscription.listOperations', [
        compact({ startTime: iso(start), endTime: iso(end), operationResultFilter: status }),
      ])],
    };
  },
  (result) => {
    const page = result as SubscriptionOperationPage;
    const more = page.continuationToken ? ['More operations than one page: shorten --since or filter with --status.'] : [];
    return listDoc('Operations', ['Started', 'Operation', 'Resource', 'Status', 'Caller', 'Request'], page.subscriptionOperations.map((o) => [
      o.operationStartedTime, o.operationName, lastSegment(o.operationObjectId), o.operationStatus?.status, caller(o), o.operationId,
    ]), 'No operations in that time. Look further back with --since 1d.', more);
  },
);
