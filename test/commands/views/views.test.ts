import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  BLOCK_KIT_LIMITS as LIMITS, CATALOG, commandSettings, commandSpec, parseCommand, planCommand, presentError, presentHelp, presentParseError, presentPlan,
  presentReport, renderBlocks, renderJson, renderText, toBlocks, CommandError, type Block, type CommandReport, type RunCommand,
} from '../../../src/commands/index.ts';

const parsed = (text: string): RunCommand => {
  const result = parseCommand(text, { locations: ['West US'] });
  assert.ok(result.ok && result.command.kind === 'run');
  return result.command;
};

async function report(text: string, result: unknown): Promise<CommandReport> {
  const command = parsed(text);
  const plan = await planCommand(command, { settings: commandSettings(), dryRun: true });
  const outcome = { status: 'succeeded' as const, steps: plan.steps.map((s) => ({ id: s.id, call: s.call, title: s.title, status: 'succeeded' as const, result })) };
  return { input: command, plan, outcome, result };
}

function texts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => {
    if (b.type === 'header') return [b.text.text];
    if (b.type === 'section') return [...(b.text ? [b.text.text] : []), ...(b.fields ?? []).map((f) => f.text)];
    if (b.type === 'context') return b.elements.map((e) => e.text);
    return [];
  });
}

function assertWithinLimits(blocks: readonly Block[]): void {
  assert.ok(blocks.length <= LIMITS.blocks, `${blocks.length} blocks`);
  for (const b of blocks) {
    if (b.type === 'header') assert.ok(b.text.text.length <= LIMITS.headerChars);
    if (b.type === 'section') {
      assert.ok(b.text !== undefined || (b.fields?.length ?? 0) > 0, 'no empty section');
      if (b.text) assert.ok(b.text.text.length <= LIMITS.textChars, `section of ${b.text.text.length} characters`);
      assert.ok((b.fields?.length ?? 0) <= LIMITS.fieldsPerSection);
      for (const f of b.fields ?? []) assert.ok(f.text.length <= LIMITS.fieldChars);
    }
    if (b.type === 'context') assert.ok(b.elements.length <= LIMITS.contextElements && b.elements.length > 0);
  }
}

const services = (n: number) => Array.from({ length: n }, (_, i) => ({
  serviceName: `svc-${i}`, url: `https://x/${i}`, hostedServiceProperties: { location: 'West US', status: 'Created', label: `Label <${i}> & co ${'l'.repeat(i % 7 === 0 ? 400 : 5)}` },
}));

describe('views of one result, three ways', () => {
  it('a list: a table in the terminal, rows in Block Kit, the models in JSON', async () => {
    const r = await report('service list', services(3));
    const p = presentReport(r);
    assert.deepEqual(JSON.parse(renderJson(p)), services(3));
    const text = renderText(p);
    assert.match(text, /^Cloud services\n/);
    assert.match(text, /NAME\s+LOCATION\s+STATUS\s+LABEL/);
    assert.match(text, /svc-2\s+West US\s+Created/);
    const { blocks, text: fallback } = renderBlocks(p);
    assertWithinLimits(blocks);
    assert.equal(blocks[0]?.type, 'header');
    assert.match(fallback, /Cloud services/);
    assert.ok(texts(blocks).some((t) => t.includes('`svc-1` · Location: West US · Status: Created')));
    assert.ok(texts(blocks).some((t) => t.includes('Label &lt;1&gt; &amp; co')), 'Slack control characters are escaped');
  });

  it('a long list is cut with "… and N more" within Slack limits', async () => {
    const p = presentReport(await report('service list', services(2000)));
    const blocks = renderBlocks(p).blocks;
    assertWithinLimits(blocks);
    const shown = texts(blocks).join('\n').match(/`svc-\d+`/g)?.length ?? 0;
    assert.ok(shown > 50 && shown < 2000);
    assert.ok(texts(blocks).some((t) => t === `… and ${2000 - shown} more`), 'says how many are left out');
    assert.equal((JSON.parse(renderJson(p)) as unknown[]).length, 2000, 'JSON keeps everything');
  });

  it('an empty list says what to do', async () => {
    const p = presentReport(await report('service list', []));
    assert.match(renderText(p), /No cloud services yet\. Create one with `service create <name> <location>`\./);
    assert.ok(texts(renderBlocks(p).blocks).some((t) => t.includes('No cloud services yet')));
  });

  it('one resource: fields', async () => {
    const p = presentReport(await report('storage show mystore', { serviceName: 'mystore', storageServiceProperties: { location: 'West US', accountType: 'Standard_LRS', status: 'Created', endpoints: ['https://mystore.blob.core.windows.net/'] } }));
    assert.match(renderText(p), /Type:\s+Standard_LRS/);
    const blocks = renderBlocks(p).blocks;
    assertWithinLimits(blocks);
    assert.ok(texts(blocks).includes('*Type*\nStandard_LRS'));
  });

  it('very many fields and very long texts stay within limits', () => {
    const blocks = toBlocks({
      title: 't'.repeat(500), tone: 'info', text: 'x'.repeat(10_000), code: 'y'.repeat(10_000),
      fields: Array.from({ length: 400 }, (_, i) => ({ label: `f${i}`, value: 'v'.repeat(5000) })),
      sections: Array.from({ length: 100 }, () => ({ title: 's', text: 'z'.repeat(4000) })),
      table: { columns: ['A', 'B'], rows: Array.from({ length: 5000 }, (_, i) => [`r${i}`, '&'.repeat(700)]), empty: '' },
      context: Array.from({ length: 30 }, (_, i) => `c${i}`),
    });
    assertWithinLimits(blocks);
  });

  it('a change: steps with their request ids; JSON lists them', async () => {
    const command = parsed('service create mysvc West US');
    const plan = await planCommand(command, { settings: commandSettings(), dryRun: true });
    const outcome = { status: 'succeeded' as const, steps: [{ id: 'create', call: 'hostedServices.create', title: plan.steps[0]?.title ?? '', status: 'succeeded' as const, requestId: 'abc123' }] };
    const spec = CATALOG.commands.find((c) => c.resource === 'service' && c.action === 'create');
    assert.ok(spec);
    const p = presentReport({ input: command, plan, outcome, result: { command: plan.command, status: 'succeeded', summary: plan.summary, steps: [{ id: 'create', call: 'hostedServices.create', status: 'succeeded', requestId: 'abc123' }], secrets: [] } });
    assert.match(renderText(p), /^Done: Create cloud service mysvc in West US/);
    assert.match(renderText(p), /done \(request abc123\)/);
    assert.equal((JSON.parse(renderJson(p)) as { steps: { requestId: string }[] }).steps[0]?.requestId, 'abc123');
  });
});

