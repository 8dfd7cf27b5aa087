import { readCommand } from '../change.ts';
import { arg, opt, step } from '../define.ts';
import { deploymentName } from '../values.ts';
import type { ViewDoc } from '../../views/doc.ts';
import { fieldsDoc, listDoc } from '../../views/format.ts';
import type { CommandSpec } from '../types.ts';
import { serviceArg, slot } from './deployment-values.ts';

interface InstanceModel {
  readonly roleName?: string; readonly instanceName: string; readonly instanceStatus?: string;
  readonly instanceSize?: string; readonly ipAddress?: string; readonly powerState?: string;
}

interface DeploymentModel {
  readonly name: string; readonly deploymentSlot?: string; readonly status?: string; readonly label?: string;
  readonly url?: string; readonly createdTime?: string; readonly roleInstanceList?: readonly InstanceModel[];
}

function deploymentView(result: unknown): ViewDoc {
  const d = result as DeploymentModel;
  const instances = listDoc(
    '', ['Instance', 'Role', 'Status', 'Size', 'IP', 'Power'],
    (d.roleInstanceList ?? []).map((i) => [i.instanceName, i.roleName, i.instanceStatus, i.instanceSize, i.ipAddress, i.powerState]),
    'No role instances.',
  );
  const fields = [['Slot', d.deploymentSlot], ['Status', d.status], ['Label', d.label], ['URL', d.url], ['Created', d.createdTime]] as const;
  return fieldsDoc(`Deployment ${d.name}`, fields, { ...(instances.table ? { table: instances.table } : {}) });
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
    if (name !== undefined) {
      return {
        summary: `Show deployment ${name} of ${service}`,
        steps: [step('get', `Read deployment \`${name}\` of \`${service}\``, 'deployments.getByName', [service, name])],
      };
    }
    const slotName = opt(input, 'slot') ?? 'production';
    return {
      summary: `Show the ${slotName} deployment of ${service}`,
      steps: [step('get', `Read the ${slotName} deployment of \`${service}\``, 'deployments.getBySlot', [service, slotName])],
    };
  },
  deploymentView,
);
