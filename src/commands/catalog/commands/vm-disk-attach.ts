import { CommandError } from '../../command-error.ts';
import type { PlanContext, PlanDraft } from '../../plan/context.ts';
import { isNotFound } from '../../plan/error-info.ts';
import { changeCommand } from '../change.ts';
import { compact, opt, step } from '../define.ts';
import type { CommandInput, InputProblem } from '../types.ts';
import { oneOf, text } from '../values.ts';
import { diskName, lun as lunType, sizeGb } from './disk-values.ts';
import { lunOf, readVmDeployment, type VmRole } from './vm-disk-target.ts';
import { deploymentOption, describeTarget, serviceOption, vmArg, vmTarget } from './vm-values.ts';

const usage = (code: string, message: string, hint: string) => new CommandError({ code, kind: 'usage', message, hint });
const stamp = (now: Date) => now.toISOString().replace(/[-:T]/g, '').slice(0, 14);

function oneSource(input: CommandInput): InputProblem | undefined {
  const size = input.args['size-gb'] !== undefined;
  const disk = opt(input, 'disk') !== undefined;
  if (size && disk) return { code: 'CONFLICTING_OPTIONS', message: 'Give a size for a new disk or --disk for an existing one, not both.', hint: 'e.g. `vm disk attach myvm 10` or `vm disk attach myvm --disk mydisk`.' };
  if (!size && !disk) return { code: 'MISSING_ARGUMENT', message: 'Say which disk to attach: a size in GB for a new empty disk, or --disk with a free disk.', hint: 'e.g. `vm disk attach myvm 10`; `disk list` shows the free disks.' };
  return undefined;
}

/** LUNs run from 0 to the size's data disk count minus one; the lowest free one unless --lun says. */
async function chooseLun(role: VmRole, input: CommandInput, context: PlanContext): Promise<number> {
  const sizes = await context.client!.subscription.listRoleSizes(context.abortSignal ? { abortSignal: context.abortSignal } : {});
  const max = sizes.find((s) => s.name.toLowerCase() === (role.roleSize ?? '').toLowerCase())?.maxDataDiskCount ?? 64;
  const used = new Set((role.dataVirtualHardDisks ?? []).map(lunOf));
  const asked = opt(input, 'lun');
  if (asked !== undefined) {
    const lun = Number(asked);
    if (lun >= max) throw usage('LUN_OUT_OF_RANGE', `A ${role.roleSize ?? ''} VM takes data disks at LUNs 0 to ${max - 1}, not ${lun}.`, 'Pick a lower --lun, or resize the VM.');
    if (used.has(lun)) throw usage('LUN_TAKEN', `LUN ${lun} of VM ${role.roleName} already has a disk.`, `See \`vm disk list ${role.roleName}\`; leave out --lun to take the first free one.`);
    return lun;
  }
  for (let lun = 0; lun < max; lun++) if (!used.has(lun)) return lun;
  throw usage('NO_FREE_LUN', `VM ${role.roleName} already has as many data disks as its size (${role.roleSize ?? '?'}) takes: ${used.size}.`,
    `Detach one (\`vm disk detach ${role.roleName} --lun <n>\`) or resize the VM.`);
}

/** A free data disk of the repository, or a usage error saying why not. */
async function freeDisk(name: string, context: PlanContext) {
  try {
    const disk = await context.client!.disks.get(name, context.abortSignal ? { abortSignal: context.abortSignal } : {});
    if (disk.os) throw usage('NOT_A_DATA_DISK', `Disk ${disk.name} is an OS disk (${disk.os}); only data disks can be attached.`, 'See `disk list` for the data disks.');
    if (disk.attachedTo?.roleName) throw usage('DISK_ATTACHED', `Disk ${disk.name} is attached to VM ${disk.attachedTo.roleName} already.`, `Detach it there first (\`vm disk list ${disk.attachedTo.roleName}\`).`);
    return disk;
  } catch (error) {
    if (!isNotFound(error)) throw error;
    throw usage('DISK_NOT_FOUND', `There is no disk named ${name}.`, 'See `disk list` for the disks of the subscription.');
  }
}

