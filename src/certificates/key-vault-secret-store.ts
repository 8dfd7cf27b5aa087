import type { SecretStore } from '../commands/index.ts';
import { lazySecretClient, type KeyVaultConnectionOptions } from './key-vault-client.ts';
import { secretStoreFailure } from './key-vault-secret-error.ts';

export interface KeyVaultSecretStoreOptions extends KeyVaultConnectionOptions {
  /** How often a delete is checked until the vault reports the secret deleted (default 2 s; the SDK's default). */
  readonly deletePollIntervalMs?: number;
}

const signalOf = (options?: { readonly abortSignal?: AbortSignal }) => (options?.abortSignal === undefined ? {} : { abortSignal: options.abortSignal });

/**
 * Generated secrets (VM passwords) as Key Vault secrets: `text/plain` unless said, tagged with who
 * and what they belong to, with an optional expiry. The location reported is the secret's id (the
 * URL of its version), never its value.
 */
export function createKeyVaultSecretStore(options: KeyVaultSecretStoreOptions): SecretStore {
  const client = lazySecretClient(options);
  const vaultUrl = options.vaultUrl.replace(/\/+$/, '');
  const isMissing = (error: unknown) => (error as { statusCode?: number }).statusCode === 404;
  return {
    async set(name, value, setOptions = {}) {
      try {
        const stored = await (await client()).setSecret(name, value, {
          contentType: setOptions.contentType ?? 'text/plain',
          ...(setOptions.tags === undefined ? {} : { tags: { ...setOptions.tags } }),
          ...(setOptions.expiresOn === undefined ? {} : { expiresOn: setOptions.expiresOn }),
          ...signalOf(setOptions),
        });
        return { name: stored.name, version: stored.properties.version ?? '', location: stored.properties.id ?? `${vaultUrl}/secrets/${stored.name}` };
      } catch (error) {
        throw secretStoreFailure(error, 'write', name, vaultUrl);
      }
    },
    async get(name, getOptions = {}) {
      try {
        const secret = await (await client()).getSecret(name, { ...(getOptions.version === undefined ? {} : { version: getOptions.version }), ...signalOf(getOptions) });
        return secret.value ?? '';
      } catch (error) {
        throw secretStoreFailure(error, 'read', name, vaultUrl);
      }
    },
    async exists(name, existsOptions) {
      try {
        await (await client()).getSecret(name, signalOf(existsOptions));
        return true;
      } catch (error) {
        if (isMissing(error)) return false;
        // A disabled secret exists: Key Vault answers 403 SecretDisabled to a read of it.
        const inner = (error as { details?: { error?: { innerError?: { code?: string } } } }).details?.error?.innerError?.code;
        if (inner === 'SecretDisabled') return true;
        throw secretStoreFailure(error, 'read', name, vaultUrl);
      }
    },
    async delete(name, deleteOptions) {
      try {
        const poller = await (await client()).beginDeleteSecret(name, {
          intervalInMs: options.deletePollIntervalMs ?? 2000,
          ...signalOf(deleteOptions),
        });
        await poller.pollUntilDone(signalOf(deleteOptions));
      } catch (error) {
        // Deleting what is not there leaves the vault as asked.
        if (isMissing(error)) return;
        throw secretStoreFailure(error, 'delete', name, vaultUrl);
      }
    },
  };
}
