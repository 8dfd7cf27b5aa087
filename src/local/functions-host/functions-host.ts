import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleAdmin } from './admin.ts';
import { loadApp } from './app-loader.ts';
import { describeFunction, indexFunctions, type FunctionInfo, type HostFunction } from './function-index.ts';
import { hostConfigFrom, readHostConfig } from './host-config.ts';
import { findRoute, httpRoutes, toRpcHttp, writeHttpResponse } from './http-trigger.ts';
import { Invoker } from './invoker.ts';
import { applySettings } from './local-settings.ts';
import { consoleLogger, appLogSink, startupWarnings } from './host-logging.ts';
import { queueTriggerMetadata } from './queue-message.ts';
import { QueueListener, type QueuePolling } from './queue-listener.ts';
import { runHooks } from './run-invocation.ts';
import { QueueAccess } from './storage.ts';
import { TimerSchedule, type TimerOptions } from './timer-schedule.ts';
import type { HostLogger, RpcTypedData } from './types.ts';

export interface FunctionsHostOptions {
  /** The app's entry files (for example every `functions/*.ts`), imported in this order. */
  readonly appEntries: readonly string[];
  /** App settings (`Values` of local.settings.json): put into the environment unless already set there. */
  readonly settings?: Readonly<Record<string, string>>;
  /** Default 0: a free port. */
  readonly port?: number;
  /** Default 127.0.0.1. */
  readonly hostname?: string;
  /** Used as `AzureWebJobsStorage` (for the triggers and, through the environment, for the app). */
  readonly storageConnectionString?: string;
  readonly logger?: HostLogger;
  /** Clock for timer info and message times; durations are measured with the monotonic clock. */
  readonly now?: () => Date;
  /** Where host.json is read from; default the current directory. */
  readonly appDir?: string;
  /** host.json contents to use instead of reading `<appDir>/host.json`. */
  readonly hostJson?: unknown;
  readonly queuePolling?: QueuePolling;
  readonly timers?: TimerOptions;
}

export interface InvocationResult {
  readonly outcome: 'succeeded' | 'failed';
  readonly error?: unknown;
  readonly durationMs: number;
}

export interface FunctionsHost {
  /** `http://127.0.0.1:<port>`; HTTP functions are under `/<routePrefix>/`. */
  readonly url: string;
  readonly functions: readonly FunctionInfo[];
  /** Runs a non-HTTP function now, as `POST /admin/functions/<name>` does, and waits for it. */
  invoke(name: string, input?: string): Promise<InvocationResult>;
  close(): Promise<void>;
}

