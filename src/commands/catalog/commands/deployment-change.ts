import { changeCommand } from '../change.ts';
import { arg, compact, flag, opt, step } from '../define.ts';
import { isNotFound } from '../../plan/error-info.ts';
import { CommandError } from '../../command-error.ts';
import { text, url } from '../values.ts';
import type { CommandSpec } from '../types.ts';
import { configOption, deploymentArg, downloadConfiguration, requireClient, serviceArg, slot } from './deployment-values.ts';

const target = (input: Parameters<CommandSpec['plan']>[0]) => `deployment \`${arg(input, 'name')}\` of \`${arg(input, 'service')}\``;

function statusCommand(action: 'start' | 'suspend', status: 'Running' | 'Suspended'): CommandSpec {
  return changeCommand(
    { resource: 'deployment', action, summary: `${action === 'start' ? 'Start' : 'Suspend'} a deployment.`, risk: 'change', args: [serviceArg, deploymentArg], options: [], examples: [`deployment ${action} mysvc v1`] },
    (input) => ({
      summary: `${action === 'start' ? 'Start' : 'Suspend'} deployment ${arg(input, 'name')} of ${arg(input, 'service')}`,
      steps: [step(action, `Set ${target(input)} to ${status}`, 'deployments.updateStatus', [arg(input, 'service'), arg(input, 'name'), status])],
    }),
  );
}

export const deploymentChanges: readonly CommandSpec[] = [
  changeCommand(
    {
      resource: 'deployment', action: 'create', summary: 'Deploy a package (.cspkg) with its configuration (.cscfg) to a slot.', risk: 'change',
      args: [serviceArg, deploymentArg],
      options: [
        { name: 'package', type: url('package URL', ['https:', 'http:']), valueName: 'url', required: true, description: 'Blob URL of the .cspkg.' },
        { ...configOption, required: true },
        { name: 'slot', type: slot, description: 'production (default) or staging.' },
        { name: 'start', description: 'Start the deployment right away.' },
        { name: 'label', type: text('label', 100), description: 'A label (default: the name).' },
      ],
      examples: ['deployment create mysvc v1 --package https://mystore.blob.core.windows.net/pkg/app.cspkg --config https://mystore.blob.core.windows.net/pkg/app.cscfg --start'],
    },
    async (input, context) => {
      const configuration = await downloadConfiguration(opt(input, 'config') as string, context);
      const slotName = opt(input, 'slot') ?? 'production';
      return {
        summary: `Create deployment ${arg(input, 'name')} in ${slotName} of ${arg(input, 'service')}`,
        steps: [step('create', `Deploy \`${arg(input, 'name')}\` to the ${slotName} slot of \`${arg(input, 'service')}\``, 'deployments.create', [arg(input, 'service'), slotName, compact({
          name: arg(input, 'name'), packageUrl: opt(input, 'package'), label: opt(input, 'label') ?? arg(input, 'name'), configuration, startDeployment: flag(input, 'start'),
        })])],
        notes: [`Service configuration downloaded from ${new URL(opt(input, 'config') as string).host} (${Buffer.byteLength(configuration)} bytes).`],
      };
    },
  ),
  changeCommand(
    { resource: 'deployment', action: 'config', summary: 'Change the configuration (.cscfg) of a deployment.', risk: 'change', args: [serviceArg, deploymentArg], options: [{ ...configOption, required: true }], examples: ['deployment config mysvc v1 --config https://mystore.blob.core.windows.net/pkg/app.cscfg'] },
    async (input, context) => {
      const configuration = await downloadConfiguration(opt(input, 'config') as string, context);
      return {
        summary: `Change the configuration of deployment ${arg(input, 'name')} of ${arg(input, 'service')}`,
        steps: [step('config', `Apply the new configuration to ${target(input)}`, 'deployments.changeConfiguration', [arg(input, 'service'), arg(input, 'name'), { configuration, mode: 'Auto' }])],
      };
    },
  ),
  statusCommand('start', 'Running'),
  statusCommand('suspend', 'Suspended'),
  changeCommand(
    { resource: 'deployment', action: 'swap', summary: 'Swap the staging deployment into production (VIP swap).', risk: 'change', args: [serviceArg], options: [], examples: ['deployment swap mysvc'] },
    async (input, context) => {
      const client = requireClient(context.client, 'a swap');
      const service = arg(input, 'service');
      const options = context.abortSignal ? { abortSignal: context.abortSignal } : {};
      const staging = await client.deployments.getBySlot(service, 'staging', options).catch((e: unknown) => {
        if (isNotFound(e)) throw new CommandError({ code: 'NOTHING_TO_SWAP', kind: 'usage', message: `Cloud service ${service} has no staging deployment to swap.`, hint: 'Deploy to staging first: `deployment create … --slot staging`.' });
        throw e;
      });
      const production = await client.deployments.getBySlot(service, 'production', options).catch((e: unknown) => { if (isNotFound(e)) return undefined; throw e; });
      return {
        summary: `Swap ${staging.name} into production of ${service}`,
        steps: [step('swap', `Swap staging \`${staging.name}\` with production${production ? ` \`${production.name}\`` : ''} of \`${service}\``, 'deployments.swap', [service, compact({ production: production?.name, sourceDeployment: staging.name })])],
      };
    },
  ),
  changeCommand(
    {
      resource: 'deployment', action: 'delete', summary: 'Delete a deployment.', risk: 'destroy', args: [serviceArg, deploymentArg],
      options: [{ name: 'delete-vhd', description: 'Also delete the disks and VHD blobs of its VMs.' }], examples: ['deployment delete mysvc v1'],
    },
    (input) => ({
      summary: `Delete deployment ${arg(input, 'name')} of ${arg(input, 'service')}`,
      steps: [step('delete', `Delete ${target(input)}`, 'deployments.delete', [arg(input, 'service'), arg(input, 'name')], { options: { deleteVhd: flag(input, 'delete-vhd') } })],
    }),
  ),
];
