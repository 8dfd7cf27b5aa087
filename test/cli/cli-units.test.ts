import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDuration, splitCliOptions } from '../../src/cli/cli-options.ts';
import { discoverEmulator, fileSecretStore } from '../../src/cli/index.ts';
import { createProgress } from '../../src/cli/progress.ts';
import { pollIntervalFromEnv, settingsFromEnv } from '../../src/cli/settings-from-env.ts';
import type { Job, JobEvent } from '../../src/jobs/index.ts';

const scratch = () => mkdtempSync(join(tmpdir(), 'asm-cli-unit-'));

describe('CLI options', () => {
  it('are taken out of argv wherever they are; the rest is the command', () => {
    const { options, command } = splitCliOptions(['--json', 'vm', 'create', 'x', '--endpoint=https://e', 'West', 'US', '--cert', 'c.pem', '--dry-run', '--timeout', '5m']);
    assert.deepEqual(options, { json: true, dryRun: true, noWait: false, endpoint: 'https://e', cert: 'c.pem', timeoutMs: 300_000 });
    assert.deepEqual(command, ['vm', 'create', 'x', 'West', 'US']);
  });
  it('--dry-run and --no-wait before the command are run flags, not the command', () => {
    const { options, command } = splitCliOptions(['--dry-run', '--no-wait', 'vm', 'delete', 'x']);
    assert.deepEqual([options.dryRun, options.noWait], [true, true]);
    assert.deepEqual(command, ['vm', 'delete', 'x']);
  });
  it('after `--` every word is the command’s', () => {
    const { options, command } = splitCliOptions(['service', 'create', 'x', '--', '--dry-run', '--json']);
    assert.deepEqual([options.dryRun, options.json], [false, false]);
    assert.deepEqual(command, ['service', 'create', 'x', '--', '--dry-run', '--json']);
  });
  it('durations', () => {
    assert.deepEqual(['90', '90s', '500ms', '2m', '1h', '0', 'x', '-1'].map(parseDuration), [90_000, 90_000, 500, 120_000, 3_600_000, undefined, undefined, undefined]);
  });
  it('a value option without its value is a usage error', () => {
    assert.throws(() => splitCliOptions(['service', 'list', '--ca']), { code: 'CLI_USAGE', kind: 'usage' });
    assert.throws(() => splitCliOptions(['--cert', '--json']), { code: 'CLI_USAGE' });
  });
});

describe('settingsFromEnv', () => {
  it('takes the vm create defaults, VHD storage and .cscfg limits from ASM_* variables', () => {
    const settings = settingsFromEnv({
      ASM_VM_IMAGE: 'img1', ASM_VM_SIZE: 'Medium', ASM_VM_USER: 'ops', ASM_VHD_STORAGE_ACCOUNT: 'disks1', ASM_VHD_CONTAINER: 'os',
      ASM_CONFIG_HOSTS: ' files.example.com , *.blob.core.windows.net ,', ASM_CONFIG_MAX_BYTES: '2048',
    });
    assert.deepEqual(settings.vm, { image: 'img1', size: 'Medium', adminUser: 'ops', vhdStorageAccount: 'disks1', vhdContainer: 'os' });
    assert.deepEqual(settings.serviceConfiguration.allowedHosts, ['files.example.com', '*.blob.core.windows.net']);
    assert.equal(settings.serviceConfiguration.maxBytes, 2048);
  });
  it('without variables (or with empty ones), the defaults: blob storage hosts only, 1 MiB', () => {
    const settings = settingsFromEnv({ ASM_VM_SIZE: '', ASM_CONFIG_HOSTS: '' });
    assert.equal(settings.vm.size, 'Small');
    assert.deepEqual(settings.serviceConfiguration.allowedHosts, ['*.blob.core.windows.net']);
    assert.equal(settings.serviceConfiguration.maxBytes, 1024 * 1024);
  });
  it('a number that is not a positive whole number is a usage error naming the variable', () => {
    assert.throws(() => settingsFromEnv({ ASM_CONFIG_MAX_BYTES: '1e9x' }), { code: 'BAD_SETTING', kind: 'usage', message: /ASM_CONFIG_MAX_BYTES/ });
    assert.throws(() => pollIntervalFromEnv({ ASM_POLL_INTERVAL_MS: '-5' }), { code: 'BAD_SETTING' });
    assert.equal(pollIntervalFromEnv({ ASM_POLL_INTERVAL_MS: '250' }), 250);
  });
});

