import { performance } from 'node:perf_hooks';
import type { AppRegistry } from './core-state.ts';
import type { HostFunction } from './function-index.ts';
import type { MessageEncoding } from './queue-message.ts';
import { runInvocation, type InvocationInput } from './run-invocation.ts';
import type { QueueAccess } from './storage.ts';
import type { HostLogger, RpcInvocationResponse, RpcTypedData } from './types.ts';

export interface InvocationOutcome {
  readonly ok: boolean;
  readonly error?: unknown;
  readonly response?: RpcInvocationResponse;
  readonly durationMs: number;
}

/** Extra fields for the invocation's log line (never message bodies or settings). */
export type LogFields = Record<string, string | number | boolean | undefined>;

/**
 * Runs invocations and then their queue output bindings (written only when the function succeeded),
 * and logs each invocation in one line: function, trigger, duration, outcome.
 */
export class Invoker {
  readonly #app: AppRegistry;
  readonly #queues: QueueAccess;
  readonly #encoding: MessageEncoding;
  readonly #logger: HostLogger;
  readonly appHookData: Record<string, unknown> = {};

  constructor(app: AppRegistry, queues: QueueAccess, encoding: MessageEncoding, logger: HostLogger) {
    this.#app = app;
    this.#queues = queues;
    this.#encoding = encoding;
    this.#logger = logger;
  }

  async invoke(fn: HostFunction, input: InvocationInput, fields: LogFields = {}): Promise<InvocationOutcome> {
    const started = performance.now();
    let outcome: InvocationOutcome;
    try {
      const response = await runInvocation(this.#app, fn, input, this.appHookData);
      await this.#writeOutputs(fn, response);
      outcome = { ok: true, response, durationMs: performance.now() - started };
    } catch (error) {
      outcome = { ok: false, error, durationMs: performance.now() - started };
    }
    const status = fn.kind === 'http' && outcome.ok ? httpStatus(outcome.response) : undefined;
    const line = formatFields({
      function: fn.name,
      trigger: fn.kind,
      duration: `${Math.round(outcome.durationMs)}ms`,
      outcome: outcome.ok ? 'succeeded' : 'failed',
      status,
      ...fields,
      error: outcome.ok ? undefined : describeError(outcome.error),
    });
    if (outcome.ok) this.#logger.info(line);
    else this.#logger.error(line);
    return outcome;
  }

  async #writeOutputs(fn: HostFunction, response: RpcInvocationResponse): Promise<void> {
    const values: [string, RpcTypedData | null | undefined][] = (response.outputData ?? []).map((o) => [o.name, o.data]);
    if (fn.kind !== 'http') values.push(['$return', response.returnValue]);
    for (const [name, data] of values) {
      const binding = fn.metadata.bindings[name];
      if (data === undefined || data === null || binding?.type?.toLowerCase() !== 'queue') continue;
      await this.#queues.writeOutput(binding.connection as string | undefined, String(binding.queueName), data, this.#encoding);
    }
  }
}

function httpStatus(response: RpcInvocationResponse | undefined): number | undefined {
  const code = response?.returnValue?.http?.statusCode;
  return code ? Number(code) : undefined;
}

/** The error's kind and first line: app errors are written without secrets; bodies are never logged here. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return 'non-Error thrown';
  const code = (error as { code?: unknown }).code;
  const first = (error.message.split('\n')[0] ?? '').slice(0, 200);
  return `${error.name}${typeof code === 'string' ? ` ${code}` : ''}: ${first}`;
}

export function formatFields(fields: LogFields): string {
  return Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${typeof v === 'string' && /[\s"=]/.test(v) ? JSON.stringify(v) : String(v)}`)
    .join(' ');
}
