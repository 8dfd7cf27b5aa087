// Ctrl-C while the CLI waits on an operation, in process (the abort signal main.ts wires to SIGINT):
// between two polls and during a request alike, the CLI says the change was submitted, names the
// request, keeps the job in .local/jobs and says how to follow it; `asm job wait` then does.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run-cli.ts';
import { classifyError } from '../../src/commands/index.ts';
import { startCliEnvironment, type CliEnvironment, type CliRun } from './harness.ts';

interface Shown { error: { code: string; message: string; hint: string; requestId?: string } }

describe('asm interrupted while it waits', () => {
  let env: CliEnvironment;
  let onRequest: (line: string) => void = () => {};
  before(async () => { env = await startCliEnvironment({ log: (line) => onRequest(line) }); });
  after(() => env.close());

  /** Runs `asm <args> --json`, aborting once the emulator has answered a request matching `when`. */
  async function interrupted(args: string[], when: RegExp, extraEnv: Record<string, string> = {}): Promise<CliRun> {
    const controller = new AbortController();
    onRequest = (line) => { if (when.test(line)) controller.abort(); };
    let stdout = '';
    let stderr = '';
    try {
      const code = await runCli([...args, '--json'], {
        stdout: { write: (t: string) => { stdout += t; return true; } },
        stderr: { write: (t: string) => { stderr += t; return true; } },
        env: { ...env.baseEnv, ...extraEnv }, cwd: env.cwd, abortSignal: controller.signal,
      });
      return { code, stdout, stderr };
    } finally {
      onRequest = () => {};
    }
  }

  /** The job id the hint names, and that its file is kept where `asm job wait` reads it. */
  function keptJob(shown: Shown): string {
    const id = /`asm job wait ([A-Za-z0-9-]+)`/.exec(shown.error.hint)?.[1];
    assert.ok(id, shown.error.hint);
    assert.ok(existsSync(join(env.cwd, '.local', 'jobs', `${id}.json`)), 'the job is kept in .local/jobs');
    return id;
  }

  it('between two polls: submitted, with its request id, the job kept; asm job wait follows it to the end', async () => {
    env.emulator.admin.setOperationDelay(600_000);
    try {
      const result = await interrupted(['storage', 'create', 'intr1', 'West US'], /^GET \S+\/operations\/\S+ 200 /, { ASM_POLL_INTERVAL_MS: '600000' });
      assert.equal(result.code, 1, result.stderr);
      const shown = JSON.parse(result.stdout) as Shown;
      assert.equal(shown.error.code, 'INTERRUPTED');
      assert.match(shown.error.requestId ?? '', /^[0-9a-f]{32}$/);
      assert.equal(shown.error.message, `Interrupted while waiting: "Create storage account intr1 in West US" was submitted (request ${shown.error.requestId}) and goes on on the service.`);
      assert.match(shown.error.hint, new RegExp(`\`asm op show ${shown.error.requestId}\``));
      const id = keptJob(shown);
      env.emulator.admin.completePendingOperations();
      const waited = await env.json<{ status: string }>(['job', 'wait', id]);
      assert.equal(waited.status, 'succeeded');
    } finally {
      env.emulator.admin.setOperationDelay(50);
      env.emulator.admin.completePendingOperations();
    }
  });

  it('during a request (a poll held by the service\'s Retry-After): the same words, the same request id and job', async () => {
    env.emulator.admin.setOperationDelay(600_000);
    env.emulator.admin.setFaults({ errorRates: { 503: 1 }, retryAfterSeconds: 20, pathPattern: '^/operations/', count: 1 });
    try {
      const result = await interrupted(['storage', 'create', 'intr2', 'West US'], /^GET \S+\/operations\/\S+ 503 /);
      assert.equal(result.code, 1, result.stderr);
      const shown = JSON.parse(result.stdout) as Shown;
      assert.equal(shown.error.code, 'INTERRUPTED', 'not Aborted with a generic hint');
      assert.equal(shown.error.message, `Interrupted while waiting: "Create storage account intr2 in West US" was submitted (request ${shown.error.requestId}) and goes on on the service.`);
      assert.match(shown.error.hint, /^Follow it with `asm job wait [A-Za-z0-9-]+`, or the operation alone with `asm op show [0-9a-f]{32}`\.$/);
      const id = keptJob(shown);
      env.emulator.admin.completePendingOperations();
      assert.equal((await env.json<{ status: string }>(['job', 'wait', id])).status, 'succeeded');
      assert.equal((await env.json<{ serviceName: string }>(['storage', 'show', 'intr2'])).serviceName, 'intr2');
    } finally {
      env.emulator.admin.setFaults({});
      env.emulator.admin.setOperationDelay(50);
      env.emulator.admin.completePendingOperations();
    }
  });

  it('in text: the same message on stderr, nothing on stdout', async () => {
    env.emulator.admin.setOperationDelay(600_000);
    try {
      const controller = new AbortController();
      onRequest = (line) => { if (/^GET \S+\/operations\/\S+ 200 /.test(line)) controller.abort(); };
      let stdout = '';
      let stderr = '';
      const code = await runCli(['storage', 'create', 'intr3', 'West US'], {
        stdout: { write: (t: string) => { stdout += t; return true; } },
        stderr: { write: (t: string) => { stderr += t; return true; } },
        env: { ...env.baseEnv, ASM_POLL_INTERVAL_MS: '600000' }, cwd: env.cwd, abortSignal: controller.signal,
      });
      onRequest = () => {};
      assert.equal(code, 1);
      assert.equal(stdout, '');
      assert.match(stderr, /Interrupted while waiting: "Create storage account intr3 in West US" was submitted \(request [0-9a-f]{32}\)/);
      assert.match(stderr, /asm job wait /);
    } finally {
      env.emulator.admin.setOperationDelay(50);
      env.emulator.admin.completePendingOperations();
    }
  });
});

