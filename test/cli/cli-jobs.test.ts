import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/index.ts';
import { startCliEnvironment, type CliEnvironment } from './harness.ts';

/** Runs `asm` in this process against the harness's emulator and folder. */
async function asm(env: CliEnvironment, argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (t: string) => { stdout += t; return true; } },
    stderr: { write: (t: string) => { stderr += t; return true; } },
    env: { ASM_POLL_INTERVAL_MS: '10' }, cwd: env.cwd,
  });
  return { code, stdout, stderr };
}

describe('asm --no-wait keeps the job; asm job show|wait follow it', () => {
  let env: CliEnvironment;
  before(async () => { env = await startCliEnvironment({ operationDelayMs: 600_000 }); });
  after(async () => { await env.close(); });

  it('submits, keeps the job in .local/jobs, shows it still running, then waits for it to end', async () => {
    const submitted = await asm(env, ['service', 'create', 'nowait1', 'West', 'US', '--no-wait', '--json']);
    assert.equal(submitted.code, 0, submitted.stderr);
    const json = JSON.parse(submitted.stdout) as { status: string; steps: { status: string; requestId?: string }[] };
    assert.equal(json.status, 'submitted');
    assert.match(json.steps[0]?.requestId ?? '', /^[0-9a-f]{32}$/);
    const files = readdirSync(join(env.cwd, '.local', 'jobs'));
    assert.equal(files.length, 1);
    const id = (files[0] as string).replace(/\.json$/, '');
    const kept = JSON.parse(readFileSync(join(env.cwd, '.local', 'jobs', files[0] as string), 'utf8')) as { status: string; steps: { requestId?: string }[] };
    assert.equal(kept.status, 'waiting');
    assert.equal(kept.steps[0]?.requestId, json.steps[0]?.requestId, 'the job file names the operation');
    assert.equal((json as { jobId?: string }).jobId, id, 'the output names the kept job');

    // Creating a cloud service ends at once at the service; the storage account below stays in progress.
    const storage = await asm(env, ['storage', 'create', 'nowait2', 'West', 'US', '--no-wait', '--json']);
    assert.equal(storage.code, 0, storage.stderr);
    const storageId = readdirSync(join(env.cwd, '.local', 'jobs')).map((f) => f.replace(/\.json$/, '')).find((f) => f !== id) as string;
    const text0 = await asm(env, ['job', 'show', storageId]);
    assert.ok(text0.stdout.includes(`Kept as job ${storageId}: \`asm job wait ${storageId}\` follows it to its end`), text0.stdout);
    const shown = await asm(env, ['job', 'show', storageId, '--json']);
    assert.equal(shown.code, 0, shown.stderr);
    assert.equal((JSON.parse(shown.stdout) as { status: string }).status, 'submitted');
    env.emulator.admin.completePendingOperations();
    const waited = await asm(env, ['job', 'wait', storageId, '--json']);
    assert.equal(waited.code, 0, waited.stderr);
    assert.equal((JSON.parse(waited.stdout) as { status: string }).status, 'succeeded');
    const text = await asm(env, ['job', 'show', id]);
    assert.match(text.stdout, /^Done: /);
  });

  it('an unknown job id or a bad job command is a usage error with advice', async () => {
    const missing = await asm(env, ['job', 'show', 'nosuch', '--json']);
    assert.equal(missing.code, 2);
    assert.equal((JSON.parse(missing.stdout) as { error: { code: string } }).error.code, 'JOB_NOT_FOUND');
    const bad = await asm(env, ['job', 'frob']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /asm job show <id>/);
  });
});
