import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CommandReport } from '../../../src/commands/index.ts';
import { jobDetail, jobList, outcomeMessage, passwordNotice, readResult, refusal } from '../../../src/slack/cards/index.ts';
import { createPolicy } from '../../../src/slack/policy/index.ts';
import { config } from '../policy/fixtures.ts';
import { allText, assertWithinLimits, mrkdwnText } from './block-kit-check.ts';
import { job, plan, step } from './jobs.ts';

const create = plan([step(1, 'Create cloud service `web1`', 'hostedServices.create'), step(2, 'Create VM `web1`', 'virtualMachines.createDeployment'), step(3, 'Read VM `web1`', 'virtualMachines.get')], {
  commandId: 'vm create', command: 'vm create web1 "West US"', risk: 'change', summary: 'Create VM web1',
  secrets: [{ name: 'vm-web1-web1-admin-password-20250601', description: 'The password of azureuser on VM web1' }],
});
const PASSWORD = 'Sup3r$ecret-Passw0rd!';

describe('jobList and jobDetail', () => {
  test('the list shows id, status, command, who and when, escaped; empty says how to start', () => {
    const card = jobList([job({ id: 'j-2', status: 'waiting', command: 'vm start <web>' }), job({ id: 'j-1', status: 'succeeded', requester: 'W0EVE' })]);
    assertWithinLimits(card);
    const text = allText(card);
    assert.match(text, /`j-2` \*waiting\* · `vm start &lt;web&gt;` · <@U0ANN> · <!date\^/);
    assert.match(text, /`j-1` \*succeeded\* · `vm delete web1` · <@W0EVE>/);
    assert.match(text, /2 jobs, newest first/);
    const empty = jobList([]);
    assertWithinLimits(empty);
    assert.match(allText(empty), /No jobs in this channel yet/);
  });

  test('300 jobs: 50 are listed, within limits, and the rest counted', () => {
    const jobs = Array.from({ length: 300 }, (_, i) => job({ id: `job-${i}`, command: `vm create web${i} "West US" --size ${'Large'.repeat(20)}` }));
    const card = jobList(jobs);
    assertWithinLimits(card);
    assert.match(allText(card), /… and 250 more/);
    assert.match(allText(card), /`job-49`/);
    assert.doesNotMatch(allText(card), /`job-50`/);
  });

  test('the detail shows the steps with status and request ids, who approved, and timings', () => {
    const card = jobDetail(job({
      plan: create, status: 'waiting', decision: { kind: 'approved', by: 'U0BOB', at: '2025-06-01T12:05:00Z' },
      steps: [{ status: 'succeeded', at: 'x', requestId: 'req-1' }, { status: 'submitted', at: 'y', requestId: 'req-2' }, { status: 'pending' }],
    }));
    assertWithinLimits(card);
    const text = allText(card);
    assert.match(text, /Job job-0001: Create VM web1/);
    assert.match(text, /:white_check_mark: 1\. Create cloud service `web1` `hostedServices.create`: done · request `req-1`/);
    assert.match(text, /2\. Create VM `web1` `virtualMachines.createDeployment`: submitted, waiting for Azure · request `req-2`/);
    assert.match(text, /3\. Read VM `web1` `virtualMachines.get`: not run yet/);
    assert.match(text, /\*Approved\*\\n<@U0BOB>, <!date\^1748779500/);
    assert.match(text, /\*Created\*\\n<!date\^1748779200/);
    assert.match(text, /\*Updated\*/);
  });

  test('a job not planned yet says so', () => {
    const card = jobDetail(job({ plan: undefined, status: 'planned', steps: [] }));
    assertWithinLimits(card);
    assert.match(allText(card), /Not planned yet/);
  });
});

