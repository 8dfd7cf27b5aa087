import type { TokenCredential } from '@azure/identity';
import type { SecretClient, SecretClientOptions } from '@azure/keyvault-secrets';

export interface KeyVaultConnectionOptions {
  /** e.g. `https://my-vault.vault.azure.net` */
  readonly vaultUrl: string;
  /** Default: DefaultAzureCredential (managed identity in Azure, the developer's sign-in locally). */
  readonly credential?: TokenCredential;
  /** Client id of a user-assigned managed identity for the default credential; default `AZURE_CLIENT_ID`. */
  readonly managedIdentityClientId?: string;
  /** Passed to SecretClient (retries, `tlsOptions`, `disableChallengeResourceVerification` for a stand-in). */
  readonly clientOptions?: SecretClientOptions;
}

/**
 * One SecretClient, made on first use: `@azure/keyvault-secrets` and `@azure/identity` are imported
 * only then, so importing this module costs nothing on paths that never read Key Vault.
 */
export function lazySecretClient(options: KeyVaultConnectionOptions): () => Promise<SecretClient> {
  let client: Promise<SecretClient> | undefined;
  const create = async (): Promise<SecretClient> => {
    const { SecretClient: Client } = await import('@azure/keyvault-secrets');
    const credential = options.credential ?? await defaultCredential(options.managedIdentityClientId ?? process.env.AZURE_CLIENT_ID);
    return new Client(options.vaultUrl, credential, options.clientOptions ?? {});
  };
  return () => {
    client ??= create().catch((error: unknown) => {
      client = undefined;
      throw error;
    });
    return client;
  };
}

async function defaultCredential(managedIdentityClientId: string | undefined): Promise<TokenCredential> {
  const { DefaultAzureCredential } = await import('@azure/identity');
  return new DefaultAzureCredential(managedIdentityClientId ? { managedIdentityClientId } : {});
}
