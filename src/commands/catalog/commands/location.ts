import { readCommand } from '../change.ts';
import { step } from '../define.ts';
import { listDoc } from '../../views/format.ts';
import type { CommandSpec } from '../types.ts';

interface LocationModel {
  readonly name: string;
  readonly displayName?: string;
  readonly availableServices?: readonly string[];
}

const locationList = readCommand(
  {
    resource: 'location', action: 'list', summary: 'List the locations of the subscription.', args: [], options: [], risk: 'read',
    examples: ['location list'],
  },
  () => ({ summary: 'List locations', steps: [step('list', 'List locations', 'locations.list', [])] }),
  (result) => listDoc(
    'Locations',
    ['Name', 'Display name', 'Services'],
    (result as LocationModel[]).map((l) => [l.name, l.displayName, l.availableServices]),
    'No locations.',
  ),
);

export const locationCommands: readonly CommandSpec[] = [locationList];
