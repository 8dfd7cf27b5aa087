import { randomInt } from 'node:crypto';
import type { PlanContext } from '../../plan/context.ts';
import { locationKey } from '../../parse/locations.ts';

export interface OsDiskLink {
  readonly mediaLink: string;
  readonly note?: string;
  /** No account in the location can hold the disk: the plan creates this one first. */
  readonly newAccount?: string;
}

interface AccountModel {
  readonly serviceName?: string;
  readonly storageServiceProperties?: { readonly location?: string; readonly status?: string; readonly endpoints?: readonly string[] };
}

const stamp = (date: Date) => date.toISOString().replace(/[-:T]/g, '').slice(0, 14);

/** A created account in the location (a VHD must live in the same location as its VM). */
const isUsableIn = (location: string) => (a: AccountModel): boolean => a.serviceName !== undefined
  && locationKey(a.storageServiceProperties?.location ?? '') === locationKey(location)
  && (a.storageServiceProperties?.status ?? 'Created') === 'Created';

const SUFFIX = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A new account name as the classic portal made them: `portalvhds` and a random suffix (3–24 lowercase letters and digits). */
export function newVhdAccountName(taken: readonly string[] = []): string {
  for (;;) {
    const name = `portalvhds${Array.from({ length: 12 }, () => SUFFIX[randomInt(SUFFIX.length)]).join('')}`;
    if (!taken.includes(name)) return name;
  }
}

/**
 * Where the VM's OS disk goes: the configured storage account, or else an account of the
 * subscription in the VM's location.
 */
export async function osDiskLink(location: string, blob: string, context: PlanContext): Promise<OsDiskLink> {
  const { vhdStorageAccount, vhdContainer } = context.settings.vm;
  const name = `${blob}-${stamp(context.now?.() ?? new Date())}.vhd`;
  if (vhdStorageAccount !== undefined) return { mediaLink: `https://${vhdStorageAccount}.blob.core.windows.net/${vhdContainer}/${name}` };
  if (context.client === undefined) {
    return {
      mediaLink: `https://<storage-account-in-${locationKey(location)}>.blob.core.windows.net/${vhdContainer}/${name}`,
      note: 'The OS disk goes to a storage account of the subscription in the same location, chosen when the command runs.',
    };
  }
  const accounts: readonly AccountModel[] = await context.client.storageAccounts.list(
    context.abortSignal ? { abortSignal: context.abortSignal } : {},
  );
  const here = accounts.find(isUsableIn(location));
  if (here === undefined) {
    const account = newVhdAccountName(accounts.flatMap((a) => (a.serviceName ? [a.serviceName] : [])));
    return {
      mediaLink: `https://${account}.blob.core.windows.net/${vhdContainer}/${name}`,
      note: `The subscription has no storage account in ${location} for the OS disk: the plan creates storage account ${account} there first.`,
      newAccount: account,
    };
  }
  const blobEndpoint = here.storageServiceProperties?.endpoints?.find((e) => /\.blob\./i.test(e))
    ?? `https://${here.serviceName}.blob.core.windows.net/`;
  return {
    mediaLink: `${blobEndpoint.replace(/\/?$/, '/')}${vhdContainer}/${name}`,
    note: `The OS disk goes to storage account ${here.serviceName}.`,
  };
}
