import { affinityGroupCommands } from './commands/affinity-group.ts';
import { deploymentChanges } from './commands/deployment-change.ts';
import { deploymentShow } from './commands/deployment-read.ts';
import { diskCommands } from './commands/disk.ts';
import { imageCommands } from './commands/image.ts';
import { locationCommands } from './commands/location.ts';
import { opCommands } from './commands/op.ts';
import { opList } from './commands/op-list.ts';
import { osCommands } from './commands/os.ts';
import { reservedIpCommands } from './commands/reserved-ip.ts';
import { reservedIpAssociation } from './commands/reserved-ip-assign.ts';
import { serviceCommands } from './commands/service.ts';
import { storageCommands } from './commands/storage.ts';
import { vmChanges } from './commands/vm-change.ts';
import { vmCreate } from './commands/vm-create.ts';
import { vmDiskAttach } from './commands/vm-disk-attach.ts';
import { vmDiskDetach } from './commands/vm-disk-detach.ts';
import { vmDiskList } from './commands/vm-disk-list.ts';
import { vmImageCommands } from './commands/vm-image.ts';
import { vmReads } from './commands/vm-read.ts';
import { vmSizeList } from './commands/vm-size.ts';
import { commandId } from './lookup.ts';
import { RESOURCES } from './resources.ts';
import type { Catalog, CommandSpec } from './types.ts';

export const COMMANDS: readonly CommandSpec[] = [
  ...locationCommands,
  ...serviceCommands,
  deploymentShow,
  ...deploymentChanges,
  ...storageCommands,
  ...affinityGroupCommands,
  ...osCommands,
  ...imageCommands,
  ...vmReads,
  vmCreate,
  ...vmChanges,
  vmDiskList,
  vmDiskAttach,
  vmDiskDetach,
  vmSizeList,
  ...vmImageCommands,
  ...diskCommands,
  ...reservedIpCommands,
  ...reservedIpAssociation,
  ...opCommands,
  opList,
];

/** Every command of the chat and the CLI: syntax, risk, plan, result and view. */
export const CATALOG: Catalog & { readonly commands: readonly CommandSpec[] } = { resources: RESOURCES, commands: COMMANDS };

export function commandSpec(id: string): CommandSpec | undefined {
  return COMMANDS.find((c) => commandId(c) === id);
}
