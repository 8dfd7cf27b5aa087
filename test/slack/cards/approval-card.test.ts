import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { approvalCard, decidedCard, type ActionsBlock } from '../../../src/slack/cards/index.ts';
import { allText, assertWithinLimits, mrkdwnText } from './block-kit-check.ts';
import { job, NOW, plan, step } from './jobs.ts';

const actions = (card: ReturnType<typeof approvalCard>) => card.blocks.find((b): b is ActionsBlock => b.type === 'actions');

describe('approvalCard', () => {
  test('says what will run (the stored plan\'s steps), risk, who asked, expiry, notes; Approve and Deny carry the job id', () => {
    const j = job({
      risk: 'change',
      plan: plan([step(1, 'Create cloud service `web1` in West US', 'hostedServices.create'), step(2, 'Create VM `web1`', 'virtualMachines.createDeployment')], {
        risk: 'change', summary: 'Create VM web1', secrets: [{ name: 'vm-web1-admin-password-1', description: 'The password of azureuser on VM web1' }], notes: ['Size: Small (the default).'],
      }),
    });
    const card = approvalCard(j, { now: NOW });
    assertWithinLimits(card);
    const text = allText(card);
    assert.equal(card.blocks[0]?.type, 'header');
    assert.match(text, /Approval needed: Create VM web1/);
    assert.match(text, /changes resources/);
    assert.match(text, /<@U0ANN>/);
    assert.match(text, /<!date\^1748782800\^\{date_short_pretty\} \{time\}\|2025-06-01T13:00:00Z> \(in 50 min\)/);
    assert.match(text, /1\. Create cloud service `web1` in West US `hostedServices.create`\\n2\. Create VM `web1` `virtualMachines.createDeployment`/);
    assert.match(text, /Size: Small \(the default\)\./);
    assert.match(text, /generated and kept as secret `vm-web1-admin-password-1`/);
    assert.match(card.text, /Approval needed: Create VM web1 \(asked by <@U0ANN>\)/);
    const controls = actions(card)!;
    assert.equal(controls.block_id, 'job.controls.job-0001');
    assert.deepEqual(controls.elements.map((b) => [b.action_id, b.text.text, b.style, b.value, b.confirm !== undefined]), [
      ['job.approve', 'Approve', 'primary', 'job-0001', false],
      ['job.deny', 'Deny', 'danger', 'job-0001', false],
    ]);
  });

  test('a destroy warns and puts a confirmation dialog on Approve', () => {
    const card = approvalCard(job(), { now: NOW });
    assertWithinLimits(card);
    assert.match(allText(card), /This deletes resources/);
    const approve = actions(card)!.elements[0]!;
    assert.equal(approve.confirm?.style, 'danger');
    assert.match(approve.confirm!.text.text, /Delete VM web1\. 1 step will run/);
    assert.equal(actions(card)!.elements[1]!.confirm, undefined);
  });

  test('two cards have different block ids', () => {
    const a = approvalCard(job({ id: 'job-a' }), { now: NOW });
    const b = approvalCard(job({ id: 'job-b' }), { now: NOW });
    const ids = (c: typeof a) => new Set(c.blocks.map((x) => x.block_id).filter(Boolean));
    for (const id of ids(a)) assert.ok(!ids(b).has(id), id);
    assert.equal(actions(b)!.block_id, 'job.controls.job-b');
  });

  test('a 200-step destroy plan fits, every step shown in order', () => {
    const steps = Array.from({ length: 200 }, (_, i) => step(i + 1, `Delete disk \`web-disk-${String(i + 1).padStart(3, '0')}\` of VM \`web${i + 1}\` & its blob`, 'disks.delete'));
    const card = approvalCard(job({ plan: plan(steps) }), { now: NOW });
    assertWithinLimits(card);
    const text = allText(card);
    let from = 0;
    for (let i = 1; i <= 200; i++) {
      const at = text.indexOf(`${i}. Delete disk \`web-disk-${String(i).padStart(3, '0')}\` of VM \`web${i}\` &amp; its blob`, from);
      assert.ok(at > from, `step ${i} shown in order`);
      from = at;
    }
    assert.doesNotMatch(text, /more steps/);
    assert.ok(actions(card));
    assert.match(text, /200 steps, exactly these/);
  });

  test('a plan too long for one message says how many steps are not shown and where to see them; the buttons stay', () => {
    const steps = Array.from({ length: 3000 }, (_, i) => step(i + 1, `Delete ${'x'.repeat(60)} ${i}`));
    const card = approvalCard(job({ plan: plan(steps) }), { now: NOW });
    assertWithinLimits(card);
    assert.match(allText(card), /… and \d+ more steps: `\/asm job show job-0001` lists them all/);
    assert.equal(card.blocks.at(-1)?.type, 'actions');
  });

  test('user-supplied text is escaped: no channel pings, fake mentions or links', () => {
    const evil = 'web1 <!channel> <@U0BOB> <https://evil|click> & more';
    const j = job({ command: `vm delete ${evil}`, plan: plan([step(1, `Delete ${evil}`)], { summary: `Delete ${evil}`, notes: [evil] }) });
    const card = approvalCard(j, { now: NOW });
    assertWithinLimits(card);
    const text = mrkdwnText(card);
    assert.doesNotMatch(text, /<!channel>|<@U0BOB>|<https:/);
    assert.doesNotMatch(card.text, /<!channel>|<@U0BOB>|<https:/);
    assert.match(text, /&lt;!channel&gt; &lt;@U0BOB&gt; &lt;https:\/\/evil\|click&gt; &amp; more/);
    // Header and dialog are plain text: shown as typed, never parsed.
    assert.match((card.blocks[0] as { text: { text: string } }).text.text, /<!channel>/);
  });

  test('long texts are clipped within each limit', () => {
    const long = 'Ω'.repeat(5000);
    const card = approvalCard(job({ command: long, plan: plan([step(1, long)], { summary: long, notes: [long, long, long, long, long, long, long, long, long, long, long, long] }) }), { now: NOW });
    assertWithinLimits(card);
  });
});

