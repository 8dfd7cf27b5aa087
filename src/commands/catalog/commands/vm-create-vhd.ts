import { CommandError } from '../../command-error.ts';
import type { PlanContext } from '../../plan/context.ts';
import { locationKey } from '../../parse/locations.ts';

const stamp = (date: Date) => date.toISOString().replace(/[-:T]/g, '').slice(0, 14);

/**
 * Where the VM's OS disk goes: the configured storage account, or else an account of the
 * subscription in the VM's location (a VHD must live in the same location as its VM).
 */
export async function osDiskLink(location: string, blob: string, context: PlanContext): Promise<{ readonly mediaLink: string; readonly note?: string }> {
  const { vhdStorageAccount, vhdContainer } = context.settings.vm;
  const name = `${blob}-${stamp(context.now?.() ?? new Date())}.vhd`;
  if (vhdStorageAccount !== undefined) return { mediaLink: `https://${vhdStorageAccount}.blob.core.windows.net/${vhdContainer}/${name}` };
  if (context.client === undefined) {
    return { mediaLink: `https://<storage-account-in-${locationKey(location)}>.blob.core.windows.net/${vhdContainer}/${name}`, note: 'The OS disk goes to a storage account of the subscription in the same location, chosen when the command runs.' };
  }
  const accounts = await context.client.storageAccounts.list(context.abortSignal ? { abortSignal: context.abortSignal } : {});
  const here = accounts.find((a) => a.serviceName !== undefined && locationKey(a.storageServiceProperties?.location ?? '') === locationKey(location)
    && (a.storageServiceProperties?.status ?? 'Created') === 'Created');
  if (here === undefined) {
    throw new CommandError({
      code: 'NO_VHD_STORAGE', kind: 'usage',
      message: `The VM's disk needs a storage account in ${location}, and the subscription has none there.`,
      hint: `Create one first (\`storage create <name> ${location}\`), or configure the account for VM disks (ASM_VHD_STORAGE_ACCOUNT).`,
    });
  }
  const blobEndpoint = here.storageServiceProperties?.endpoints?.find((e) => /\.blob\./i.test(e)) ?? `https://${here.serviceName}.blob.core.windows.net/`;
  return { mediaLink: `${blobEndpoint.replace(/\/?$/, '/')}${vhdContainer}/${name}`, note: `The OS disk goes to storage account ${here.serviceName}.` };
}
