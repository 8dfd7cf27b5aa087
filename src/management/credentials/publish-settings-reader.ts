import { parseXml, type XmlElement } from '../../wire/index.ts';
import { certificateErrors } from './certificate-errors.ts';

export interface PublishSettingsSubscription {
  id: string;
  name?: string;
  serviceManagementUrl?: string;
  /** Base64 PKCS#12 with an empty password. */
  managementCertificate: string;
}

/** Reads schema 1.0 (certificate and Url on PublishProfile) and 2.0 (both on each Subscription). */
export function readPublishSettings(xmlText: string): PublishSettingsSubscription[] {
  let root: XmlElement;
  try {
    root = parseXml(xmlText.replace(/^\uFEFF/, ''));
  } catch {
    throw certificateErrors.publishSettingsInvalid('the text is not well-formed XML');
  }
  const profiles = root.name === 'PublishData' ? root.children.filter((child) => child.name === 'PublishProfile') : [];
  if (profiles.length === 0) throw certificateErrors.publishSettingsInvalid('there is no PublishData/PublishProfile element');
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

function readProfile(profileElement: XmlElement): PublishSettingsSubscription[] {
  const profile = profileElement.attributes;
  const list = profileElement.children.filter((child) => child.name === 'Subscription').map((child) => child.attributes);
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
