import { XMLParser } from 'fast-xml-parser';

export interface ListedSubscription {
  readonly id: string;
  readonly name?: string;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseAttributeValue: false,
  isArray: (name) => name === 'PublishProfile' || name === 'Subscription',
});

type Node = Record<string, unknown>;

/**
 * The subscriptions a `.publishsettings` lists (id and name only), to tell whether a choice is
 * needed; reading the certificate, and every check of the file, stays with ManagementCertificate.
 */
export function listPublishSettingsSubscriptions(xmlText: string): ListedSubscription[] {
  let root: Node | undefined;
  try {
    root = (parser.parse(xmlText.replace(/^\uFEFF/, '')) as { PublishData?: Node }).PublishData;
  } catch {
    return [];
  }
  const profiles = Array.isArray(root?.PublishProfile) ? (root.PublishProfile as Node[]) : [];
  return profiles.flatMap((profile) => (Array.isArray(profile.Subscription) ? (profile.Subscription as Node[]) : []))
    .flatMap((s) => (typeof s.Id === 'string' && s.Id.trim() !== ''
      ? [{ id: s.Id.trim(), ...(typeof s.Name === 'string' && s.Name.trim() !== '' ? { name: s.Name.trim() } : {}) }]
      : []));
}

export const describeSubscription = (s: ListedSubscription): string => (s.name ? `${s.id} (${s.name})` : s.id);