describe('views of errors and plans', () => {
  it('a parse error: the input with a caret, the suggestion, the code', () => {
    const result = parseCommand('vm creat myvm');
    assert.ok(!result.ok);
    const p = presentParseError(result.error);
    assert.match(renderText(p), /vm creat myvm\n {5}\^{5}/);
    assert.match(renderText(p), /Did you mean: `vm create`/);
    assert.equal((JSON.parse(renderJson(p)) as { error: { code: string } }).error.code, 'UNKNOWN_ACTION');
    const blocks = renderBlocks(p).blocks;
    assertWithinLimits(blocks);
    assert.ok(texts(blocks).some((t) => t.startsWith('```vm creat myvm')));
  });

  it('a service error says what to do', () => {
    const p = presentError({ code: 'ForbiddenError', message: 'The server failed to authenticate the request.', statusCode: 403, requestId: 'r1' });
    assert.match(renderText(p), /^Error: The server failed to authenticate the request\./);
    assert.match(renderText(p), /Upload this management certificate/);
    assert.deepEqual(JSON.parse(renderJson(p)), { error: { code: 'ForbiddenError', message: 'The server failed to authenticate the request.', statusCode: 403, requestId: 'r1', hint: 'Upload this management certificate (.cer) to the subscription, or use a certificate that is registered with it.' } });
  });

  it('a command error keeps its own hint', () => {
    const p = presentError(new CommandError({ code: 'NO_VHD_STORAGE', kind: 'usage', message: 'No storage.', hint: 'Create one.' }));
    assert.match(renderText(p), /Create one\./);
  });

  it('a dry run shows the steps, the secrets and that nothing was called', async () => {
    const plan = await planCommand(parsed('vm create myvm West US'), { settings: commandSettings({ vm: { vhdStorageAccount: 's' } }), dryRun: true });
    const p = presentPlan(plan);
    const text = renderText(p);
    assert.match(text, /1\. Generate the admin password and keep it in the secret store as `vm-myvm-myvm-admin-password-\d{14}`: `secrets.generatePassword`\n/);
    assert.match(text, /2\. Create cloud service `myvm` in West US \(skipped if it exists\): `hostedServices.create` \(asynchronous\)/);
    assert.match(text, /3\. Create VM `myvm`/);
    assert.match(text, /generated and stored as `vm-myvm-myvm-admin-password-\d{14}` when it runs/);
    assert.match(text, /Dry run: nothing was called\./);
    assert.deepEqual((JSON.parse(renderJson(p)) as { plan: unknown }).plan, plan);
  });

  it('every help (overview, each resource, each command) fits one Slack message, nothing cut', () => {
    const helps = [
      { kind: 'help' as const },
      ...CATALOG.resources.map((r) => ({ kind: 'help' as const, resource: r.name })),
      ...CATALOG.commands.map((c) => ({ kind: 'help' as const, resource: c.resource, action: c.action })),
    ];
    for (const help of helps) {
      const p = presentHelp(CATALOG, help);
      const blocks = renderBlocks(p).blocks;
      assertWithinLimits(blocks);
      const all = texts(blocks);
      assert.ok(!all.some((t) => t.endsWith('…')), `nothing clipped in ${JSON.stringify(help)}`);
      assert.ok(all.join('\n').length <= LIMITS.textChars, `${JSON.stringify(help)} fits in ${LIMITS.textChars} characters`);
      assert.ok(renderText(p).length <= LIMITS.textChars);
    }
  });

  it('errors render three ways too: Block Kit within limits, text with the hint, JSON with code and hint', () => {
    for (const error of [
      { code: 'ResourceNotFound', message: 'The hosted service does not exist.', statusCode: 404 },
      new CommandError({ code: 'NO_VHD_STORAGE', kind: 'usage', message: 'No storage.', hint: 'Create one.' }),
      new Error('x'.repeat(5000)),
    ]) {
      const p = presentError(error);
      const blocks = renderBlocks(p).blocks;
      assertWithinLimits(blocks);
      assert.equal(blocks[0]?.type, 'header');
      const json = JSON.parse(renderJson(p)) as { error: { code: string; hint: string } };
      assert.ok(json.error.code.length > 0 && json.error.hint.length > 0, 'every error says what to do');
      const escaped = json.error.hint.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      assert.ok(texts(blocks).some((t) => t.includes(escaped)), 'the hint is in the Slack message');
      assert.ok(renderText(p).includes(json.error.hint), 'the hint is in the terminal text');
    }
  });

  it('a failed change says which step failed, in every view', async () => {
    const command = parsed('vm delete myvm');
    // The plan a VM delete makes once it has read a VM alone in its service.
    const offline = await planCommand(command, { settings: commandSettings(), dryRun: true });
    const plan = {
      ...offline,
      steps: [
        { id: 'delete-deployment', title: 'Delete deployment `myvm` of `myvm` (its only VM, `myvm`) with its disks', call: 'deployments.delete', args: ['myvm', 'myvm'], async: true },
        { id: 'delete-service', title: 'Delete cloud service `myvm` (created for VM `myvm`, then empty)', call: 'hostedServices.delete', args: ['myvm'], async: true },
      ],
    };
    const error = { code: 'ConflictError', message: 'Busy.', statusCode: 409 };
    const outcome = {
      status: 'failed' as const, error,
      steps: [
        { id: 'delete-deployment', call: 'deployments.delete', title: plan.steps[0]?.title ?? '', status: 'failed' as const, error },
        { id: 'delete-service', call: 'hostedServices.delete', title: plan.steps[1]?.title ?? '', status: 'not-run' as const },
      ],
    };
    const spec = commandSpec('vm delete');
    assert.ok(spec);
    const p = presentReport({ input: command, plan, outcome, result: spec.result(outcome, command, plan) });
    assert.equal(p.ok, false);
    const json = JSON.parse(renderJson(p)) as { status: string; steps: { status: string }[]; error: { code: string; hint: string } };
    assert.deepEqual([json.status, ...json.steps.map((s) => s.status)], ['failed', 'failed', 'not-run']);
    assert.equal(json.error.code, 'ConflictError');
    assert.match(json.error.hint, /op show|another name/);
    const title = plan.steps[0]?.title ?? '';
    const lines = renderText(p).split('\n').map((l) => l.replace(/: +(failed|not run)$/, ': $1'));
    assert.deepEqual(lines.slice(0, 7), [
      'Failed: Delete VM myvm',
      `  ${title}: failed`,
      `  ${plan.steps[1]?.title}: not run`,
      '',
      `${title} failed:`,
      '  Busy. (ConflictError)',
      `  ${json.error.hint}`,
    ]);
    assertWithinLimits(renderBlocks(p).blocks);
    assert.ok(texts(renderBlocks(p).blocks).some((t) => t.includes(json.error.hint)), 'so does the Slack message');
  });

  it('help renders in all three forms', () => {
    const p = presentHelp(CATALOG, { kind: 'help', resource: 'vm' });
    assert.match(renderText(p), /vm create <name> <location>/);
    assertWithinLimits(renderBlocks(p).blocks);
    const json = JSON.parse(renderJson(p)) as { help: { id: string }[] };
    assert.ok(json.help.some((h) => h.id === 'vm create'));
  });
});
