import type { DataDiskLike, DeploymentLike } from '../../plan/client.ts';
import { listDoc } from '../../views/format.ts';
import { readCommand } from '../change.ts';
import { lastResult, step } from '../define.ts';
import type { CommandSpec } from '../types.ts';
import { deploymentOption, serviceOption, vmArg, vmTarget } from './vm-values.ts';
import { lunOf, vmRoleOf } from './vm-disk-target.ts';

/** The VM's data disks, by LUN, each with its LUN filled in. */
export const vmDiskList: CommandSpec = readCommand(
  {
    resource: 'vm disk', action: 'list', summary: 'List the data disks attached to a VM, by LUN.', risk: 'read',
    args: [vmArg], options: [serviceOption, deploymentOption], examples: ['vm disk list myvm', 'vm disk list web2 --service shop'],
  },
  (input) => {
    const t = vmTarget(input);
    return { summary: `List the data disks of VM ${t.name}`, steps: [step('get', `Read deployment \`${t.deployment}\` of \`${t.service}\``, 'deployments.getByName', [t.service, t.deployment])] };
  },
  (result, input) => listDoc(`Data disks of VM ${input.args.name ?? ''}`, ['LUN', 'Name', 'Size (GB)', 'Caching', 'VHD'], (result as DataDiskLike[]).map((d) => [
    lunOf(d), d.diskName, d.logicalDiskSizeInGB, d.hostCaching, d.mediaLink,
  ]), `No data disks. Add one with \`vm disk attach ${input.args.name ?? '<vm>'} <size-gb>\`.`),
  (outcome, input) => {
    const role = vmRoleOf(lastResult(outcome) as DeploymentLike, input);
    return (role.dataVirtualHardDisks ?? []).map((d) => ({ ...d, lun: lunOf(d) })).sort((a, b) => a.lun - b.lun);
  },
);
