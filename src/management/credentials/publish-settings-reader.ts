import { createRequire } from 'node:module';
import type * as FastXmlParser from 'fast-xml-parser';

// The CommonJS build is one bundled file (a few ms to load; the ES module build costs 50–120 ms).
const { XMLParser, XMLValidator } = createRequire(import.meta.url)('fast-xml-parser') as typeof FastXmlParser;
import { certificateErrors } from './certificate-errors.ts';

export interface PublishSettingsSubscription {
  id: string;
  name?: string;
  serviceManagementUrl?: string;
  /** Base64 PKCS#12 with an empty password. */
  managementCertificate: string;
}

type Attributes = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseAttributeValue: false,
  isArray: (name) => name === 'PublishProfile' || name === 'Subscription',
});

/** Reads schema 1.0 (certificate and Url on PublishProfile) and 2.0 (both on each Subscription). */
export function readPublishSettings(xmlText: string): PublishSettingsSubscription[] {
  const text = xmlText.replace(/^\uFEFF/, '');
  if (text.trim() === '' || XMLValidator.validate(text) !== true) {
    throw certificateErrors.publishSettingsInvalid('the text is not well-formed XML');
  }
  const root = (parser.parse(text) as { PublishData?: { PublishProfile?: Attributes[] } }).PublishData;
  const profiles = root?.PublishProfile;
  if (!Array.isArray(profiles)) throw certificateErrors.publishSettingsInvalid('there is no PublishData/PublishProfile element');
  const subscriptions = profiles.flatMap((profile) => readProfile(profile));
  if (subscriptions.length === 0) throw certificateErrors.publishSettingsInvalid('it lists no subscription');
  return subscriptions;
}

/** How a subscription is named to a person: its id, and its name when the file gives one. */
export const describeSubscription = (s: { readonly id: string; readonly name?: string }): string => (s.name ? `${s.id} (${s.name})` : s.id);

/**
 * The subscriptions a publish settings file lists (id and name), to tell whether a choice is needed;
 * none when the file cannot be read (loading the certificate then says why).
 */
export function listPublishSettingsSubscriptions(xmlText: string): { id: string; name?: string }[] {
  try {
    return readPublishSettings(xmlText).map(({ id, name }) => (name === undefined ? { id } : { id, name }));
  } catch {
    return [];
  }
}

/** Picks the subscription with this id (case-insensitive), or the first one. */
export function selectSubscription(
  subscriptions: readonly PublishSettingsSubscription[],
  subscriptionId?: string,
): PublishSettingsSubscription {
  if (subscriptionId === undefined) return subscriptions[0] as PublishSettingsSubscription;
  const wanted = subscriptionId.trim().toLowerCase();
  const found = subscriptions.find((s) => s.id.toLowerCase() === wanted);
  if (found === undefined) {
    throw certificateErrors.subscriptionNotFound(subscriptionId, subscriptions.map(describeSubscription));
  }
  return found;
}

function readProfile(profile: Attributes): PublishSettingsSubscription[] {
  const list = Array.isArray(profile.Subscription) ? (profile.Subscription as Attributes[]) : [];
  return list.map((subscription) => {
    const id = text(subscription.Id);
    const certificate = text(subscription.ManagementCertificate) ?? text(profile.ManagementCertificate);
    if (id === undefined) throw certificateErrors.publishSettingsInvalid('a Subscription element has no Id');
    if (certificate === undefined) throw certificateErrors.publishSettingsInvalid(`subscription ${id} has no ManagementCertificate`);
    const url = text(subscription.ServiceManagementUrl) ?? text(profile.Url);
    const name = text(subscription.Name);
    return {
      id,
      managementCertificate: certificate,
      ...(name === undefined ? {} : { name }),
      ...(url === undefined ? {} : { serviceManagementUrl: url.replace(/\/+$/, '') }),
    };
  });
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
