import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startCliEnvironment, type CliEnvironment } from './harness.ts';

interface FailedChange {
  status: string;
  summary: string;
  steps: { id: string; status: string; error?: { code: string; message: string } }[];
  error: { code: string; message: string; hint: string };
}

describe('asm CLI: a usage error raised while a step runs is still a usage error', () => {
  let env: CliEnvironment;
  let onRequest: (line: string) => void = () => {};
  before(async () => {
    env = await startCliEnvironment({ log: (line) => onRequest(line) });
    await env.json(['storage', 'create', 'stepstore', 'West US']);
  });
  after(() => env.close());

  /**
   * `vm create` stores the generated password in its first step and reads it back for the VM
   * step. The password file is removed as the emulator answers the cloud service step, before the
   * CLI can poll that step's operation, so the VM step fails with SECRET_NOT_FOUND, a usage error.
   */
  async function createWithoutItsSecret(name: string, json: boolean) {
    const removed: string[] = [];
    onRequest = (line) => {
      if (!/^POST \S+\/services\/hostedservices 20\d /.test(line)) return;
      for (const file of existsSync(env.secretsDir) ? readdirSync(env.secretsDir) : []) {
        if (file.startsWith(`vm-${name}-`)) { rmSync(join(env.secretsDir, file)); removed.push(file); }
      }
    };
    try {
      const result = await env.run(['vm', 'create', name, 'West US', ...(json ? ['--json'] : [])]);
      assert.equal(removed.length, 1, 'the password file existed when the first step was answered');
      return result;
    } finally {
      onRequest = () => {};
    }
  }

  it('--json: exit 2, the change with the failed step, the error with its code and hint', async () => {
    const result = await createWithoutItsSecret('gone1', true);
    assert.equal(result.code, 2, result.stdout + result.stderr);
    const change = JSON.parse(result.stdout) as FailedChange;
    assert.equal(change.status, 'failed');
    assert.deepEqual(change.steps.map((s) => [s.id, s.status, s.error?.code]), [
      ['generate-password', 'succeeded', undefined],
      ['ensure-service', 'succeeded', undefined],
      ['create-vm', 'failed', 'SECRET_NOT_FOUND'],
    ]);
    assert.equal(change.error.code, 'SECRET_NOT_FOUND');
    assert.match(change.error.message, /^The secret vm-gone1-\S+ is not in /);
    assert.equal(change.error.hint, 'Run the command again from the folder it was planned in (or set ASM_SECRETS_DIR).');
    assert.deepEqual(Object.keys(change).sort(), ['command', 'error', 'secrets', 'status', 'steps', 'summary']);
    assert.deepEqual(Object.keys(change.error).sort(), ['code', 'hint', 'message']);
    assert.equal(result.stderr, `asm: Failed: ${change.summary}\n`);
  });

  it('in the terminal: exit 2, "Failed: <summary>", the failed step, the error and its hint', async () => {
    const result = await createWithoutItsSecret('gone2', false);
    assert.equal(result.code, 2, result.stdout + result.stderr);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr.split('\n')[0], 'Failed: Create VM gone2 in West US');
    assert.doesNotMatch(result.stderr, /Error: Failed/);
    assert.match(result.stderr, /^ {2}Create VM `gone2` .*: failed$/m);
    assert.match(result.stderr, /^Create VM `gone2` .* failed:$/m);
    assert.match(result.stderr, /^ {2}The secret vm-gone2-\S+ is not in \S+\. \(SECRET_NOT_FOUND\)$/m);
    assert.match(result.stderr, /^ {2}Run the command again from the folder it was planned in \(or set ASM_SECRETS_DIR\)\.$/m);
  });
});