describe('readResult and outcomeMessage', () => {
  const listPlan = plan([step(1, 'List locations', 'locations.list')], { commandId: 'location list', command: 'location list', risk: 'read', summary: 'List locations' });
  const report: CommandReport = {
    input: { args: {}, options: {} }, plan: listPlan,
    outcome: { status: 'succeeded', steps: [{ id: 's1', call: 'locations.list', title: 'List locations', status: 'succeeded', result: [] }] },
    result: [{ name: 'West US', displayName: 'West <US>', availableServices: ['Compute'] }, { name: 'East US', displayName: 'East US' }],
  };

  test('a read\'s result renders with the existing views, plus who asked', () => {
    const card = readResult(job({ plan: listPlan, risk: 'read', status: 'succeeded' }), report);
    assertWithinLimits(card);
    const text = allText(card);
    assert.match(text, /Locations/);
    assert.match(text, /`West US` · Display name: West &lt;US&gt;/);
    assert.match(text, /Asked by <@U0ANN> · job `job-0001`/);
  });

  test('success: key facts of the last result and where the password is kept, never its value', () => {
    const card = outcomeMessage(job({
      plan: create, status: 'succeeded',
      steps: [
        { status: 'succeeded', at: 'x', requestId: 'req-1' },
        { status: 'succeeded', at: 'y', requestId: 'req-2', result: { name: 'vm-web1-web1-admin-password-20250601', location: 'https://v.vault.azure.net/secrets/vm-web1-web1-admin-password-20250601' } },
        { status: 'succeeded', at: 'z', result: { roleName: 'web1', ipAddress: '10.0.0.4', powerState: 'Started', instanceStatus: 'ReadyRole' } },
      ],
    }));
    assertWithinLimits(card);
    const text = allText(card);
    assert.match(text, /Create VM web1: done/);
    assert.match(text, /\*ipAddress\*\\n10\.0\.0\.4/);
    assert.match(text, /\*powerState\*\\nStarted/);
    assert.match(text, /kept as secret `vm-web1-web1-admin-password-20250601` in https:\/\/v\.vault\.azure\.net\/secrets\//);
    assert.match(text, /Request ids: `req-1`, `req-2`/);
    assert.ok(!text.includes(PASSWORD));
  });

  test('success with a report: the command\'s own view', () => {
    const card = outcomeMessage(job({ plan: listPlan, status: 'succeeded' }), { report });
    assertWithinLimits(card);
    assert.match(allText(card), /Locations/);
  });

  test('failure: the service\'s code and message, the failed step, the hint, the request id', () => {
    const card = outcomeMessage(job({
      plan: create, status: 'failed',
      steps: [{ status: 'succeeded', at: 'x', requestId: 'req-1' }, { status: 'failed', at: 'y', requestId: 'req-2', error: { code: 'ConflictError', message: 'A deployment is already in progress.', requestId: 'req-2', hint: 'Wait for it to finish.' } }, { status: 'pending' }],
    }));
    assertWithinLimits(card);
    const text = allText(card);
    assert.match(text, /Failed: Create VM web1/);
    assert.match(text, /\*Create VM `web1` failed\*\\nA deployment is already in progress\. \(`ConflictError`\)\\n:bulb: Wait for it to finish\.\\nRequest id `req-2`/);
  });

  test('a failure outside a step (planning, a deadline) shows the job error', () => {
    const card = outcomeMessage(job({ plan: create, status: 'failed', error: { code: 'OPERATION_DEADLINE', message: 'Azure did not finish within 120 minutes.', hint: 'Check it with `op show`.' } }));
    assert.match(allText(card), /\*Error\*\\nAzure did not finish within 120 minutes\. \(`OPERATION_DEADLINE`\)\\n:bulb: Check it with `op show`\./);
  });

  test('still waiting after a poll failure: submitted, outcome unknown, how to follow it', () => {
    const card = outcomeMessage(job({ plan: create, status: 'waiting', steps: [{ status: 'succeeded', at: 'x', requestId: 'req-1' }, { status: 'submitted', at: 'y', requestId: 'req-2' }, { status: 'pending' }] }));
    assertWithinLimits(card);
    const text = allText(card);
    assert.match(text, /Submitted \(request `req-2`\), outcome unknown/);
    assert.match(text, /`\/asm op show req-2` or `\/asm job show job-0001`/);
  });

  test('denied, expired, cancelled: said, nothing ran', () => {
    for (const status of ['denied', 'expired', 'cancelled'] as const) {
      const card = outcomeMessage(job({ status, decision: { kind: status, by: status === 'expired' ? 'system' : 'U0BOB', at: 'x' } }));
      assertWithinLimits(card);
      assert.match(allText(card), /Nothing ran/);
    }
  });
});

describe('refusal and passwordNotice', () => {
  test('each policy refusal renders with its reason, hint and code; mentions stay, placeholders are escaped', () => {
    const policy = createPolicy(config);
    const unbound = policy.mayRun({ userId: 'U0ANN', channelId: 'C0NONE' }, 'change');
    assert.ok(!unbound.allowed);
    const card = refusal(unbound);
    assertWithinLimits(card);
    const text = mrkdwnText(card);
    assert.match(text, /:no_entry: This channel \(C0NONE\) is not bound to an Azure subscription/);
    assert.match(text, /ASM_CHANNELS app setting, e\.g\. \{"&lt;channel id&gt;"/);
    assert.match(text, /\(CHANNEL_NOT_BOUND\)/);
    const twice = policy.mayDecide({ userId: 'U0CAT', channelId: 'C0OPS' }, job({ status: 'approved', decision: { kind: 'approved', by: 'U0BOB', at: 'x' } }), new Date());
    assert.ok(!twice.allowed);
    assert.match(mrkdwnText(refusal(twice)), /already approved by <@U0BOB>/);
    const forged = refusal({ allowed: false, code: 'NOT_AN_APPROVER', reason: 'x <!channel> <@U0BOB> y' });
    assert.match(mrkdwnText(forged), /x &lt;!channel&gt; <@U0BOB> y/);
  });

  test('the password notice names the secret and where it is, never a value', () => {
    const j = job({ plan: create, status: 'succeeded', steps: [{ status: 'succeeded', at: 'x' }, { status: 'succeeded', at: 'y', result: { name: create.secrets[0]!.name, location: 'https://v.vault.azure.net/secrets/x' } }, { status: 'succeeded', at: 'z' }] });
    const card = passwordNotice(j)!;
    assertWithinLimits(card);
    assert.match(allText(card), /The password of azureuser on VM web1 is kept as secret `vm-web1-web1-admin-password-20250601` in https:\/\/v\.vault\.azure\.net\/secrets\/x/);
    assert.match(allText(card), /never posted in Slack/);
    assert.match(card.text, /kept in Key Vault as vm-web1-web1-admin-password-20250601/);
    assert.match(allText(passwordNotice(job({ plan: create }))!), /\(stored when the step runs\)/);
    assert.equal(passwordNotice(job()), undefined);
  });
});
