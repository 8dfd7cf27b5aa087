// How a real SecretClient is pointed at the stand-in: a stub TokenCredential handing out the
// stand-in's token, the challenge resource check off (the host is 127.0.0.1, not *.vault.azure.net),
// and the stand-in's CA trusted for this client only through the pipeline's `tlsOptions.ca`.
import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/identity';
import { SecretClient, type SecretClientOptions } from '@azure/keyvault-secrets';
import type { RunningKeyVault } from '../../../src/local/key-vault/index.ts';

export interface RecordingCredential extends TokenCredential {
  readonly calls: Array<{ scopes: string[]; tenantId?: string }>;
}

export function testCredential(token: string): RecordingCredential {
  const calls: Array<{ scopes: string[]; tenantId?: string }> = [];
  return {
    calls,
    async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken> {
      calls.push({ scopes: [scopes].flat(), ...(options?.tenantId ? { tenantId: options.tenantId } : {}) });
      return { token, expiresOnTimestamp: Date.now() + 3600_000 };
    },
  };
}

export function standInClientOptions(vault: RunningKeyVault): SecretClientOptions {
  return {
    disableChallengeResourceVerification: true,
    tlsOptions: { ca: vault.caPem },
    // A dropped connection is retried with back-off by default; tests want the failure at once.
    retryOptions: { maxRetries: 0 },
  };
}

export function standInClient(vault: RunningKeyVault, credential: TokenCredential = testCredential(vault.token)): SecretClient {
  return new SecretClient(vault.url, credential, standInClientOptions(vault));
}
