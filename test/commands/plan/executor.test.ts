import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  classifyError, commandSettings, executePlan, parseCommand, planCommand, presentReport, renderBlocks, renderJson, renderText, runPlan,
  type ExecutionEvent, type Plan, type RunCommand, type SecretSink, type SecretSource,
} from '../../../src/commands/index.ts';
import { ManagementCertificate, ServiceManagementClient } from '../../../src/management/index.ts';
import { startEmulator, type RunningEmulator } from '../../../src/emulator/index.ts';

function parsed(text: string): RunCommand {
  const result = parseCommand(text, { locations: ['West US'] });
  assert.ok(result.ok && result.command.kind === 'run');
  return result.command;
}

function memoryStore(): SecretSink & SecretSource & { stored: Map<string, string> } {
  const stored = new Map<string, string>();
  return {
    stored,
    put: async (name, value) => { stored.set(name, value); return { location: `memory:${name}` }; },
    get: async (name) => stored.get(name) ?? assert.fail(`no secret ${name}`),
  };
}

describe('executePlan against the emulator through the real management client', () => {
  let emulator: RunningEmulator;
  let client: ServiceManagementClient;
  const settings = commandSettings();

  before(async () => {
    emulator = await startEmulator({ port: 0, inMemory: true, operationDelayMs: 30 });
    client = new ServiceManagementClient({
      subscriptionId: emulator.subscriptionId, endpoint: emulator.url, ca: readFileSync(emulator.caFile, 'utf8'),
      certificate: ManagementCertificate.fromPem(readFileSync(emulator.certFile, 'utf8')),
    });
    await client.operations.wait((await client.storageAccounts.create({ serviceName: 'vhds1', label: 'vhds1', location: 'West US' })).requestId, { intervalMs: 20 });
  });
  after(async () => { await client.close(); await emulator.close(); });

  it('runs vm create, resolving the secret placeholder only at call time, with events in order', async () => {
    const secrets = memoryStore();
    const command = parsed('vm create exec1 West US');
    const plan = await planCommand(command, { settings, dryRun: false, client, secrets });
    const events: string[] = [];
    const outcome = await executePlan(plan, { client, secrets, intervalMs: 20, onEvent: (e: ExecutionEvent) => events.push(`${e.type}:${e.step.id}`) });
    assert.equal(outcome.status, 'succeeded', JSON.stringify(outcome.error));
    assert.deepEqual(outcome.steps.map((s) => s.status), ['succeeded', 'succeeded']);
    assert.deepEqual(events.filter((e) => !e.startsWith('operation-progress')), [
      'step-started:ensure-service', 'step-submitted:ensure-service', 'step-finished:ensure-service',
      'step-started:create-vm', 'step-submitted:create-vm', 'step-finished:create-vm',
    ]);
    const deployment = await client.deployments.getByName('exec1', 'exec1');
    assert.equal(deployment.roleList?.[0]?.roleName, 'exec1');
  });

  it('resumes a stored plan in another process: JSON in, remaining steps run', async () => {
    const plan = await planCommand(parsed('vm delete exec1'), { settings, dryRun: false, client });
    const stored = JSON.parse(JSON.stringify(plan)) as Plan;
    const first = await executePlan({ ...stored, steps: stored.steps.slice(0, 1) }, { client, intervalMs: 20 });
    assert.equal(first.status, 'succeeded');
    const rest = await executePlan(stored, { client, intervalMs: 20, startAt: 1 });
    assert.deepEqual(rest.steps.map((s) => s.status), ['not-run', 'succeeded']);
    await assert.rejects(client.hostedServices.get('exec1'), { code: 'ResourceNotFound' });
  });

  it('stops at the first failure and leaves later steps not run', async () => {
    // A VM delete plan read earlier, whose VM is gone by the time it runs.
    const step = (id: string, call: string, args: string[]) => ({ id, title: id, call, args, async: true });
    const plan: Plan = {
      version: 1, commandId: 'vm delete', command: 'vm delete nosuch', risk: 'destroy', summary: 'Delete VM nosuch', secrets: [], notes: [],
      steps: [step('delete-deployment', 'deployments.delete', ['nosuch', 'nosuch']), step('delete-service', 'hostedServices.delete', ['nosuch'])],
    };
    const outcome = await executePlan(plan, { client, intervalMs: 20 });
    assert.equal(outcome.status, 'failed');
    assert.equal(outcome.error?.code, 'ResourceNotFound');
    assert.deepEqual(outcome.steps.map((s) => s.status), ['failed', 'not-run']);
  });

  it('waits for all but the last step with wait: false', async () => {
    const secrets = memoryStore();
    const plan = await planCommand(parsed('vm create exec2 West US'), { settings, dryRun: false, client, secrets });
    const outcome = await executePlan(plan, { client, secrets, wait: false, intervalMs: 20 });
    assert.equal(outcome.status, 'submitted');
    assert.deepEqual(outcome.steps.map((s) => s.status), ['succeeded', 'submitted']);
    const requestId = outcome.steps[1]?.requestId as string;
    assert.equal((await client.operations.wait(requestId, { intervalMs: 20 })).status, 'Succeeded');
  });

  it('runs a forEach step once per item of an earlier result (vm list across services)', async () => {
    const command = parsed('vm list');
    const plan = await planCommand(command, { settings, dryRun: false });
    const report = await runPlan(command, plan, { client, intervalMs: 20 });
    const vms = report.result as { roleName: string; serviceName: string }[];
    assert.deepEqual(vms.map((v) => [v.roleName, v.serviceName]), [['exec2', 'exec2']]);
  });

  it('refuses a call that is not in the catalog of calls, as a usage error', async () => {
    const plan: Plan = {
      version: 1, commandId: 'x', command: 'x', risk: 'read', summary: 'x', secrets: [], notes: [],
      steps: [{ id: 'evil', title: 'evil', call: 'constructor.constructor', args: [], async: false }],
    };
    const outcome = await executePlan(plan, { client });
    assert.equal(outcome.status, 'failed');
    assert.equal(outcome.error?.code, 'UNKNOWN_CALL');
    assert.equal(outcome.error?.kind, 'usage');
    assert.equal(classifyError(outcome.error).kind, 'usage');
  });

  it('a usage error raised by a step keeps its kind, code and hint through the run and every view', async () => {
    const command = parsed('vm create exec3 West US');
    const plan = await planCommand(command, { settings, dryRun: false, client, secrets: memoryStore() });
    // Run where no secret store is given: the second step cannot read the password.
    const report = await runPlan(command, plan, { client, intervalMs: 20 });
    assert.deepEqual(report.outcome.steps.map((s) => s.status), ['succeeded', 'failed']);
    const error = report.outcome.error;
    assert.equal(error?.code, 'SECRET_UNAVAILABLE');
    assert.equal(error?.kind, 'usage');
    assert.equal(error?.hint, 'Run it where the secret store is configured.');
    const classified = classifyError(error);
    assert.equal(classified.kind, 'usage');
    assert.deepEqual(classified.info, { code: 'SECRET_UNAVAILABLE', message: error?.message, hint: error?.hint });
    const view = presentReport(report);
    assert.equal(view.ok, false);
    const json = JSON.parse(renderJson(view)) as { status: string; error: Record<string, unknown> };
    assert.equal(json.status, 'failed');
    assert.deepEqual(json.error, { code: 'SECRET_UNAVAILABLE', message: error?.message, hint: 'Run it where the secret store is configured.' });
    const text = renderText(view);
    assert.match(text, /^Failed: Create VM exec3 in West US\n/);
    assert.match(text, /\(SECRET_UNAVAILABLE\)\n {2}Run it where the secret store is configured\.\n/);
    const slack = renderBlocks(view).blocks.flatMap((b) => (b.type === 'section' && b.text ? [b.text.text] : []));
    assert.ok(slack.some((t) => t.includes('(SECRET_UNAVAILABLE)\nRun it where the secret store is configured.')), slack.join('\n---\n'));
  });
});
