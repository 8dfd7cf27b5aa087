import { changeCommand, readCommand } from '../change.ts';
import { arg, compact, opt, step } from '../define.ts';
import { affinityGroupName, location, oneOf, storageName, text } from '../values.ts';
import { fieldsDoc, listDoc } from '../../views/format.ts';
import type { CommandSpec } from '../types.ts';
import { exactlyOnePlacement } from './placement.ts';

interface StorageModel {
  readonly serviceName?: string;
  readonly url?: string;
  readonly storageServiceProperties?: {
    readonly location?: string; readonly affinityGroup?: string; readonly label?: string; readonly description?: string;
    readonly status?: string; readonly accountType?: string; readonly endpoints?: readonly string[]; readonly creationTime?: string;
  };
}

const STORAGE_TYPES = ['Standard_LRS', 'Standard_ZRS', 'Standard_GRS', 'Standard_RAGRS', 'Premium_LRS'] as const;
const name = {
  name: 'name', type: storageName, required: true, description: 'The storage account name (3–24 lowercase letters and digits, unique in Azure).',
};

export const storageCommands: readonly CommandSpec[] = [
  readCommand(
    { resource: 'storage', action: 'list', summary: 'List the storage accounts.', args: [], options: [], risk: 'read', examples: ['storage list'] },
    () => ({ summary: 'List storage accounts', steps: [step('list', 'List storage accounts', 'storageAccounts.list', [])] }),
    (result) => listDoc('Storage accounts', ['Name', 'Location', 'Type', 'Status'], (result as StorageModel[]).map((s) => {
      const p = s.storageServiceProperties;
      return [s.serviceName, p?.location ?? p?.affinityGroup, p?.accountType, p?.status];
    }), 'No storage accounts yet. Create one with `storage create <name> <location>`.'),
  ),
  readCommand(
    { resource: 'storage', action: 'show', summary: 'Show a storage account (never its keys).', args: [name], options: [], risk: 'read', examples: ['storage show mystore'] },
    (input) => ({
      summary: `Show storage account ${arg(input, 'name')}`,
      steps: [step('get', `Read storage account \`${arg(input, 'name')}\``, 'storageAccounts.get', [arg(input, 'name')])],
    }),
    (result) => {
      const s = result as StorageModel;
      const p = s.storageServiceProperties;
      return fieldsDoc(`Storage account ${s.serviceName ?? ''}`, [
        ['Location', p?.location], ['Affinity group', p?.affinityGroup], ['Type', p?.accountType], ['Status', p?.status], ['Label', p?.label],
        ['Description', p?.description], ['Created', p?.creationTime], ['Endpoints', p?.endpoints],
      ], { context: s.url ? [s.url] : [] });
    },
  ),
  changeCommand(
    {
      resource: 'storage', action: 'create', summary: 'Create a storage account in a location (or an affinity group).', risk: 'change',
      args: [name, { name: 'location', type: location, required: false, description: 'Where it lives, e.g. West US.' }],
      options: [
        { name: 'type', type: oneOf('storage account type', STORAGE_TYPES), description: 'Replication (default Standard_GRS).' },
        { name: 'affinity-group', type: affinityGroupName, valueName: 'name', description: 'Place it in this affinity group instead of a location.' },
        { name: 'label', type: text('label', 100), description: 'A label (default: the name).' },
        { name: 'description', type: text('description', 1024), description: 'A description.' },
      ],
      examples: ['storage create mystore West US', 'storage create mystore westus --type Standard_LRS'],
      check: exactlyOnePlacement,
    },
    (input) => {
      const where = input.args.location ?? `affinity group ${opt(input, 'affinity-group')}`;
      return {
        summary: `Create storage account ${arg(input, 'name')} in ${where}`,
        steps: [step('create', `Create storage account \`${arg(input, 'name')}\` in ${where}`, 'storageAccounts.create', [compact({
          serviceName: arg(input, 'name'), label: opt(input, 'label') ?? arg(input, 'name'), description: opt(input, 'description'),
          location: input.args.location, affinityGroup: opt(input, 'affinity-group'), accountType: opt(input, 'type') ?? 'Standard_GRS',
        })])],
      };
    },
  ),
  changeCommand(
    {
      resource: 'storage', action: 'delete', summary: 'Delete a storage account and all its data.', risk: 'destroy',
      args: [name], options: [], examples: ['storage delete mystore'],
    },
    (input) => ({
      summary: `Delete storage account ${arg(input, 'name')}`,
      steps: [step('delete', `Delete storage account \`${arg(input, 'name')}\``, 'storageAccounts.delete', [arg(input, 'name')])],
    }),
  ),
];
