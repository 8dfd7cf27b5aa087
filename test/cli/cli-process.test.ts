// The `asm` process itself: exit codes as the shell sees them, stdout and stderr kept apart, the
// `bin/asm.js` entry point, Ctrl-C. Everything else about the CLI is tested in process (harness.ts).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CLI_MAIN, spawnCli, startCliEnvironment, type CliEnvironment } from './harness.ts';

describe('the asm process', () => {
  let env: CliEnvironment;
  let empty: string;
  let onRequest: (line: string) => void = () => {};
  before(async () => {
    env = await startCliEnvironment({ log: (line) => onRequest(line) });
    empty = mkdtempSync(join(tmpdir(), 'asm-process-'));
  });
  after(async () => {
    rmSync(empty, { recursive: true, force: true });
    await env.close();
  });

  it('a read: exit 0, only JSON on stdout, nothing on stderr', async () => {
    const result = await spawnCli(['location', 'list', '--json'], env.cwd, { ...env.baseEnv });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stderr, '');
    assert.ok((JSON.parse(result.stdout) as { name: string }[]).some((l) => l.name === 'West US'));
  });

  it('a typo: exit 2; with --json only JSON on stdout and one line on stderr, in text nothing on stdout', async () => {
    const json = await spawnCli(['vm', 'creat', 'x', '--json'], env.cwd, { ...env.baseEnv });
    assert.equal(json.code, 2);
    assert.equal((JSON.parse(json.stdout) as { error: { code: string } }).error.code, 'UNKNOWN_ACTION');
    assert.match(json.stderr, /^asm: `vm` has no action "creat"\.\n$/);
    const text = await spawnCli(['vm', 'creat', 'x'], env.cwd, { ...env.baseEnv });
    assert.equal(text.code, 2);
    assert.equal(text.stdout, '');
    assert.match(text.stderr, /Did you mean `vm create`\?/);
  });

  it('nothing configured and no emulator here: exit 3', async () => {
    const result = await spawnCli(['location', 'list', '--json'], empty, { ...env.baseEnv });
    assert.equal(result.code, 3);
    assert.equal((JSON.parse(result.stdout) as { error: { code: string } }).error.code, 'NOT_CONFIGURED');
  });

  it('bin/asm.js, the installed command, runs the built CLI: no command shows the overview, exit 2', async () => {
    const result = await spawnCli([], empty, { ...env.baseEnv }, [resolve(import.meta.dirname, '../../bin/asm.js')]);
    assert.equal(result.code, 2, result.stderr);
    assert.match(result.stderr, /asm: manage classic Azure/);
  });

  it('Ctrl-C stops waiting: the process ends, and the operation it submitted keeps running on the service', async () => {
    env.emulator.admin.setOperationDelay(600_000);
    const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', CLI_MAIN, 'storage', 'create', 'sigint1', 'West US', '--json'], {
      // A long poll interval: the interrupt lands while the CLI waits between polls, as a person's Ctrl-C would.
      cwd: env.cwd, env: { ...env.baseEnv, ASM_POLL_INTERVAL_MS: '600000' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    const ended = new Promise<[number | null, string | null]>((done) => child.on('close', (code, signal) => done([code, signal])));
    // Interrupted once the service has accepted the request and the CLI has polled it once.
    await new Promise<void>((accepted) => { onRequest = (line) => { if (/^GET \S+\/operations\/\S+ 200 /.test(line)) accepted(); }; });
    onRequest = () => {};
    child.kill('SIGINT');
    try {
      const [code, signal] = await ended;
      assert.deepEqual([code, signal], [1, null], 'the CLI stops waiting and exits by itself with 1, not killed by the signal');
      const shown = JSON.parse(stdout) as { error?: { code: string; hint: string; requestId?: string } };
      assert.equal(shown.error?.code, 'INTERRUPTED', stdout);
      assert.match(shown.error?.hint ?? '', new RegExp(`^Follow it with \`asm job wait [A-Za-z0-9-]+\`, or the operation alone with \`asm op show ${shown.error?.requestId}\`\\.$`));
      const id = /asm job wait ([A-Za-z0-9-]+)/.exec(shown.error?.hint ?? '')?.[1] as string;
      assert.ok(existsSync(join(env.cwd, '.local', 'jobs', `${id}.json`)), 'kept for asm job wait');
      assert.match(stderr, /^asm: Interrupted while waiting: /);
      const account = await env.json<{ serviceName: string }>(['storage', 'show', 'sigint1']);
      assert.equal(account.serviceName, 'sigint1', 'what was submitted stays on the service');
    } finally {
      env.emulator.admin.setOperationDelay(50);
      env.emulator.admin.completePendingOperations();
    }
  });
});
