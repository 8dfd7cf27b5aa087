import type { InvocationContext, StorageQueueHandler, Timer, TimerHandler } from '@azure/functions';
import { parseJobMessage } from '../jobs/index.ts';
import { workerInstance } from './instance.ts';

const dropped = (context: InvocationContext) =>
  context.error('A queue message that is not a job message was dropped (it needs a jobId and an action plan, advance, digest or audit, and a well-formed job or audit entry when it has one).');

/** `functions/run-job`: one `asm-jobs` message. A throw leaves the message for the host to hand out again. */
export const runJobHandler = (): StorageQueueHandler => async (entry: unknown, context: InvocationContext) => {
  const message = parseJobMessage(entry);
  if (message === undefined) return dropped(context);
  const { worker, schedules } = await workerInstance();
  if (message.action === 'digest') return worker.digestNow(message.channel ?? '', schedules, { requestId: message.jobId });
  const dequeueCount = Number(context.triggerMetadata?.['dequeueCount'] ?? 1);
  await worker.handle(message, { dequeueCount });
};

/** `functions/run-job-poison`: a message that failed every delivery; its job is failed and the channel told. */
export const runJobPoisonHandler = (): StorageQueueHandler => async (entry: unknown, context: InvocationContext) => {
  const message = parseJobMessage(entry);
  if (message === undefined) return dropped(context);
  await (await workerInstance()).worker.handlePoison(message);
};

/** `functions/poll-operations`: one poller tick. */
export const pollOperationsHandler = (): TimerHandler => async (_timer: Timer, context: InvocationContext) => {
  const result = await (await workerInstance()).worker.pollTick();
  context.log(`poll waiting=${result.waiting} polled=${result.polled} finished=${result.finished} timedOut=${result.timedOut} expired=${result.expired} posted=${result.posted} errors=${result.errors}`);
};

/** `functions/status-digest`: the channels whose digest is due get it, once per period. */
export const statusDigestHandler = (): TimerHandler => async (_timer: Timer, context: InvocationContext) => {
  const { worker, schedules } = await workerInstance();
  const results = await worker.runDigests(schedules);
  for (const r of results) context.log(`digest channel=${r.channel} period=${r.periodKey} outcome=${r.outcome}${r.error ? ` error=${r.error}` : ''}`);
};
