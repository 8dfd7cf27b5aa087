import { changeCommand, readCommand } from '../change.ts';
import { arg, compact, opt, step } from '../define.ts';
import { affinityGroupName, location, text } from '../values.ts';
import { fieldsDoc, listDoc } from '../../views/format.ts';
import type { CommandSpec } from '../types.ts';

interface MemberModel {
  readonly serviceName?: string;
  readonly url?: string;
}

interface GroupModel {
  readonly name: string;
  readonly label?: string;
  readonly description?: string;
  readonly location?: string;
  readonly hostedServices?: readonly MemberModel[];
  readonly storageServices?: readonly MemberModel[];
  readonly capabilities?: readonly string[];
}

const name = { name: 'name', type: affinityGroupName, required: true, description: 'The affinity group name.' };
const nameOf = (s: MemberModel) => s.serviceName ?? s.url?.split('/').pop();

const groupList = readCommand(
  {
    resource: 'affinity-group', action: 'list', summary: 'List the affinity groups.', args: [], options: [], risk: 'read',
    examples: ['affinity-group list'],
  },
  () => ({ summary: 'List affinity groups', steps: [step('list', 'List affinity groups', 'affinityGroups.list', [])] }),
  (result) => listDoc(
    'Affinity groups',
    ['Name', 'Location', 'Label', 'Description'],
    (result as GroupModel[]).map((g) => [g.name, g.location, g.label, g.description]),
    'No affinity groups. Create one with `affinity-group create <name> <location>`.',
  ),
);

const groupShow = readCommand(
  {
    resource: 'affinity-group', action: 'show', summary: 'Show an affinity group and what is in it.', args: [name], options: [],
    risk: 'read', examples: ['affinity-group show myag'],
  },
  (input) => ({
    summary: `Show affinity group ${arg(input, 'name')}`,
    steps: [step('get', `Read affinity group \`${arg(input, 'name')}\``, 'affinityGroups.get', [arg(input, 'name')])],
  }),
  (result) => {
    const g = result as GroupModel;
    return fieldsDoc(`Affinity group ${g.name}`, [
      ['Location', g.location],
      ['Label', g.label],
      ['Description', g.description],
      ['Capabilities', g.capabilities],
      ['Cloud services', (g.hostedServices ?? []).map(nameOf)],
      ['Storage accounts', (g.storageServices ?? []).map(nameOf)],
    ]);
  },
);

const groupCreate = changeCommand(
  {
    resource: 'affinity-group', action: 'create', summary: 'Create an affinity group in a location.', risk: 'change',
    args: [name, { name: 'location', type: location, required: true, description: 'Where its resources live, e.g. West US.' }],
    options: [
      { name: 'description', type: text('description', 1024), description: 'A description.' },
      { name: 'label', type: text('label', 100), description: 'A label (default: the name).' },
    ],
    examples: ['affinity-group create myag West US --description "Web tier"'],
  },
  (input) => {
    const group = arg(input, 'name');
    const where = arg(input, 'location');
    const body = compact({ name: group, label: opt(input, 'label') ?? group, description: opt(input, 'description'), location: where });
    return {
      summary: `Create affinity group ${group} in ${where}`,
      steps: [step('create', `Create affinity group \`${group}\` in ${where}`, 'affinityGroups.create', [body])],
    };
  },
);

const groupDelete = changeCommand(
  {
    resource: 'affinity-group', action: 'delete', summary: 'Delete an affinity group (it must be empty).', risk: 'destroy',
    args: [name], options: [], examples: ['affinity-group delete myag'],
  },
  (input) => ({
    summary: `Delete affinity group ${arg(input, 'name')}`,
    steps: [step('delete', `Delete affinity group \`${arg(input, 'name')}\``, 'affinityGroups.delete', [arg(input, 'name')])],
  }),
);

export const affinityGroupCommands: readonly CommandSpec[] = [groupList, groupShow, groupCreate, groupDelete];
