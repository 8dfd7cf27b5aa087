import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getTestPki, toPfx } from '../helpers/pki.ts';
import { startCliEnvironment, type CliEnvironment } from './harness.ts';

interface ErrorJson { error: { code: string; message: string; hint: string } }
const PFX_PASSWORD = 'pfx-Pa55-word';
const OTHER_SUBSCRIPTION = '00000000-0000-0000-0000-0000000000aa';

describe('asm CLI: the connection from ASM_* variables, options winning over them, the emulator dir, --timeout', () => {
  let env: CliEnvironment;
  let empty: string;
  let pfxFile: string;
  let variables: Record<string, string>;

  before(async () => {
    env = await startCliEnvironment();
    empty = mkdtempSync(join(tmpdir(), 'asm-conn-'));
    // A management certificate of its own, in a password-protected PFX, registered with the subscription.
    const { client } = getTestPki();
    env.emulator.admin.addCertificate(env.emulator.subscriptionId, client.certPem);
    pfxFile = join(empty, 'management.pfx');
    writeFileSync(pfxFile, toPfx(client, PFX_PASSWORD), { mode: 0o600 });
    variables = {
      ASM_ENDPOINT: env.emulator.url, ASM_SUBSCRIPTION_ID: env.emulator.subscriptionId,
      ASM_CERT_FILE: pfxFile, ASM_CERT_PASSWORD: PFX_PASSWORD, ASM_CA_FILE: env.emulator.caFile,
    };
  });
  after(async () => {
    rmSync(empty, { recursive: true, force: true });
    await env.close();
  });

  it('every setting from the environment: endpoint, subscription, PFX with its password, CA', async () => {
    const result = await env.run(['location', 'list', '--json'], { cwd: empty, env: variables });
    assert.equal(result.code, 0, result.stderr);
    assert.ok((JSON.parse(result.stdout) as { name: string }[]).some((l) => l.name === 'West US'));
    assert.ok(!result.stdout.includes(PFX_PASSWORD) && !result.stderr.includes(PFX_PASSWORD));
  });

  it('a wrong ASM_CERT_PASSWORD is a certificate problem (exit 3), and the password is not echoed', async () => {
    const result = await env.run(['location', 'list', '--json'], { cwd: empty, env: { ...variables, ASM_CERT_PASSWORD: 'not-it-123' } });
    assert.equal(result.code, 3);
    const { error } = JSON.parse(result.stdout) as ErrorJson;
    assert.match(error.code, /^Certificate/);
    assert.ok(error.hint.length > 0);
    assert.ok(!result.stdout.includes('not-it-123') && !result.stderr.includes('not-it-123'));
  });

  it('options win over the variables', async () => {
    const wrong = { ...variables, ASM_ENDPOINT: 'https://127.0.0.1:1', ASM_SUBSCRIPTION_ID: OTHER_SUBSCRIPTION, ASM_CERT_PASSWORD: 'not-it-123' };
    const fails = await env.run(['location', 'list', '--json'], { cwd: empty, env: wrong });
    assert.notEqual(fails.code, 0, 'the wrong variables alone do not work');
    const result = await env.run(
      ['location', 'list', '--json', '--endpoint', env.emulator.url, '--subscription', env.emulator.subscriptionId, '--cert-password', PFX_PASSWORD],
      { cwd: empty, env: wrong },
    );
    assert.equal(result.code, 0, result.stdout + result.stderr);
  });

  it('ASM_EMULATOR_DIR points at an emulator data dir elsewhere', async () => {
    const result = await env.run(['location', 'list', '--json'], { cwd: empty, env: { ASM_EMULATOR_DIR: env.emulator.dataDir } });
    assert.equal(result.code, 0, result.stderr);
    assert.ok((JSON.parse(result.stdout) as unknown[]).length > 0);
  });

  it('--timeout: an operation still running at the deadline fails with exit 1 and says to follow it with op show', async () => {
    env.emulator.admin.setOperationDelay(60_000);
    try {
      const result = await env.run(['storage', 'create', 'slow1', 'West US', '--timeout', '300ms', '--json']);
      assert.equal(result.code, 1, result.stderr);
      const failed = JSON.parse(result.stdout) as { status: string; steps: { status: string; requestId?: string; error?: { code: string } }[]; error: { code: string; hint: string } };
      assert.equal(failed.status, 'failed');
      assert.equal(failed.error.code, 'OperationTimeout');
      assert.match(failed.error.hint, /op show/);
      assert.match(failed.steps[0]?.requestId ?? '', /^[0-9a-f]{32}$/);
      const text = await env.run(['storage', 'create', 'slow2', 'West US', '--timeout', '300ms']);
      assert.equal(text.code, 1);
      assert.equal(text.stdout, '');
      assert.match(text.stderr, /op show/);
    } finally {
      env.emulator.admin.setOperationDelay(50);
      env.emulator.admin.completePendingOperations();
    }
  });
});
