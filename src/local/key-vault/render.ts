import type { DeletedSecret, SecretVersion } from './vault-state.ts';

// Bodies as the SDK's deserializers read them (/work/shared/platform/key-vault.md §3). `id` carries
// the stand-in's own origin: the SDK derives name, version and vaultUrl from it.

const RECOVERY = { recoveryLevel: 'Recoverable+Purgeable', recoverableDays: 90 } as const;

function attributes(v: SecretVersion): Record<string, unknown> {
  return {
    enabled: v.enabled,
    ...(v.nbf === undefined ? {} : { nbf: v.nbf }),
    ...(v.exp === undefined ? {} : { exp: v.exp }),
    created: v.created,
    updated: v.updated,
    ...RECOVERY,
  };
}

export function secretItem(v: SecretVersion, origin: string, withVersion = true): Record<string, unknown> {
  return {
    id: withVersion ? `${origin}/secrets/${v.name}/${v.version}` : `${origin}/secrets/${v.name}`,
    attributes: attributes(v),
    ...(v.tags === undefined ? {} : { tags: v.tags }),
    ...(v.contentType === undefined ? {} : { contentType: v.contentType }),
    ...(v.certificateBacked ? { managed: true } : {}),
  };
}

export function secretBundle(v: SecretVersion, origin: string): Record<string, unknown> {
  return {
    value: v.value,
    ...secretItem(v, origin),
    ...(v.certificateBacked ? { kid: `${origin}/keys/${v.name}/${v.version}` } : {}),
    ...(v.previousVersion === undefined ? {} : { previousVersion: v.previousVersion }),
  };
}

/** A deleted secret's bundle carries no value (the service returns none either). */
export function deletedBundle(deleted: DeletedSecret, origin: string): Record<string, unknown> {
  const latest = deleted.versions.at(-1) as SecretVersion;
  const { value: _value, ...bundle } = secretBundle(latest, origin);
  return {
    ...bundle,
    recoveryId: `${origin}/deletedsecrets/${latest.name}`,
    deletedDate: deleted.deletedDate,
    scheduledPurgeDate: deleted.scheduledPurgeDate,
  };
}
