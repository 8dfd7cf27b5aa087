import type { Location, RoleSize } from '../../../management/index.ts';
import type { PlanOutcome } from '../../plan/outcome.ts';
import { listDoc } from '../../views/format.ts';
import { readCommand } from '../change.ts';
import { step } from '../define.ts';
import type { CommandInput, CommandSpec } from '../types.ts';
import { location } from '../values.ts';

const resultOf = (outcome: PlanOutcome, id: string): unknown => outcome.steps.find((s) => s.id === id)?.result;

/** The VM sizes of the subscription; with a location, those it offers (its compute capabilities). */
function vmSizes(outcome: PlanOutcome, input: CommandInput): RoleSize[] {
  const sizes = ((resultOf(outcome, 'sizes') ?? []) as RoleSize[]).filter((s) => s.supportedByVirtualMachines !== false);
  const where = input.args.location;
  if (where === undefined) return sizes;
  const found = ((resultOf(outcome, 'locations') ?? []) as Location[]).find((l) => [l.name, l.displayName].some((n) => n?.toLowerCase() === where.toLowerCase()));
  const offered = new Set(found?.computeCapabilities?.virtualMachinesRoleSizes ?? []);
  return sizes.filter((s) => offered.has(s.name));
}

const gb = (mb: number | undefined) => (mb === undefined ? undefined : Math.round(mb / 1024));

export const vmSizeList: CommandSpec = readCommand(
  {
    resource: 'vm size', action: 'list', summary: 'List the VM sizes (role sizes): cores, memory, data disks; of one location if given.', risk: 'read',
    args: [{ name: 'location', type: location, required: false, description: 'Only the sizes this location offers.' }], options: [],
    examples: ['vm size list', 'vm size list West US'],
  },
  (input) => {
    const where = input.args.location;
    const sizes = step('sizes', 'List the role sizes', 'subscription.listRoleSizes', []);
    return where === undefined
      ? { summary: 'List VM sizes', steps: [sizes] }
      : { summary: `List the VM sizes of ${where}`, steps: [step('locations', 'List locations and their sizes', 'locations.list', []), sizes] };
  },
  (result, input) => listDoc(input.args.location === undefined ? 'VM sizes' : `VM sizes in ${input.args.location}`,
    ['Name', 'Label', 'Cores', 'Memory (GB)', 'Data disks', 'Temp disk (GB)'], (result as RoleSize[]).map((s) => [
      s.name, s.label, s.cores, s.memoryInMb === undefined ? undefined : (s.memoryInMb / 1024).toFixed(2).replace(/\.?0+$/, ''), s.maxDataDiskCount, gb(s.virtualMachineResourceDiskSizeInMb),
    ]), input.args.location === undefined ? 'No VM sizes.' : `No VM sizes in ${input.args.location}; see \`location list\`.`),
  vmSizes,
);