describe('decidedCard', () => {
  const decided = (kind: 'approved' | 'denied' | 'cancelled' | 'expired', by = 'U0BOB') => ({ kind, by, at: '2025-06-01T12:05:00Z' });
  const cases: [string, Parameters<typeof job>[0], RegExp][] = [
    ['approved', { status: 'approved', decision: decided('approved') }, /Approved by <@U0BOB>, starting…/],
    ['running', { status: 'running', decision: decided('approved') }, /Approved by <@U0BOB>, running…/],
    ['running without approval', { status: 'running' }, /:arrow_forward: Running…/],
    ['waiting', { status: 'waiting', decision: decided('approved'), steps: [{ status: 'submitted', requestId: 'req-42', at: 'x' }] }, /Approved by <@U0BOB>, running… waiting for Azure \(request `req-42`\)/],
    ['denied', { status: 'denied', decision: decided('denied') }, /Denied by <@U0BOB>\. Nothing ran\./],
    ['expired', { status: 'expired', decision: decided('expired', 'system') }, /Expired: nobody decided in time\. Nothing ran\./],
    ['cancelled', { status: 'cancelled', decision: decided('cancelled', 'U0ANN') }, /Cancelled by <@U0ANN>\. Nothing ran\./],
    ['succeeded', { status: 'succeeded', decision: decided('approved'), steps: [{ status: 'succeeded', at: 'x', requestId: 'req-1' }] }, /Succeeded \(approved by <@U0BOB>\)/],
    ['failed', { status: 'failed', decision: decided('approved'), steps: [{ status: 'failed', at: 'x', requestId: 'req-9', error: { code: 'ConflictError', message: 'The VM is <busy>.', requestId: 'req-9' } }] }, /Failed: The VM is &lt;busy&gt;\./],
  ];
  for (const [name, overrides, line] of cases) {
    test(`${name}: its status line, the steps, no buttons`, () => {
      const card = decidedCard(job(overrides));
      assertWithinLimits(card);
      const text = allText(card);
      assert.match(text, line);
      assert.ok(!card.blocks.some((b) => b.type === 'actions'));
      assert.match(text, /Delete VM web1 and its disks/);
      assert.ok(card.blocks.some((b) => b.block_id === 'job.status.job-0001'));
    });
  }

  test('a failure names the failed step, the service code, the hint and the request id', () => {
    const card = decidedCard(job({ status: 'failed', steps: [{ status: 'failed', at: 'x', requestId: 'req-9', error: { code: 'ResourceNotFound', message: 'No VM web1.', requestId: 'req-9' } }] }));
    const text = allText(card);
    assert.match(text, /\*Delete VM web1 and its disks failed\*\\nNo VM web1\. \(`ResourceNotFound`\)\\n:bulb: .+\\nRequest id `req-9`/);
    assert.match(text, /:x: .*request `req-9`/);
  });
});
