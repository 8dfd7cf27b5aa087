import { CommandError } from '../../command-error.ts';
import type { PlanOutcome } from '../../plan/outcome.ts';
import { readCommand } from '../change.ts';
import { lastResult, step } from '../define.ts';
import { cloudServiceName } from '../values.ts';
import type { ViewDoc } from '../../views/doc.ts';
import { fieldsDoc, listDoc } from '../../views/format.ts';
import type { CommandInput, CommandSpec } from '../types.ts';
import { deploymentOption, serviceOption, vmArg, vmTarget } from './vm-values.ts';
import { vmsOf, type HostedServiceWithDeployments, type VmEntry } from './vm-entries.ts';

type DeploymentModel = NonNullable<HostedServiceWithDeployments['deployments']>[number];

function listView(result: unknown): ViewDoc {
  const vms = Array.isArray(result) ? (result as VmEntry[]) : [];
  return listDoc('Virtual machines', ['Name', 'Service', 'Status', 'Power', 'Size', 'IP', 'Location'], vms.map((v) => [
    v.roleName, v.serviceName, v.roleInstance?.instanceStatus, v.roleInstance?.powerState,
    v.role?.roleSize ?? v.roleInstance?.instanceSize, v.roleInstance?.ipAddress, v.location,
  ]), 'No VMs yet. Create one with `vm create <name> <location>`.');
}

function showView(result: unknown): ViewDoc {
  const v = result as VmEntry;
  const endpoints = (v.roleInstance?.instanceEndpoints ?? []).map((e) => `${e.name ?? '?'} ${e.vip ?? ''}:${e.publicPort ?? '?'}→${e.localPort ?? '?'}`);
  return fieldsDoc(`VM ${v.roleName}`, [
    ['Service', v.serviceName], ['Deployment', v.deploymentName], ['Status', v.roleInstance?.instanceStatus], ['Power', v.roleInstance?.powerState],
    ['Size', v.role?.roleSize], ['IP', v.roleInstance?.ipAddress], ['Host name', v.roleInstance?.hostName],
    ['OS disk', v.role?.osVirtualHardDisk?.mediaLink], ['Image', v.role?.osVirtualHardDisk?.sourceImageName ?? v.role?.vmImageName],
    ['Endpoints', endpoints],
  ]);
}

/** The VM of the deployment that was read: a deployment may hold several VMs (roles), or none of that name. */
function theVm(outcome: PlanOutcome, input: CommandInput): VmEntry {
  const t = vmTarget(input);
  const deployment = lastResult(outcome) as DeploymentModel;
  const found = vmsOf({ serviceName: t.service, deployments: [deployment] }).find((v) => v.roleName.toLowerCase() === t.name.toLowerCase());
  if (found !== undefined) return found;
  throw new CommandError({
    code: 'VM_NOT_FOUND', kind: 'service', message: `Deployment ${t.deployment} of ${t.service} has no VM named ${t.name}.`,
    hint: 'See `vm list` for the VMs and their services; pass --service/--deployment if they differ from the VM name.',
  });
}

const list = readCommand(
  {
    resource: 'vm', action: 'list', summary: 'List the VMs (of all cloud services, or of one).', risk: 'read',
    args: [{ name: 'service', type: cloudServiceName, required: false, description: 'Only the VMs of this cloud service.' }], options: [],
    examples: ['vm list', 'vm list mysvc'],
  },
  (input) => {
    const service = input.args.service;
    if (service !== undefined) {
      return {
        summary: `List the VMs of ${service}`,
        steps: [step('get', `Read cloud service \`${service}\` with its deployments`, 'hostedServices.get', [service], { options: { embedDetail: true } })],
      };
    }
    return {
      summary: 'List VMs',
      steps: [
        step('services', 'List cloud services', 'hostedServices.list', []),
        step('details', 'Read each cloud service with its deployments', 'hostedServices.get', [{ $item: 'serviceName' }], {
          options: { embedDetail: true }, forEach: { step: 'services' },
        }),
      ],
    };
  },
  listView,
  (outcome) => {
    const last = lastResult(outcome);
    return ((Array.isArray(last) ? last : [last]) as HostedServiceWithDeployments[]).flatMap(vmsOf);
  },
);

const show = readCommand(
  {
    resource: 'vm', action: 'show', summary: 'Show a VM: state, size, addresses, disks.', risk: 'read',
    args: [vmArg], options: [serviceOption, deploymentOption], examples: ['vm show myvm'],
  },
  (input) => {
    const t = vmTarget(input);
    return {
      summary: `Show VM ${t.name}`,
      steps: [step('get', `Read deployment \`${t.deployment}\` of \`${t.service}\``, 'deployments.getByName', [t.service, t.deployment])],
    };
  },
  showView,
  theVm,
);

export const vmReads: readonly CommandSpec[] = [list, show];
