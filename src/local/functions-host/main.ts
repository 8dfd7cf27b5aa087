/**
 * `npm run dev:host`: runs `functions/*.ts` in the dev Functions host with local.settings.json (created
 * from the sample on first start), and Azurite in process when AzureWebJobsStorage is
 * `UseDevelopmentStorage=true`. Like `func start`, but without Core Tools.
 */
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startAzurite, type RunningAzurite } from '../azurite/start-azurite.ts';
import { loadLocalSettings, startFunctionsHost } from './index.ts';

const USAGE = 'Usage: npm run dev:host -- [--port 7071] [--app-dir .] [--in-memory]';
const DEV_STORAGE = 'UseDevelopmentStorage=true';

function fail(message: string): never {
  process.stderr.write(`dev-host: ${message}\n${USAGE}\n`);
  process.exit(2);
}

async function appEntries(appDir: string): Promise<string[]> {
  const dir = join(appDir, 'functions');
  const names = await readdir(dir).catch(() => fail(`no functions folder in ${appDir}: run from the app's root or pass --app-dir.`));
  const entries = names.filter((n) => n.endsWith('.ts') && !n.endsWith('.d.ts')).sort().map((n) => join(dir, n));
  if (entries.length === 0) fail(`Found zero files matching functions/*.ts in ${appDir}.`);
  return entries;
}

/** Azurite on its usual ports, as `UseDevelopmentStorage=true` expects; one already listening there is used as is. */
async function developmentStorage(appDir: string, inMemory: boolean, log: (line: string) => void): Promise<RunningAzurite | undefined> {
  try {
    return await startAzurite({ queuePort: 10001, tablePort: 10002, ...(inMemory ? {} : { dataDir: join(appDir, '.local/azurite') }) });
  } catch (error) {
    if ((error as { code?: string }).code !== 'EADDRINUSE') throw error;
    log('ports 10001/10002 are in use: using the storage emulator already listening there');
    return undefined;
  }
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({ options: { port: { type: 'string' }, 'app-dir': { type: 'string' }, 'in-memory': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  const log = (line: string) => process.stderr.write(`[dev-host] ${line}\n`);
  const appDir = resolve(values['app-dir'] ?? '.');
  const settings = await loadLocalSettings(appDir);
  if (settings.created) log(`created ${settings.path} from local.settings.sample.json`);
  const port = values.port === undefined ? (settings.localHttpPort ?? 7071) : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a port number (got '${values.port}').`);
  const storage = process.env.AzureWebJobsStorage ?? settings.values.AzureWebJobsStorage;
  const azurite = storage === DEV_STORAGE ? await developmentStorage(appDir, values['in-memory'] ?? false, log) : undefined;
  const host = await startFunctionsHost({
    appEntries: await appEntries(appDir),
    settings: settings.values,
    port,
    appDir,
    ...(azurite ? { storageConnectionString: azurite.connectionString } : {}),
  });
  log(`ready: ${host.url} (POST ${host.url}/admin/functions/<name> runs a non-HTTP function; Ctrl-C stops)`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: closing`);
    void host.close().then(() => azurite?.close()).then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  const e = error as Error;
  process.stderr.write(`dev-host: ${e.name === 'Error' ? '' : `${e.name}: `}${e.message}\n`);
  process.exit(1);
});
