import type { FunctionOutput, HttpHandler, InvocationContext } from '@azure/functions';
import { loadConfig } from '../config/index.ts';
import type { JobMessage } from '../jobs/messages.ts';
import type { JobStore } from '../jobs/store.ts';
import { createSlackApp, type SlackApp, type SlackAppOptions } from './app.ts';
import { createAuditLog } from './audit/index.ts';
import { lazyJobStore } from './lazy-job-store.ts';
import { createPolicy } from './policy/index.ts';

export interface SlackFunctionOptions {
  /** The `asm-jobs` queue output registered with the function. */
  readonly queueOutput: FunctionOutput;
  /** App settings (default `process.env`). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The job store (default: the Table Storage store on `AzureWebJobsStorage`, loaded when a command first needs it). */
  readonly jobs?: JobStore;
}

/** Queues a message through the invocation's output binding; several in one invocation go as a list. */
export function enqueueVia(queueOutput: FunctionOutput) {
  return (message: JobMessage, context: InvocationContext | undefined): void => {
    if (context === undefined) throw new Error('No invocation context: the job message cannot be queued.');
    const before = context.extraOutputs.get(queueOutput);
    const all = before === undefined ? [message] : [...(Array.isArray(before) ? before : [before]), message];
    context.extraOutputs.set(queueOutput, all.length === 1 ? all[0] : all);
  };
}

async function build(options: SlackFunctionOptions): Promise<SlackApp> {
  const config = loadConfig(options.env ?? process.env);
  const connectionString = config.storage.connectionString;
  // A new job goes on the queue; the table client is loaded only for the commands and clicks that read the job table.
  const jobs = options.jobs ?? lazyJobStore(async () => (await import('../jobs/table-store/index.ts')).createTableJobStore({ connectionString }));
  let digests: ReturnType<NonNullable<SlackAppOptions['digests']>> | undefined;
  const digestStore = () => (digests ??= import('../jobs/digest/table-schedule-store.ts').then((m) => m.createTableDigestStore({ connectionString })));
  return createSlackApp({ config, jobs, audit: createAuditLog({ connectionString }), policy: createPolicy(config), enqueue: enqueueVia(options.queueOutput), digests: digestStore });
}

/**
 * The Slack function's handler. Settings are read and checked on the first request; a bad setting
 * fails every request with a log line naming it (and how to fix it) until the app is restarted.
 */
export function createSlackFunctionHandler(options: SlackFunctionOptions): HttpHandler {
  let ready: Promise<SlackApp> | undefined;
  return async (request, context) => {
    ready ??= build(options);
    let slack: SlackApp;
    try {
      slack = await ready;
    } catch (error) {
      context.error(`The Slack function cannot start: ${error instanceof Error ? error.message : String(error)}`);
      return { status: 500, body: '' };
    }
    return slack.handler(request, context);
  };
}
