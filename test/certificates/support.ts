import type { TokenCredential } from '@azure/identity';
import { createKeyVaultCertificateSource, type KeyVaultCertificateSourceOptions } from '../../src/certificates/index.ts';
import type { JobBinding } from '../../src/jobs/index.ts';
import type { RunningKeyVault } from '../../src/local/key-vault/index.ts';
import { standInClientOptions, testCredential } from '../local/key-vault/stand-in-client.ts';

export const SUBSCRIPTION = '11111111-2222-3333-4444-555555555555';
export const OTHER_SUBSCRIPTION = '99999999-2222-3333-4444-555555555555';

export const binding = (certificate: string, subscriptionId = SUBSCRIPTION): JobBinding => ({ subscriptionId, certificate });

/** A Key Vault certificate source reading the stand-in through the real SecretClient. */
export function standInSource(vault: RunningKeyVault, options: Partial<KeyVaultCertificateSourceOptions> & { credential?: TokenCredential } = {}) {
  return createKeyVaultCertificateSource({
    vaultUrl: vault.url,
    credential: testCredential(vault.token),
    clientOptions: standInClientOptions(vault),
    cacheTtlMs: 0,
    ...options,
  });
}

/** The GETs of one secret the stand-in answered (the challenge round trip excluded). */
export const readsOf = (vault: RunningKeyVault, name: string) =>
  vault.admin.requests().filter((r) => r.method === 'GET' && r.path.toLowerCase().startsWith(`/secrets/${name.toLowerCase()}/`) && r.authorized).length;