/** Loads the app through the real `@azure/functions` programming model and runs its triggers. */
export async function startFunctionsHost(options: FunctionsHostOptions): Promise<FunctionsHost> {
  const logger = options.logger ?? consoleLogger;
  const now = options.now ?? (() => new Date());
  const forced: Record<string, string> = options.storageConnectionString ? { AzureWebJobsStorage: options.storageConnectionString } : {};
  const values = options.settings ?? {};
  const env = applySettings(values, forced);
  if (env.skipped.length > 0) logger.info(`settings already set in the environment win over local.settings.json: ${env.skipped.join(', ')}`);
  const setting = (name: string): string | undefined => forced[name] ?? process.env[name] ?? values[name];
  const parts: { close(): Promise<void> }[] = [{ close: async () => env.restore() }];
  try {
    const config = options.hostJson !== undefined ? hostConfigFrom(options.hostJson) : readHostConfig(options.appDir ?? process.cwd());
    const app = await loadApp(options.appEntries, appLogSink(logger));
    const functions = indexFunctions(app, setting);
    startupWarnings(functions, logger);
    const queues = new QueueAccess(setting);
    const invoker = new Invoker(app, queues, config.queues.messageEncoding, logger);
    const listeners = functions.filter((fn) => fn.kind === 'queue').map((fn) =>
      new QueueListener({ fn, queues, settings: config.queues, polling: options.queuePolling ?? {}, invoker, logger, now }));
    const timers = new Map(functions.filter((fn) => fn.kind === 'timer').map((fn) =>
      [fn.name, new TimerSchedule({ fn, invoker, logger, now, options: options.timers ?? {} })] as const));
    queues.onWrite = (connection, queueName) => {
      for (const l of listeners) if (l.queueName === queueName && l.connection === connection) l.wake();
    };
    const infos = functions.map((fn) => describeFunction(fn, config.routePrefix));
    const byName = new Map(functions.map((fn) => [fn.name.toLowerCase(), fn]));

    const invoke = async (name: string, input = ''): Promise<InvocationResult> => {
      const fn = byName.get(name.toLowerCase());
      if (fn === undefined) throw new Error(`No function named "${name}": the app registers ${functions.map((f) => f.name).join(', ') || 'none'}.`);
      const outcome = fn.kind === 'timer' ? await timers.get(fn.name)!.runNow() : await invokeDirect(invoker, fn, input, now());
      return { outcome: outcome.ok ? 'succeeded' : 'failed', ...(outcome.ok ? {} : { error: outcome.error }), durationMs: outcome.durationMs };
    };

    await runHooks(app, 'appStart', { hookData: {}, appHookData: invoker.appHookData, functionAppDirectory: options.appDir ?? process.cwd() });
    parts.push({ close: () => runHooks(app, 'appTerminate', { hookData: {}, appHookData: invoker.appHookData }) });
    const routes = httpRoutes(functions, config.routePrefix);
    const admin = { list: () => infos, start: (name: string, input: string) => void invoke(name, input).catch(() => undefined) };
    const server = createServer((req, res) => {
      void serve(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    });
    async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
      const path = new URL(req.url ?? '/', 'http://host').pathname;
      if (path === '/admin/functions' || path.startsWith('/admin/functions/')) return handleAdmin(req, res, path, admin);
      if (path === '/' && req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'text/plain' }).end('The dev Functions host is running. GET /admin/functions lists the functions.\n');
        return;
      }
      const found = findRoute(routes, req.method ?? 'GET', path);
      if (found === undefined) {
        res.writeHead(404).end();
        return;
      }
      const fn = found.route.fn;
      const data = await toRpcHttp(req, found.params);
      const outcome = await invoker.invoke(fn, { inputData: [{ name: fn.triggerName, data }], triggerMetadata: {} }, { method: req.method });
      if (!outcome.ok) {
        res.writeHead(500).end();
        return;
      }
      writeHttpResponse(res, httpOutput(fn, outcome.response?.returnValue, outcome.response?.outputData ?? []));
    }
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, options.hostname ?? '127.0.0.1', () => resolve());
    });
    parts.push({
      close: () => new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
    });
    parts.push({ close: async () => void (await Promise.all([...listeners.map((l) => l.stop()), ...[...timers.values()].map((t) => t.stop())])) });
    for (const listener of listeners) listener.start();
    for (const timer of timers.values()) timer.start();
    const address = server.address() as AddressInfo;
    const url = `http://${options.hostname ?? '127.0.0.1'}:${address.port}`;
    logger.info(`dev Functions host listening on ${url} with ${functions.length} function(s): ${infos.map((f) => `${f.name} (${f.trigger})`).join(', ')}`);
    let closing: Promise<void> | undefined;
    return {
      url,
      functions: infos,
      invoke,
      close: () => (closing ??= closeAll(parts)),
    };
  } catch (error) {
    await closeAll(parts);
    throw error;
  }
}

/** Closes in reverse order of starting: triggers first, then the server, the app, the environment. */
async function closeAll(parts: { close(): Promise<void> }[]): Promise<void> {
  for (const part of [...parts].reverse()) await part.close().catch(() => undefined);
}

/** A queue function run with a given input: a message with no id and dequeue count 0, never deleted or poisoned. */
function invokeDirect(invoker: Invoker, fn: HostFunction, input: string, now: Date) {
  if (fn.kind !== 'queue') {
    const kind = fn.kind === 'http' ? 'an HTTP function: call its route' : `triggered by ${String(fn.trigger.type)}, which the dev host does not run`;
    throw new Error(`"${fn.name}" is ${kind}.`);
  }
  return invoker.invoke(fn, {
    inputData: [{ name: fn.triggerName, data: { string: input } }],
    triggerMetadata: queueTriggerMetadata(input, { dequeueCount: 0 }, now),
  }, { source: 'admin' });
}

function httpOutput(fn: HostFunction, returnValue: RpcTypedData | null | undefined, outputData: { name: string; data?: RpcTypedData | null }[]): RpcTypedData | null | undefined {
  if (fn.metadata.bindings.$return?.type?.toLowerCase() === 'http') return returnValue;
  const named = outputData.find((o) => fn.metadata.bindings[o.name]?.type?.toLowerCase() === 'http');
  return named?.data;
}
