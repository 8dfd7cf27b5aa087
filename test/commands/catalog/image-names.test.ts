import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { commandSettings, commandSpec, isCommandError, planCommand, renderText, presentReport, type RunCommand } from '../../../src/commands/index.ts';
import { startContract, type ContractFixture } from '../../emulator/support/contract-fixture.ts';
import { parsedRun } from '../../helpers/commands.ts';

const CENTOS = 'OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd';

const parsed = (text: string): RunCommand => parsedRun(text, ['West US']);

describe('image names are never cut where a person copies them', () => {
  let f: ContractFixture;
  before(async () => { f = await startContract(); });
  after(() => f.close());

  it('an OS image that is not found gets did-you-mean with the full names', async () => {
    const context = { settings: commandSettings({ vm: { vhdStorageAccount: 's' } }), dryRun: true, client: f.client };
    await assert.rejects(planCommand(parsed('vm create typo1 West US --image OpenLogic-CentOS-62'), context), (error) => isCommandError(error)
      && error.code === 'IMAGE_NOT_FOUND' && error.hint.includes(`\`${CENTOS}\``));
  });

  it('the terminal table shows an image name of any length in full', async () => {
    const command = parsed('image list');
    const spec = commandSpec('image list');
    assert.ok(spec);
    const long = `${'a699494373c04fc0bc8f2bb1389d6106__'}Windows-Server-2012-R2-Datacenter-with-a-very-long-name-20150828-en.us-127GB.vhd`;
    const plan = await planCommand(command, { settings: commandSettings(), dryRun: true });
    const outcome = { status: 'succeeded' as const, steps: [{ id: 'list', call: 'osImages.list', title: 'List', status: 'succeeded' as const, result: [{ name: long, os: 'Windows', category: 'Public', label: 'x'.repeat(100) }] }] };
    const text = renderText(presentReport({ input: command, plan, outcome, result: spec.result(outcome, command, plan) }));
    assert.ok(text.includes(long), text);
    assert.ok(!text.includes('x'.repeat(100)), 'other columns are still kept short');
  });
});
