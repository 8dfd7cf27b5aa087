import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getTestPki, toPem } from '../helpers/pki.ts';
import { startCliEnvironment, type CliEnvironment } from './harness.ts';

interface ErrorJson { error: { code: string; message: string; hint: string; suggestions?: string[]; statusCode?: number } }

describe('asm CLI: exit codes, errors that say what to do, and every way to configure the connection', () => {
  let env: CliEnvironment;
  let empty: string;
  before(async () => {
    env = await startCliEnvironment();
    empty = mkdtempSync(join(tmpdir(), 'asm-empty-'));
  });
  after(async () => {
    rmSync(empty, { recursive: true, force: true });
    await env.close();
  });

  const explicit = () => ['--endpoint', env.emulator.url, '--subscription', env.emulator.subscriptionId, '--ca', env.emulator.caFile];

  it('a typo: exit 2, only JSON on stdout, a suggestion', async () => {
    const result = await env.run(['vm', 'creat', 'x', '--json']);
    assert.equal(result.code, 2);
    const { error } = JSON.parse(result.stdout) as ErrorJson;
    assert.equal(error.code, 'UNKNOWN_ACTION');
    assert.deepEqual(error.suggestions, ['vm create']);
    assert.match(result.stderr, /^asm: `vm` has no action "creat"\.\n$/);
    const text = await env.run(['vm', 'creat', 'x']);
    assert.equal(text.stdout, '');
    assert.match(text.stderr, /Did you mean `vm create`\?/);
  });

  it('no command: the overview on stdout and exit 2; help: exit 0', async () => {
    const none = await env.run([]);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /asm: manage classic Azure/);
    const help = await env.run(['vm', 'create', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /vm create <name> <location>/);
    const json = await env.json<{ help: { id: string }[] }>(['help', 'storage']);
    assert.deepEqual(json.help.map((h) => h.id), ['storage list', 'storage show', 'storage create', 'storage delete']);
  });

  it('a location the subscription does not have: exit 2 with the closest ones', async () => {
    const { error } = await env.json<ErrorJson>(['service', 'create', 'svc1', 'Westt', 'US'], 2);
    assert.equal(error.code, 'UNKNOWN_LOCATION');
    assert.equal(error.suggestions?.[0], 'West US');
  });

  it('the service says no: exit 1 with the service’s code and a hint', async () => {
    const missing = await env.json<ErrorJson>(['service', 'show', 'nosuch'], 1);
    assert.equal(missing.error.code, 'ResourceNotFound');
    assert.equal(missing.error.statusCode, 404);
    assert.match(missing.error.hint, /list/);
    await env.json(['service', 'create', 'dup', 'West US']);
    const conflict = await env.json<{ status: string; error: ErrorJson['error'] }>(['service', 'create', 'dup', 'West US'], 1);
    assert.equal(conflict.status, 'failed');
    assert.equal(conflict.error.code, 'ConflictError');
  });

  it('an operation that fails on the service side: exit 1 and the operation’s error', async () => {
    env.emulator.admin.failNextOperation({ httpStatusCode: 500, code: 'InternalError', message: 'Injected failure.' });
    const failed = await env.json<{ status: string; steps: { status: string; requestId?: string; error?: { code: string } }[] }>(['storage', 'create', 'store9', 'West US'], 1);
    assert.equal(failed.status, 'failed');
    assert.equal(failed.steps[0]?.status, 'failed');
    assert.match(failed.steps[0]?.requestId ?? '', /^[0-9a-f]{32}$/);
    assert.equal(failed.steps[0]?.error?.code, 'InternalError');
  });

  it('nothing configured and no emulator here: exit 3, saying how to configure', async () => {
    const { error } = await env.json<ErrorJson>(['location', 'list'], 3, { cwd: empty });
    assert.equal(error.code, 'NOT_CONFIGURED');
    assert.match(error.hint, /--cert/);
    assert.match(error.hint, /npm start/);
  });

  it('a dry run needs no connection; a plan made of reads says it is resolved when the command runs', async () => {
    // vm delete reads the deployment to know what goes: offline, the plan has no steps yet and says why.
    const { plan } = await env.json<{ plan: { steps: unknown[]; notes: string[] } }>(['vm', 'delete', 'x', '--dry-run'], 0, { cwd: empty });
    assert.deepEqual(plan.steps, []);
    assert.match(plan.notes[0] ?? '', /^Resolved when the command runs: it reads the production deployment of cloud service x and deletes only VM x/);
    const text = await env.run(['vm', 'delete', 'x', '--dry-run'], { cwd: empty });
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /^Steps:\n {2}Decided when the command runs \(see below\)\.$/m);
    assert.match(text.stdout, /^Resolved when the command runs: it reads /m);
    assert.match(text.stdout, /^Dry run: nothing was called\.$/m);
    const offline = await env.json<{ plan: { steps: { call: string }[] } }>(['service', 'delete', 'x', '--dry-run'], 0, { cwd: empty });
    assert.deepEqual(offline.plan.steps.map((s) => s.call), ['hostedServices.delete']);
  });

  it('--dry-run and --no-wait may come before the command, like the other global options', async () => {
    const dry = await env.json<{ dryRun: boolean; plan: { command: string; steps: { call: string }[] } }>(['--dry-run', 'vm', 'delete', 'x'], 0, { cwd: empty });
    assert.equal(dry.dryRun, true);
    assert.equal(dry.plan.command, 'vm delete x');
    assert.deepEqual(dry.plan.steps, []);
    const viaOption = await env.json<{ dryRun: boolean; plan: { command: string; steps: { call: string }[] } }>(['--dry-run', 'storage', 'delete', 'store1'], 0, { cwd: empty });
    assert.equal(viaOption.dryRun, true);
    assert.deepEqual(viaOption.plan.steps.map((s) => s.call), ['storageAccounts.delete']);
    const submitted = await env.json<{ status: string; steps: { status: string; requestId?: string }[] }>(['--no-wait', 'service', 'create', 'early1', 'West', 'US']);
    assert.equal(submitted.status, 'submitted');
    assert.equal(submitted.steps[0]?.status, 'submitted');
    assert.match(submitted.steps[0]?.requestId ?? '', /^[0-9a-f]{32}$/);
  });

  it('explicit PEM, PFX and publish settings, by option and by environment', async () => {
    const pem = await env.json<unknown[]>(['location', 'list', ...explicit(), '--cert', env.emulator.certFile], 0, { cwd: empty });
    assert.ok(pem.length > 0);
    const pfx = await env.json<unknown[]>(['location', 'list', ...explicit(), '--cert', env.emulator.pfxFile, '--cert-password', ''], 0, { cwd: empty });
    assert.deepEqual(pfx, pem);
    const viaEnv = await env.json<unknown[]>(['location', 'list'], 0, { cwd: empty, env: { ASM_CERT_FILE: env.emulator.publishSettingsFile, ASM_CA_FILE: env.emulator.caFile } });
    assert.deepEqual(viaEnv, pem);
  });

  it('certificate problems: exit 3', async () => {
    const missing = await env.json<ErrorJson>(['location', 'list', ...explicit(), '--cert', join(empty, 'nope.pem')], 3, { cwd: empty });
    assert.equal(missing.error.code, 'FILE_NOT_READABLE');
    const strangerFile = join(empty, 'stranger.pem');
    writeFileSync(strangerFile, toPem(getTestPki().strangerClient), { mode: 0o600 });
    const stranger = await env.json<ErrorJson>(['location', 'list', ...explicit(), '--cert', strangerFile], 3, { cwd: empty });
    assert.equal(stranger.error.code, 'ForbiddenError');
    assert.match(stranger.error.hint, /management certificate/);
    const notACert = join(empty, 'junk.pem');
    writeFileSync(notACert, '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n');
    assert.match((await env.json<ErrorJson>(['location', 'list', ...explicit(), '--cert', notACert], 3, { cwd: empty })).error.code, /^Certificate/);
    const untrusted = await env.json<ErrorJson>(['location', 'list', '--endpoint', env.emulator.url, '--subscription', env.emulator.subscriptionId, '--cert', env.emulator.certFile], 3, { cwd: empty });
    assert.equal(untrusted.error.code, 'ServerCertificateUntrusted');
    assert.match(untrusted.error.hint, /--ca/);
  });

  it('an endpoint nobody answers: exit 1, saying what to check', async () => {
    const { error } = await env.json<ErrorJson>(['location', 'list', '--endpoint', 'https://127.0.0.1:1', '--subscription', env.emulator.subscriptionId, '--cert', env.emulator.certFile], 1, { cwd: empty });
    assert.equal(error.code, 'ConnectionFailed');
    assert.match(error.hint, /endpoint/);
  });

  it('bad CLI options: exit 2', async () => {
    assert.equal((await env.json<ErrorJson>(['service', 'list', '--timeout', 'soon'], 2)).error.code, 'CLI_USAGE');
    assert.equal((await env.json<ErrorJson>(['service', 'list', '--endpoint'], 2)).error.code, 'CLI_USAGE');
  });
});
