import { readCommand } from '../change.ts';
import { arg, opt, step } from '../define.ts';
import { deploymentName } from '../values.ts';
import type { ViewDoc } from '../../views/doc.ts';
import { cell } from '../../views/format.ts';
import type { CommandSpec } from '../types.ts';
import { serviceArg, slot } from './deployment-values.ts';

interface DeploymentModel {
  readonly name: string; readonly deploymentSlot?: string; readonly status?: string; readonly label?: string; readonly url?: string; readonly createdTime?: string;
  readonly roleInstanceList?: readonly { readonly roleName?: string; readonly instanceName: string; readonly instanceStatus?: string; readonly instanceSize?: string; readonly ipAddress?: string; readonly powerState?: string }[];
}

function deploymentView(result: unknown): ViewDoc {
  const d = result as DeploymentModel;
  const instances = d.roleInstanceList ?? [];
  return {
    title: `Deployment ${d.name}`,
    tone: 'info',
    fields: [['Slot', d.deploymentSlot], ['Status', d.status], ['Label', d.label], ['URL', d.url], ['Created', d.createdTime]]
      .filter(([, v]) => v !== undefined).map(([label, value]) => ({ label: label as string, value: cell(value) })),
    table: {
      columns: ['Instance', 'Role', 'Status', 'Size', 'IP', 'Power'],
      rows: instances.map((i) => [i.instanceName, i.roleName, i.instanceStatus, i.instanceSize, i.ipAddress, i.powerState].map(cell)),
      empty: 'No role instances.',
    },
  };
}

export const deploymentShow: CommandSpec = readCommand(
  {
    resource: 'deployment', action: 'show', summary: 'Show a deployment of a cloud service (by slot or name).', risk: 'read', args: [serviceArg],
    options: [
      { name: 'slot', type: slot, description: 'The slot to show (default production).' },
      { name: 'name', type: deploymentName, valueName: 'name', description: 'The deployment to show, by name.' },
    ],
    examples: ['deployment show mysvc', 'deployment show mysvc --slot staging', 'deployment show mysvc --name v2'],
    check: (input) => (input.options.slot !== undefined && input.options.name !== undefined
      ? { code: 'CONFLICTING_OPTIONS', message: 'Give --slot or --name, not both.', hint: 'Keep one of them.' } : undefined),
  },
  (input) => {
    const name = opt(input, 'name');
    const service = arg(input, 'service');
    return name !== undefined
      ? { summary: `Show deployment ${name} of ${service}`, steps: [step('get', `Read deployment \`${name}\` of \`${service}\``, 'deployments.getByName', [service, name])] }
      : { summary: `Show the ${opt(input, 'slot') ?? 'production'} deployment of ${service}`, steps: [step('get', `Read the ${opt(input, 'slot') ?? 'production'} deployment of \`${service}\``, 'deployments.getBySlot', [service, opt(input, 'slot') ?? 'production'])] };
  },
  deploymentView,
);
