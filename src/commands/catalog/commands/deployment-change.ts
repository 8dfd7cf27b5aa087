import { changeCommand } from '../change.ts';
import { arg, compact, flag, opt, step } from '../define.ts';
import { isNotFound } from '../../plan/error-info.ts';
import { CommandError } from '../../command-error.ts';
import { text, url } from '../values.ts';
import type { CommandInput, CommandSpec } from '../types.ts';
import { configOption, deploymentArg, downloadConfiguration, requireClient, serviceArg, slot } from './deployment-values.ts';

const target = (input: CommandInput) => `deployment \`${arg(input, 'name')}\` of \`${arg(input, 'service')}\``;
const BLOB = 'https://mystore.blob.core.windows.net/pkg';

function statusCommand(action: 'start' | 'suspend', status: 'Running' | 'Suspended'): CommandSpec {
  const verb = action === 'start' ? 'Start' : 'Suspend';
  return changeCommand(
    {
      resource: 'deployment', action, summary: `${verb} a deployment.`, risk: 'change',
      args: [serviceArg, deploymentArg], options: [], examples: [`deployment ${action} mysvc v1`],
    },
    (input) => ({
      summary: `${verb} deployment ${arg(input, 'name')} of ${arg(input, 'service')}`,
      steps: [step(action, `Set ${target(input)} to ${status}`, 'deployments.updateStatus', [arg(input, 'service'), arg(input, 'name'), status])],
    }),
  );
}

const create = changeCommand(
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
    examples: [`deployment create mysvc v1 --package ${BLOB}/app.cspkg --config ${BLOB}/app.cscfg --start`],
  },
  async (input, context) => {
    const configUrl = opt(input, 'config') as string;
    const configuration = await downloadConfiguration(configUrl, context);
    const [service, name] = [arg(input, 'service'), arg(input, 'name')];
    const slotName = opt(input, 'slot') ?? 'production';
    const deployment = compact({
      name, packageUrl: opt(input, 'package'), label: opt(input, 'label') ?? name, configuration, startDeployment: flag(input, 'start'),
    });
    return {
      summary: `Create deployment ${name} in ${slotName} of ${service}`,
      steps: [step('create', `Deploy \`${name}\` to the ${slotName} slot of \`${service}\``, 'deployments.create', [service, slotName, deployment])],
      notes: [`Service configuration downloaded from ${new URL(configUrl).host} (${Buffer.byteLength(configuration)} bytes).`],
    };
  },
);

const config = changeCommand(
  {
    resource: 'deployment', action: 'config', summary: 'Change the configuration (.cscfg) of a deployment.', risk: 'change',
    args: [serviceArg, deploymentArg], options: [{ ...configOption, required: true }],
    examples: [`deployment config mysvc v1 --config ${BLOB}/app.cscfg`],
  },
  async (input, context) => {
    const configuration = await downloadConfiguration(opt(input, 'config') as string, context);
    return {
      summary: `Change the configuration of deployment ${arg(input, 'name')} of ${arg(input, 'service')}`,
      steps: [step('config', `Apply the new configuration to ${target(input)}`, 'deployments.changeConfiguration', [
        arg(input, 'service'), arg(input, 'name'), { configuration, mode: 'Auto' },
      ])],
    };
  },
);

const swap = changeCommand(
  {
    resource: 'deployment', action: 'swap', summary: 'Swap the staging deployment into production (VIP swap).', risk: 'change',
    args: [serviceArg], options: [], examples: ['deployment swap mysvc'],
  },
  async (input, context) => {
    // The service swaps by deployment names, so the plan reads which deployments the slots hold.
    const client = requireClient(context.client, 'a swap');
    const service = arg(input, 'service');
    const options = context.abortSignal ? { abortSignal: context.abortSignal } : {};
    const staging = await client.deployments.getBySlot(service, 'staging', options).catch((e: unknown) => {
      if (!isNotFound(e)) throw e;
      throw new CommandError({
        code: 'NOTHING_TO_SWAP', kind: 'usage', message: `Cloud service ${service} has no staging deployment to swap.`,
        hint: 'Deploy to staging first: `deployment create … --slot staging`.',
      });
    });
    const production = await client.deployments.getBySlot(service, 'production', options).catch((e: unknown) => {
      if (isNotFound(e)) return undefined;
      throw e;
    });
    const title = `Swap staging \`${staging.name}\` with production${production ? ` \`${production.name}\`` : ''} of \`${service}\``;
    return {
      summary: `Swap ${staging.name} into production of ${service}`,
      steps: [step('swap', title, 'deployments.swap', [service, compact({ production: production?.name, sourceDeployment: staging.name })])],
    };
  },
);

const remove = changeCommand(
  {
    resource: 'deployment', action: 'delete', summary: 'Delete a deployment.', risk: 'destroy', args: [serviceArg, deploymentArg],
    options: [{ name: 'delete-vhd', description: 'Also delete the disks and VHD blobs of its VMs.' }], examples: ['deployment delete mysvc v1'],
  },
  (input) => ({
    summary: `Delete deployment ${arg(input, 'name')} of ${arg(input, 'service')}`,
    steps: [step('delete', `Delete ${target(input)}`, 'deployments.delete', [arg(input, 'service'), arg(input, 'name')], {
      options: { deleteVhd: flag(input, 'delete-vhd') },
    })],
  }),
);

export const deploymentChanges: readonly CommandSpec[] = [
  create, config, statusCommand('start', 'Running'), statusCommand('suspend', 'Suspended'), swap, remove,
];
