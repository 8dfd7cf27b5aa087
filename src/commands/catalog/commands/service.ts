import { changeCommand, readCommand } from '../change.ts';
import { arg, compact, flag, opt, step } from '../define.ts';
import { affinityGroupName, cloudServiceName, location, text } from '../values.ts';
import { fieldsDoc, listDoc } from '../../views/format.ts';
import type { CommandSpec } from '../types.ts';
import { exactlyOnePlacement } from './placement.ts';

interface ServiceModel {
  readonly serviceName: string;
  readonly url?: string;
  readonly hostedServiceProperties?: {
    readonly location?: string; readonly affinityGroup?: string; readonly label?: string;
    readonly status?: string; readonly description?: string; readonly dateCreated?: string;
  };
  readonly deployments?: readonly { readonly name: string; readonly deploymentSlot?: string; readonly status?: string }[];
}

const name = {
  name: 'name', type: cloudServiceName, required: true, description: 'The cloud service name (also its DNS name, <name>.cloudapp.net).',
};

export const serviceCommands: readonly CommandSpec[] = [
  readCommand(
    { resource: 'service', action: 'list', summary: 'List the cloud services.', args: [], options: [], risk: 'read', examples: ['service list'] },
    () => ({ summary: 'List cloud services', steps: [step('list', 'List cloud services', 'hostedServices.list', [])] }),
    (result) => listDoc('Cloud services', ['Name', 'Location', 'Status', 'Label'], (result as ServiceModel[]).map((s) => {
      const p = s.hostedServiceProperties;
      return [s.serviceName, p?.location ?? p?.affinityGroup, p?.status, p?.label];
    }), 'No cloud services yet. Create one with `service create <name> <location>`.'),
  ),
  readCommand(
    { resource: 'service', action: 'show', summary: 'Show a cloud service and its deployments.', args: [name], options: [], risk: 'read', examples: ['service show mysvc'] },
    (input) => ({
      summary: `Show cloud service ${arg(input, 'name')}`,
      steps: [step('get', `Read cloud service \`${arg(input, 'name')}\``, 'hostedServices.get', [arg(input, 'name')], { options: { embedDetail: true } })],
    }),
    (result) => {
      const s = result as ServiceModel;
      const p = s.hostedServiceProperties;
      return fieldsDoc(`Cloud service ${s.serviceName}`, [
        ['Location', p?.location], ['Affinity group', p?.affinityGroup], ['Status', p?.status], ['Label', p?.label],
        ['Description', p?.description], ['Created', p?.dateCreated],
        ['Deployments', (s.deployments ?? []).map((d) => `${d.name} (${d.deploymentSlot ?? '?'}, ${d.status ?? '?'})`)],
      ], { context: s.url ? [s.url] : [] });
    },
  ),
  changeCommand(
    {
      resource: 'service', action: 'create', summary: 'Create a cloud service in a location (or an affinity group).', risk: 'change',
      args: [name, { name: 'location', type: location, required: false, description: 'Where it runs, e.g. West US.' }],
      options: [
        { name: 'label', type: text('label', 100), description: 'A label (default: the name).' },
        { name: 'description', type: text('description', 1024), description: 'A description.' },
        { name: 'affinity-group', type: affinityGroupName, valueName: 'name', description: 'Place it in this affinity group instead of a location.' },
      ],
      examples: ['service create mysvc West US', 'service create mysvc --affinity-group myag --label "My service"'],
      check: exactlyOnePlacement,
    },
    (input) => {
      const where = input.args.location ?? `affinity group ${opt(input, 'affinity-group')}`;
      return {
        summary: `Create cloud service ${arg(input, 'name')} in ${where}`,
        steps: [step('create', `Create cloud service \`${arg(input, 'name')}\` in ${where}`, 'hostedServices.create', [compact({
          serviceName: arg(input, 'name'), label: opt(input, 'label') ?? arg(input, 'name'), description: opt(input, 'description'),
          location: input.args.location, affinityGroup: opt(input, 'affinity-group'),
        })])],
      };
    },
  ),
  changeCommand(
    {
      resource: 'service', action: 'delete', summary: 'Delete a cloud service (it must have no deployments).', risk: 'destroy', args: [name],
      options: [{ name: 'purge', description: 'Also delete its deployments, their disks and VHD blobs.' }],
      examples: ['service delete mysvc', 'service delete mysvc --purge'],
    },
    (input) => ({
      summary: `Delete cloud service ${arg(input, 'name')}${flag(input, 'purge') ? ' with everything in it' : ''}`,
      steps: [step('delete', `Delete cloud service \`${arg(input, 'name')}\``, 'hostedServices.delete', [arg(input, 'name')], {
        options: { complete: flag(input, 'purge') },
      })],
    }),
  ),
];
