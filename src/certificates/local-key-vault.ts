import { readFileSync } from 'node:fs';
import type { AccessToken, TokenCredential } from '@azure/identity';
import type { SecretClientOptions } from '@azure/keyvault-secrets';
import { CertificateSourceError } from './certificate-source-error.ts';

/** The Key Vault connection pieces a local vault needs: its own CA and the token it accepts. */
export interface LocalKeyVaultOptions {
  readonly credential?: TokenCredential;
  readonly clientOptions?: SecretClientOptions;
}

/**
 * For `npm start` only: with `KEY_VAULT_LOCAL_CA_FILE` set (the local Key Vault stand-in's CA, PEM),
 * the SecretClient trusts that CA for itself alone (`tlsOptions`, nothing global), skips the
 * challenge's `vault.azure.net` resource check (the host is 127.0.0.1) and presents
 * `KEY_VAULT_LOCAL_TOKEN`, the stand-in's fixed local token, instead of an Azure identity.
 * Unset (every deployment): nothing changes. Spread the result into the Key Vault options.
 */
export function localKeyVaultOptions(env: Readonly<Record<string, string | undefined>>): LocalKeyVaultOptions {
  const caFile = env['KEY_VAULT_LOCAL_CA_FILE']?.trim();
  if (!caFile) return {};
  let ca: string;
  try {
    ca = readFileSync(caFile, 'utf8');
  } catch {
    throw new CertificateSourceError({
      code: 'KeyVaultUnreachable',
      message: `KEY_VAULT_LOCAL_CA_FILE names ${caFile}, which cannot be read.`,
      hint: 'Start the app with npm start (it writes this file), or remove KEY_VAULT_LOCAL_CA_FILE to use a real vault.',
    });
  }
  const token = env['KEY_VAULT_LOCAL_TOKEN']?.trim() || 'key-vault-stand-in-token';
  const credential: TokenCredential = { getToken: async (): Promise<AccessToken> => ({ token, expiresOnTimestamp: Date.now() + 3600_000 }) };
  return { credential, clientOptions: { disableChallengeResourceVerification: true, tlsOptions: { ca } } };
}
