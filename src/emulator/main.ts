import { parseArgs } from 'node:util';
import { startEmulator } from './start-emulator.ts';

const USAGE = `Usage: asm-emulator [--host 127.0.0.1] [--port 8443] [--data-dir .local/emulator] [--in-memory] [--operation-delay-ms 2000] [--vm-provisioning-ms 0] [--persistent-vm-downtime]`;

function fail(message: string): never {
  process.stderr.write(`asm-emulator: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function integer(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) fail(`--${name} must be a whole number, 0 or more (got '${text}').`);
  return value;
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        'in-memory': { type: 'boolean' },
        'operation-delay-ms': { type: 'string' },
        'vm-provisioning-ms': { type: 'string' },
        'persistent-vm-downtime': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const values = parsed.values;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const log = (line: string) => process.stderr.write(`[asm-emulator] ${line}\n`);
  const emulator = await startEmulator({
    host: values.host ?? '127.0.0.1',
    port: integer('port', values.port, 8443),
    dataDir: values['data-dir'] ?? '.local/emulator',
    inMemory: values['in-memory'] ?? false,
    operationDelayMs: integer('operation-delay-ms', values['operation-delay-ms'], 2000),
    vmProvisioningMs: integer('vm-provisioning-ms', values['vm-provisioning-ms'], 0),
    persistentVmDowntime: values['persistent-vm-downtime'] ?? false,
    log,
  });
  // Whoever reads the ready line may stop us at once: the handlers must be in place before it.
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: closing`);
    emulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log(`close failed: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  const { url, subscriptionId, caFile, certFile, pfxFile, publishSettingsFile } = emulator;
  process.stdout.write(`${JSON.stringify({ url, subscriptionId, caFile, certFile, pfxFile, publishSettingsFile })}\n`);
  log(`listening on ${url}; data in ${emulator.dataDir}${values['in-memory'] ? ' (state in memory)' : ''}`);
  if (!values['in-memory']) {
    log('try the asm CLI against it, in another terminal in this folder:');
    log('  npx asm location list');
    log('  npx asm storage create demostore West US');
    log('  npx asm vm create demo1 West US');
    log('  npx asm help');
    log('stop with Ctrl+C; resources are kept in the data folder for the next start.');
  }
}

main().catch((error: unknown) => {
  const code = (error as { code?: string }).code;
  const hint = code === 'EADDRINUSE' ? ' The port is taken: choose another with --port, or --port 0 for a free one.' : '';
  process.stderr.write(`asm-emulator: could not start: ${error instanceof Error ? error.message : String(error)}.${hint}\n`);
  process.exit(1);
});
