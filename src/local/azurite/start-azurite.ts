import { mkdir } from 'node:fs/promises';
import { createRequire, Module as CommonJsModule } from 'node:module';
import { dirname, join } from 'node:path';

/** Azurite's development account: public, the same on every machine (not a secret). */
export const DEV_ACCOUNT = 'devstoreaccount1';
export const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface AzuriteOptions {
  /** Where Azurite keeps its data; absent: in memory, gone on close. */
  readonly dataDir?: string;
  readonly host?: string;
  /** 0 (default): a free port each. */
  readonly queuePort?: number;
  readonly tablePort?: number;
}

export interface RunningAzurite {
  /** `http://127.0.0.1:<port>/devstoreaccount1` */
  readonly queueUrl: string;
  readonly tableUrl: string;
  /** A storage connection string for both services, as `AzureWebJobsStorage` takes it. */
  readonly connectionString: string;
  close(): Promise<void>;
}

interface AzuriteServer {
  start(): Promise<void>;
  close(): Promise<void>;
  getHttpServerAddress(): string;
  readonly httpServer?: { readonly listening: boolean };
}
type ServerClass = new (config: unknown) => AzuriteServer;
type Module<T> = { readonly default: T };

const require = createRequire(import.meta.url);
const load = <T>(path: string): T => (require(`azurite/dist/src/${path}`) as Module<T>).default;

/**
 * Azurite's telemetry module loads the Application Insights SDK (OpenTelemetry and its exporters)
 * when it is first required: about 1.1 s of a 1.4 s start. Telemetry stays off here (nothing calls
 * its `init`, and a request is traced only after it), so an empty module stands in for the SDK,
 * unless something in this process has loaded the real one already.
 */
function skipTelemetrySdk(): void {
  const telemetry = require.resolve('azurite/dist/src/common/Telemetry');
  const sdk = createRequire(telemetry).resolve('applicationinsights');
  if (require.cache[sdk] !== undefined) return;
  const stub = new CommonJsModule(sdk);
  stub.filename = sdk;
  stub.paths = [dirname(sdk)];
  stub.loaded = true;
  stub.exports = {};
  require.cache[sdk] = stub;
}

/**
 * Starts Azurite's queue and table services in this process (no telemetry, no access log),
 * each on a free port unless one is given, and returns their URLs and a connection string.
 */
export async function startAzurite(options: AzuriteOptions = {}): Promise<RunningAzurite> {
  const host = options.host ?? '127.0.0.1';
  const memory = options.dataDir === undefined;
  const dir = options.dataDir ?? '';
  if (!memory) await mkdir(dir, { recursive: true });
  skipTelemetrySdk();
  const Logger = require('azurite/dist/src/common/Logger') as { configLogger(enable: boolean): void };
  Logger.configLogger(false);

  const QueueConfiguration = load<new (...args: unknown[]) => unknown>('queue/QueueConfiguration');
  const queueConstants = require('azurite/dist/src/queue/utils/constants') as {
    DEFAULT_QUEUE_PERSISTENCE_ARRAY: { locationPath: string }[];
  };
  const persistence = queueConstants.DEFAULT_QUEUE_PERSISTENCE_ARRAY.map((p) => ({ ...p, locationPath: join(dir, '__queuestorage__') }));
  // Azurite's constructors take positional settings; the names are those of QueueConfiguration/TableConfiguration.
  const queueConfig = new QueueConfiguration(
    host, options.queuePort ?? 0, undefined, join(dir, '__azurite_db_queue__.json'), join(dir, '__azurite_db_queue_extent__.json'),
    persistence, /* accessLog */ false, undefined, /* debugLog */ false, undefined, /* loose */ true, /* skipApiVersionCheck */ true,
    '', '', '', undefined, /* disableProductStyleUrl */ true, memory,
  );
  const TableConfiguration = load<new (...args: unknown[]) => unknown>('table/TableConfiguration');
  const tableConfig = new TableConfiguration(
    host, options.tablePort ?? 0, undefined, join(dir, '__azurite_db_table__.json'), /* debugLog */ false, /* accessLog */ false,
    undefined, undefined, /* loose */ true, /* skipApiVersionCheck */ true, '', '', '', undefined, /* disableProductStyleUrl */ true, memory,
  );
  const queue = new (load<ServerClass>('queue/QueueServer'))(queueConfig);
  const table = new (load<ServerClass>('table/TableServer'))(tableConfig);
  await queue.start();
  try {
    await table.start();
  } catch (error) {
    await queue.close();
    throw error;
  }
  const queueUrl = `${queue.getHttpServerAddress()}/${DEV_ACCOUNT}`;
  const tableUrl = `${table.getHttpServerAddress()}/${DEV_ACCOUNT}`;
  return {
    queueUrl,
    tableUrl,
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};QueueEndpoint=${queueUrl};TableEndpoint=${tableUrl};`,
    async close() {
      await Promise.allSettled([queue.close(), table.close()]);
      await Promise.all([released(queue), released(table)]);
    },
  };
}

/**
 * Azurite's close resolves before its server stops listening (the stop is deferred to the next turn
 * of the event loop); wait until it has, so the port is free when `close()` resolves.
 */
async function released(server: AzuriteServer): Promise<void> {
  for (let turn = 0; turn < 50 && server.httpServer?.listening === true; turn++) {
    await new Promise((resolve) => setImmediate(resolve));
  }
}