/** A new disk's VHD goes next to the VM's OS disk (same account and container). */
function newVhd(role: VmRole, lun: number, context: PlanContext): string {
  const name = `${role.roleName}-data-${lun}-${stamp(context.now?.() ?? new Date())}.vhd`;
  const os = role.osVirtualHardDisk?.mediaLink;
  if (os !== undefined && URL.canParse(os)) return new URL(name, os).href;
  const account = context.settings.vm.vhdStorageAccount;
  if (account !== undefined) return `https://${account}.blob.core.windows.net/${context.settings.vm.vhdContainer}/${name}`;
  throw usage('NO_VHD_LOCATION', `VM ${role.roleName} has no OS disk VHD to put the new disk next to.`, 'Set ASM_VHD_STORAGE_ACCOUNT, or attach an existing disk with --disk.');
}

async function plan(input: CommandInput, context: PlanContext): Promise<PlanDraft> {
  const t = vmTarget(input);
  const existing = opt(input, 'disk');
  const size = input.args['size-gb'];
  const what = existing !== undefined ? `disk ${existing}` : `a new ${size} GB disk`;
  if (context.client === undefined) {
    return { summary: `Attach ${what} to VM ${t.name}`, steps: [], notes: [`Resolved when the command runs: it reads VM ${t.name}, picks ${opt(input, 'lun') === undefined ? 'its first free LUN' : `LUN ${opt(input, 'lun')}`} and attaches ${what}.`] };
  }
  const { role } = await readVmDeployment(context.client, input, context.abortSignal);
  const disk = existing === undefined ? undefined : await freeDisk(existing, context);
  const lun = await chooseLun(role, input, context);
  const mediaLink = disk === undefined ? newVhd(role, lun, context) : undefined;
  const args = compact({
    lun, diskName: disk?.name, logicalDiskSizeInGB: size === undefined ? undefined : Number(size), mediaLink,
    hostCaching: opt(input, 'caching'), diskLabel: opt(input, 'label'),
  });
  const title = disk === undefined ? `Attach a new ${size} GB data disk to ${describeTarget(t)} at LUN ${lun}` : `Attach disk \`${disk.name}\` to ${describeTarget(t)} at LUN ${lun}`;
  return {
    summary: `Attach ${disk === undefined ? `a new ${size} GB disk` : `disk ${disk.name}`} to VM ${role.roleName}`,
    steps: [step('attach', title, 'dataDisks.add', [t.service, t.deployment, role.roleName, args])],
    notes: [disk === undefined ? `The new disk's VHD: ${mediaLink ?? ''}.` : `Disk ${disk.name}${disk.mediaLink ? ` (${disk.mediaLink})` : ''} is attached as it is.`],
  };
}

export const vmDiskAttach = changeCommand(
  {
    resource: 'vm disk', action: 'attach', risk: 'change',
    summary: 'Attach a data disk to a VM: a new empty one of <size-gb>, or a free disk with --disk.',
    details: 'The disk goes to the first free LUN (or --lun); the VM\'s size sets how many data disks it takes. A new disk\'s VHD is created next to the VM\'s OS disk.',
    args: [vmArg, { name: 'size-gb', type: sizeGb, required: false, description: 'Size of a new empty disk in GB (1–1023).' }],
    options: [
      { name: 'disk', type: diskName, valueName: 'name', description: 'Attach this free data disk (see `disk list`) instead of a new one.' },
      { name: 'lun', type: lunType, valueName: 'n', description: 'The logical unit number (default: the first free one).' },
      { name: 'caching', type: oneOf('host caching', ['None', 'ReadOnly', 'ReadWrite']), description: 'Host caching (default None).' },
      { name: 'label', type: text('label', 100), description: 'A label for the disk.' },
      serviceOption, deploymentOption,
    ],
    examples: ['vm disk attach myvm 10', 'vm disk attach myvm --disk olddata-0-201605110943 --lun 2'],
    check: oneSource,
  },
  plan,
);
