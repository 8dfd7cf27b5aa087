import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  CALLS, CATALOG, COMMANDS, commandId, commandSettings, helpDoc, planCommand, presentHelp, renderText,
  type ManagementClientLike, type RunCommand,
} from '../../../src/commands/index.ts';
import type { ServiceManagementClient } from '../../../src/management/index.ts';
import { parsedRun } from '../../helpers/commands.ts';

// The real client must fit the shape plans are executed against (checked by `npm run typecheck`).
export const fitsTheCore = (client: ServiceManagementClient): ManagementClientLike => client;

const LOCATIONS = ['West US', 'East US', 'West Europe'];
const CSCFG = '<ServiceConfiguration serviceName="app" xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration"><Role name="Web"><Instances count="1" /></Role></ServiceConfiguration>';
const context = {
  settings: commandSettings({ vm: { vhdStorageAccount: 'vhdstore' } }),
  dryRun: true,
  fetchServiceConfiguration: async () => CSCFG,
};

const parsed = (text: string): RunCommand => parsedRun(text, LOCATIONS);

const READS_FIRST = ['deployment swap', 'vm delete', 'vm disk attach', 'vm disk detach', 'reserved-ip assign', 'reserved-ip unassign'];

describe('the catalog', () => {
  it('covers every command of the command language', () => {
    const ids = COMMANDS.map(commandId).sort();
    assert.deepEqual(ids, [
      'affinity-group create', 'affinity-group delete', 'affinity-group list', 'affinity-group show',
      'deployment config', 'deployment create', 'deployment delete', 'deployment show', 'deployment start', 'deployment suspend', 'deployment swap',
      'disk delete', 'disk list', 'disk show',
      'image add', 'image delete', 'image list', 'image show', 'location list', 'op list', 'op show', 'os families', 'os list',
      'reserved-ip assign', 'reserved-ip create', 'reserved-ip delete', 'reserved-ip list', 'reserved-ip show', 'reserved-ip unassign',
      'service create', 'service delete', 'service list', 'service show', 'storage create', 'storage delete', 'storage list', 'storage show',
      'vm capture', 'vm create', 'vm delete', 'vm disk attach', 'vm disk detach', 'vm disk list', 'vm list', 'vm restart', 'vm show',
      'vm size list', 'vm start', 'vm stop', 'vm-image delete', 'vm-image list',
    ]);
    assert.equal(new Set(ids).size, ids.length, 'no command twice');
  });

  for (const spec of COMMANDS) {
    const id = commandId(spec);
    describe(id, () => {
      it('has help, a risk and examples that parse', () => {
        assert.ok(['read', 'change', 'destroy'].includes(spec.risk));
        assert.ok(spec.summary.length > 10);
        const help = renderText(presentHelp(CATALOG, { kind: 'help', resource: spec.resource, action: spec.action }));
        assert.match(help, new RegExp(`^${id}\\n`));
        for (const a of spec.args) assert.ok(help.includes(`<${a.name}>`), `help names <${a.name}>`);
        for (const o of spec.options) assert.ok(help.includes(`--${o.name}`), `help names --${o.name}`);
        assert.ok(spec.examples.length > 0);
        for (const example of spec.examples.filter((e) => !e.includes('…'))) assert.equal(parsed(example).id, id);
      });

      // A swap reads the service's deployments before it can plan: its plan is proven against the
      // emulator (test/cli/cli-deployment.test.ts) and its offline refusal in plan-options.test.ts.
      // A VM delete reads the deployment first too (test/commands/catalog/vm-delete-plans.test.ts), and so
      // do data disk attach/detach and reserved IP (un)assignment (test/commands/catalog/disk-ip-plans.test.ts).
      if (!READS_FIRST.includes(id)) it('plans known management calls, as JSON that survives a round trip', async () => {
        const example = spec.examples.find((e) => !e.includes('…')) as string;
        const plan = await planCommand(parsed(example), context);
        assert.ok(plan.steps.length > 0);
        assert.equal(plan.risk, spec.risk);
        assert.equal(plan.commandId, id);
        for (const step of plan.steps) {
          assert.ok(Object.hasOwn(CALLS, step.call), `${step.call} is a known call`);
          assert.equal(step.async, CALLS[step.call as keyof typeof CALLS].async, `${step.call} async flag`);
        }
        assert.deepEqual(JSON.parse(JSON.stringify(plan)), plan);
      });
    });
  }

  it('reads change nothing and say so; deletes are marked destroy', () => {
    for (const spec of COMMANDS) {
      if (['list', 'show', 'families'].includes(spec.action)) assert.equal(spec.risk, 'read', commandId(spec));
      if (spec.action === 'delete') assert.equal(spec.risk, 'destroy', commandId(spec));
    }
  });

  it('the overall help fits in one Slack message section per resource', () => {
    const doc = helpDoc(CATALOG, { kind: 'help' });
    assert.equal(doc.table?.rows.length, CATALOG.resources.length);
    assert.ok(renderText(presentHelp(CATALOG, { kind: 'help' })).length < 3000);
  });
});