describe('fileSecretStore', () => {
  it('writes each secret once, readable only by its owner, and reads it back', async () => {
    const dir = join(scratch(), 'secrets');
    const store = fileSecretStore(dir);
    const { location } = await store.put('vm-a-admin-password', 's3cret!');
    assert.equal(location, join(dir, 'vm-a-admin-password'));
    assert.equal(statSync(location).mode & 0o777, 0o600);
    assert.equal(statSync(dir).mode & 0o777, 0o700);
    assert.equal(readFileSync(location, 'utf8'), 's3cret!\n');
    assert.equal(await store.get('vm-a-admin-password'), 's3cret!');
    await assert.rejects(store.put('vm-a-admin-password', 'other'), { code: 'SECRET_NOT_STORED' });
    assert.equal(await store.get('vm-a-admin-password'), 's3cret!', 'never overwritten');
    await assert.rejects(store.put('../escape', 'x'), { code: 'BAD_SECRET_NAME' });
    await assert.rejects(store.get('missing'), { code: 'SECRET_NOT_FOUND' });
  });

  it('a secrets folder that cannot be created is SECRET_NOT_STORED with advice, not a raw error', async () => {
    const notAFolder = join(scratch(), 'file');
    writeFileSync(notAFolder, 'x');
    await assert.rejects(fileSecretStore(notAFolder).put('vm-b-admin-password', 'pw'), {
      code: 'SECRET_NOT_STORED',
      kind: 'usage',
      hint: /ASM_SECRETS_DIR/,
    });
  });
});

describe('discoverEmulator', () => {
  it('finds .local/emulator under the working directory, only when it holds publish settings', () => {
    const cwd = scratch();
    assert.equal(discoverEmulator(cwd), undefined);
    mkdirSync(join(cwd, '.local', 'emulator'), { recursive: true });
    assert.equal(discoverEmulator(cwd), undefined);
    writeFileSync(join(cwd, '.local', 'emulator', 'client.publishsettings'), '<PublishData/>');
    writeFileSync(join(cwd, '.local', 'emulator', 'ca.pem'), 'x');
    assert.deepEqual(discoverEmulator(cwd), {
      dataDir: join(cwd, '.local', 'emulator'), publishSettingsFile: join(cwd, '.local', 'emulator', 'client.publishsettings'), caFile: join(cwd, '.local', 'emulator', 'ca.pem'),
    });
  });
});

describe('createProgress', () => {
  const step = { id: 's', title: 'Create cloud service `x`', call: 'hostedServices.create', args: [], async: true };
  const job = { id: 'j' } as Job;
  const events: JobEvent[] = [
    { type: 'step-started', job, step, index: 0 },
    { type: 'step-submitted', job, step, index: 0, requestId: 'r1' },
    { type: 'step-finished', job, step, index: 0, state: { status: 'succeeded', at: '2024-01-01T00:00:00.000Z' } },
  ];
  it('writes nothing when the stream is not a terminal', () => {
    const written: string[] = [];
    const progress = createProgress({ write: (t: string) => written.push(t), isTTY: false });
    for (const e of events) progress.onEvent(e);
    progress.stop();
    assert.deepEqual(written, []);
  });
  it('on a terminal, ends each step with a check mark line', () => {
    const written: string[] = [];
    const progress = createProgress({ write: (t: string) => written.push(t), isTTY: true });
    for (const e of events) progress.onEvent(e);
    progress.stop();
    assert.ok(written.includes('✓ Create cloud service x\n'));
  });
});
