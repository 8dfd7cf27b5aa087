import type { SubscriptionRecord } from '../persistence/index.ts';

type Json = Record<string, unknown>;

/** The storage account a blob URL lives in (`https://<account>.blob.core.windows.net/...`). */
function accountOfBlob(link: unknown): string | undefined {
  if (typeof link !== 'string') return undefined;
  try {
    return new URL(link).hostname.split('.')[0]?.toLowerCase();
  } catch {
    return undefined;
  }
}

/** The disks of the subscription's VMs and its user images, by name, with the VHD each lives in. */
function disksAndImages(subscription: SubscriptionRecord): { name: string; mediaLink: unknown }[] {
  const roles = Object.values(subscription.hostedServices).flatMap((service) => Object.values(service.deployments)).flatMap((d) => d.roles);
  const disks = roles.flatMap((role) => {
    const os = role['osVirtualHardDisk'] as Json | undefined;
    const data = (role['dataVirtualHardDisks'] as Json[] | undefined) ?? [];
    return [...(os ? [os] : []), ...data].map((disk) => ({ name: String(disk['diskName'] ?? role.roleName), mediaLink: disk['mediaLink'] }));
  });
  const images = [...Object.values(subscription.osImages), ...Object.values(subscription.vmImages)].map((image) => ({ name: image.name, mediaLink: image.mediaLink }));
  return [...disks, ...images];
}

/** The first disk or image whose VHD is in the account: the service refuses to delete an account in use. */
export function firstDiskIn(subscription: SubscriptionRecord, account: string): string | undefined {
  return disksAndImages(subscription).find((d) => accountOfBlob(d.mediaLink) === account.toLowerCase())?.name;
}
