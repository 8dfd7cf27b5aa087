/**
 * `npm start`: the whole bot on one machine. Prints one JSON line (the URLs, the local signing
 * secret, the channel and user ids), then how to use it; Ctrl-C stops everything.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startLocalStack, type RunningStack, type StackPorts } from './start-stack.ts';

const USAGE = `Usage: npm start [-- --in-memory] [--data-dir .local] [--operation-delay-ms 2000]
                 [--slack-port N] [--functions-port N] [--emulator-port N] [--key-vault-port N] [--queue-port N] [--table-port N]`;
const PORT_FLAGS = { 'slack-port': 'slack', 'functions-port': 'functions', 'emulator-port': 'emulator', 'key-vault-port': 'keyVault', 'queue-port': 'queue', 'table-port': 'table' } as const;

function fail(message: string, code = 2): never {
  process.stderr.write(`npm start: ${message}\n${code === 2 ? `${USAGE}\n` : ''}`);
  process.exit(code);
}

function number(flag: string, value: string | undefined, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > max) fail(`--${flag} must be a whole number from 0 to ${max} (got '${value}').`);
  return n;
}

function instructions(stack: RunningStack, inMemory: boolean): string {
  const { info } = stack;
  const cert = inMemory ? ` --cert ${join(stack.emulatorDataDir, 'client.publishsettings')} --ca ${join(stack.emulatorDataDir, 'ca.pem')}` : '';
  return [
    '',
    `Open ${info.slack} : the #ops channel of a simulated Slack workspace.`,
    '  Pick who you are at the bottom left: alice (operator), bob (approver), carol (reader).',
    '  Try: /asm help · /asm vm create web1 West US (as alice, then approve as bob) · /asm vm list · /asm digest now',
    '',
    `The bot runs in the dev Functions host at ${info.functions} (GET /admin/functions lists its functions).`,
    `The ASM emulator is at ${info.emulator}; in another terminal: npx asm vm list${cert}`,
    `Automation: POST ${info.slack}api/command {"user":"alice","channel":"#ops","text":"/asm vm list"}`,
    inMemory ? 'Nothing is kept (--in-memory).' : 'State is kept in .local (storage, emulator, Slack messages); delete it to start over.',
    'Ctrl-C stops everything.',
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        'in-memory': { type: 'boolean' }, 'data-dir': { type: 'string' }, 'operation-delay-ms': { type: 'string' }, help: { type: 'boolean', short: 'h' },
        ...Object.fromEntries(Object.keys(PORT_FLAGS).map((flag) => [flag, { type: 'string' as const }])),
      },
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  const ports: Record<string, number | undefined> = {};
  for (const [flag, key] of Object.entries(PORT_FLAGS)) ports[key] = number(flag, (values as Record<string, unknown>)[flag] as string | undefined, 65535);
  const inMemory = values['in-memory'] === true;
  const delay = number('operation-delay-ms', values['operation-delay-ms'] as string | undefined, 600_000);
  const stack = await startLocalStack({
    inMemory, ports: ports as StackPorts,
    ...(values['data-dir'] ? { dataDir: values['data-dir'] as string } : {}),
    ...(delay !== undefined ? { operationDelayMs: delay } : {}),
  });
  process.stdout.write(`${JSON.stringify(stack.info)}\n${instructions(stack, inMemory)}`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`${signal}: stopping\n`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    void stack.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  const e = error as Error & { code?: string };
  const hint = e.code === 'EADDRINUSE' ? ' A port is in use: pick another, or leave the port flags out to use free ports.' : '';
  fail(`${e.message}${hint}`, 1);
});
