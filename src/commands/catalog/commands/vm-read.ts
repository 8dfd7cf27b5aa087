import { CommandError } from '../../command-error.ts';
import { readCommand } from '../change.ts';
import { lastResult, step } from '../define.ts';
import { cloudServiceName } from '../values.ts';
import { fieldsDoc, listDoc } from '../../views/format.ts';
import type { CommandSpec } from '../types.ts';
import { deploymentOption, serviceOption, vmArg, vmTarget } from './vm-values.ts';
import { vmsOf, type HostedServiceWithDeployments, type VmEntry } from './vm-entries.ts';

const isVmList = (value: unknown): value is VmEntry[] => Array.isArray(value);

export const vmReads: readonly CommandSpec[] = [
  readCommand(
    {
      resource: 'vm', action: 'list', summary: 'List the VMs (of all cloud services, or of one).', risk: 'read',
      args: [{ name: 'service', type: cloudServiceName, required: false, description: 'Only the VMs of this cloud service.' }], options: [],
      examples: ['vm list', 'vm list mysvc'],
    },
    (input) => input.args.service !== undefined
      ? { summary: `List the VMs of ${input.args.service}`, steps: [step('get', `Read cloud service \`${input.args.service}\` with its deployments`, 'hostedServices.get', [input.args.service], { options: { embedDetail: true } })] }
      : {
        summary: 'List VMs',
        steps: [
          step('services', 'List cloud services', 'hostedServices.list', []),
          step('details', 'Read each cloud service with its deployments', 'hostedServices.get', [{ $item: 'serviceName' }], { options: { embedDetail: true }, forEach: { step: 'services' } }),
        ],
      },
    (result) => listDoc('Virtual machines', ['Name', 'Service', 'Status', 'Power', 'Size', 'IP', 'Location'], (isVmList(result) ? result : []).map((v) => [
      v.roleName, v.serviceName, v.roleInstance?.instanceStatus, v.roleInstance?.powerState, v.role?.roleSize ?? v.roleInstance?.instanceSize, v.roleInstance?.ipAddress, v.location,
    ]), 'No VMs yet. Create one with `vm create <name> <location>`.'),
    (outcome) => {
      const last = lastResult(outcome);
      const services = (Array.isArray(last) ? last : [last]) as HostedServiceWithDeployments[];
      return services.flatMap(vmsOf);
    },
  ),
  readCommand(
    { resource: 'vm', action: 'show', summary: 'Show a VM: state, size, addresses, disks.', risk: 'read', args: [vmArg], options: [serviceOption, deploymentOption], examples: ['vm show myvm'] },
    (input) => {
      const t = vmTarget(input);
      return { summary: `Show VM ${t.name}`, steps: [step('get', `Read deployment \`${t.deployment}\` of \`${t.service}\``, 'deployments.getByName', [t.service, t.deployment])] };
    },
    (result) => {
      const v = result as VmEntry;
      return fieldsDoc(`VM ${v.roleName}`, [
        ['Service', v.serviceName], ['Deployment', v.deploymentName], ['Status', v.roleInstance?.instanceStatus], ['Power', v.roleInstance?.powerState],
        ['Size', v.role?.roleSize], ['IP', v.roleInstance?.ipAddress], ['Host name', v.roleInstance?.hostName],
        ['OS disk', v.role?.osVirtualHardDisk?.mediaLink], ['Image', v.role?.osVirtualHardDisk?.sourceImageName ?? v.role?.vmImageName],
        ['Endpoints', (v.roleInstance?.instanceEndpoints ?? []).map((e) => `${e.name ?? '?'} ${e.vip ?? ''}:${e.publicPort ?? '?'}→${e.localPort ?? '?'}`)],
      ]);
    },
    (outcome, input) => {
      const t = vmTarget(input);
      const deployment = lastResult(outcome) as NonNullable<HostedServiceWithDeployments['deployments']>[number];
      const found = vmsOf({ serviceName: t.service, deployments: [deployment] }).find((v) => v.roleName.toLowerCase() === t.name.toLowerCase());
      if (found === undefined) {
        throw new CommandError({ code: 'VM_NOT_FOUND', kind: 'service', message: `Deployment ${t.deployment} of ${t.service} has no VM named ${t.name}.`, hint: 'See `vm list` for the VMs and their services; pass --service/--deployment if they differ from the VM name.' });
      }
      return found;
    },
  ),
];