describe('asm interrupted while it sends a change', () => {
  let env: CliEnvironment;
  let onRequest: (line: string) => void = () => {};
  before(async () => { env = await startCliEnvironment({ log: (line) => onRequest(line) }); });
  after(() => env.close());

  it('the create held by a 503 with Retry-After: the service may have it, the job is kept, and asm job wait checks, sends it once and ends', async () => {
    env.emulator.admin.setFaults({ errorRates: { 503: 1 }, retryAfterSeconds: 20, pathPattern: '^/services/storageservices$', count: 1 });
    const controller = new AbortController();
    onRequest = (line) => { if (/^POST \S+\/services\/storageservices 503 /.test(line)) controller.abort(); };
    let stdout = '';
    try {
      const code = await runCli(['storage', 'create', 'intr4', 'West US', '--json'], {
        stdout: { write: (t: string) => { stdout += t; return true; } },
        stderr: { write: () => true },
        env: { ...env.baseEnv }, cwd: env.cwd, abortSignal: controller.signal,
      });
      assert.equal(code, 1);
    } finally {
      onRequest = () => {};
      env.emulator.admin.setFaults({});
    }
    const shown = JSON.parse(stdout) as Shown;
    assert.equal(shown.error.code, 'INTERRUPTED');
    assert.equal(shown.error.message, 'Interrupted while sending "Create storage account intr4 in West US": the service may have received it.');
    const id = /`asm job wait ([A-Za-z0-9-]+)`/.exec(shown.error.hint)?.[1] as string;
    assert.ok(existsSync(join(env.cwd, '.local', 'jobs', `${id}.json`)), shown.error.hint);
    const creates: string[] = [];
    onRequest = (line) => { if (/^POST \S+\/services\/storageservices 20\d /.test(line)) creates.push(line); };
    try {
      const waited = await env.json<{ status: string; steps: { status: string }[] }>(['job', 'wait', id]);
      assert.equal(waited.status, 'succeeded');
    } finally {
      onRequest = () => {};
    }
    assert.equal(creates.length, 1, 'sent once, after checking the account did not exist');
    assert.equal((await env.json<{ serviceName: string }>(['storage', 'show', 'intr4'])).serviceName, 'intr4');
  });
});

describe('an interrupt shown outside a job', () => {
  it("Node's own ABORT_ERR (a timer cut short) is the core's Aborted, with its hint, not the generic retry", () => {
    const error = Object.assign(new Error('The operation was aborted'), { name: 'AbortError', code: 'ABORT_ERR' });
    const { info, kind } = classifyError(error);
    assert.equal(info.code, 'Aborted');
    assert.doesNotMatch(info.hint, /^Retry; if it keeps failing/);
    assert.equal(kind, 'service');
  });
});
