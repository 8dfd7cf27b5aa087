import { readCommand } from '../change.ts';
import { lastResult, opt, step } from '../define.ts';
import { family } from '../values.ts';
import { listDoc } from '../../views/format.ts';
import type { CommandSpec } from '../types.ts';

interface OsModel {
  readonly version: string;
  readonly label?: string;
  readonly family?: number;
  readonly familyLabel?: string;
  readonly isDefault?: boolean;
  readonly isActive?: boolean;
}

interface FamilyModel {
  readonly name: string;
  readonly label?: string;
  readonly operatingSystems?: readonly OsModel[];
}

const osList = readCommand(
  {
    resource: 'os', action: 'list', summary: 'List the guest operating systems for cloud service roles.', args: [], risk: 'read',
    options: [{ name: 'family', type: family, valueName: 'n', description: 'Only this OS family (see `os families`).' }],
    examples: ['os list', 'os list --family 4'],
  },
  () => ({
    summary: 'List guest operating systems',
    steps: [step('list', 'List guest operating systems', 'operatingSystems.list', [])],
  }),
  (result) => listDoc(
    'Guest operating systems',
    ['Version', 'Family', 'Label', 'Default', 'Active'],
    (result as OsModel[]).map((o) => [o.version, o.familyLabel ?? o.family, o.label, o.isDefault, o.isActive]),
    'No operating systems match.',
  ),
  (outcome, input) => {
    const wanted = opt(input, 'family');
    const all = (lastResult(outcome) ?? []) as OsModel[];
    return wanted === undefined ? all : all.filter((o) => String(o.family) === wanted);
  },
);

const osFamilies = readCommand(
  {
    resource: 'os', action: 'families', summary: 'List the guest OS families.', args: [], options: [], risk: 'read',
    examples: ['os families'],
  },
  () => ({
    summary: 'List guest OS families',
    steps: [step('list', 'List guest OS families', 'operatingSystems.listFamilies', [])],
  }),
  (result) => listDoc(
    'Guest OS families',
    ['Family', 'Label', 'Versions'],
    (result as FamilyModel[]).map((f) => [f.name, f.label, (f.operatingSystems ?? []).length]),
    'No OS families.',
  ),
);

export const osCommands: readonly CommandSpec[] = [osList, osFamilies];
