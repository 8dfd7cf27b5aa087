import { hintFor } from './certificate-hints.ts';
import { CERTIFICATE_SOURCE_ERROR_CODES as CODES, CertificateSourceError } from './certificate-source-error.ts';

interface RestLike {
  readonly name?: string;
  readonly code?: string;
  readonly statusCode?: number;
  readonly message?: string;
  readonly details?: { error?: { innerError?: { code?: string } } };
}

const IDENTITY_ERRORS = new Set(['CredentialUnavailableError', 'AuthenticationError', 'AggregateAuthenticationError', 'AuthenticationRequiredError']);
const SECRETS_USER = 'Key Vault Secrets User';

const firstLine = (text: string | undefined) => (text ?? '').split(/\r?\n/)[0]?.slice(0, 300) ?? '';
// The caller line of a 403 names the identity (app id and object id): what an administrator needs to grant the role.
const callerOf = (message: string | undefined) => /Caller: ([^\r\n]+)/.exec(message ?? '')?.[1] ?? /application '([^']+)'/.exec(message ?? '')?.[1];

/**
 * What a failed Key Vault read means for a person: which of the stable codes, and what to do.
 * Abort errors pass through unchanged.
 */
export function keyVaultFailure(error: unknown, secret: string, vaultUrl: string): unknown {
  const e = (typeof error === 'object' && error !== null ? error : {}) as RestLike;
  if (e.name === 'AbortError') return error;
  const where = `secret ${secret} in ${vaultUrl}`;
  const make = (code: (typeof CODES)[keyof typeof CODES], message: string, hint = hintFor(code, 'key-vault')) =>
    new CertificateSourceError({ code, message, hint, ...(e.statusCode === undefined ? {} : { statusCode: e.statusCode }), details: { vaultUrl, secret }, cause: error });
  if (e.name !== undefined && IDENTITY_ERRORS.has(e.name)) {
    return make(CODES.VaultAuthenticationFailed, `No token for Key Vault could be obtained to read ${where}: ${firstLine(e.message)}`);
  }
  const inner = e.details?.error?.innerError?.code;
  switch (e.statusCode) {
    case 404:
      return make(CODES.SecretNotFound, `Key Vault has no ${where}.`);
    case 401:
      return make(CODES.VaultAuthenticationFailed, `Key Vault refused the token presented to read ${where} (401 ${e.code ?? ''}).`);
    case 403: {
      if (inner === 'SecretDisabled') return make(CODES.SecretDisabled, `The ${where} is disabled.`);
      const caller = callerOf(e.message);
      const who = caller ? `The identity (${caller})` : 'The identity the app runs as';
      if (inner === 'AccessDenied') {
        return make(CODES.NoPermission, `${who} may not read the ${where}: the vault's access policies give it no "get" permission on secrets.`,
          'Add an access policy for this identity with the secret permission "get" (or switch the vault to Azure RBAC and assign Key Vault Secrets User).');
      }
      return make(CODES.NoPermission, `${who} may not read the ${where}: it lacks the role ${SECRETS_USER} (Key Vault answered 403 ${inner ?? e.code ?? 'Forbidden'}).`,
        `Assign the role "${SECRETS_USER}" to this identity on the vault or on the secret (role assignments take a few minutes to apply).`);
    }
    default: {
      if (e.statusCode === undefined || e.statusCode >= 500) {
        const why = e.statusCode === undefined ? firstLine(e.message) || (e.code ?? 'no answer') : `HTTP ${e.statusCode} ${e.code ?? ''}`.trim();
        return make(CODES.VaultUnreachable, `Key Vault could not be reached to read the ${where} (${why}).`);
      }
      // Any other answer: the vault is there but did not serve the read; the code says so only loosely.
      return make(CODES.VaultUnreachable, `Key Vault did not serve the ${where}: HTTP ${e.statusCode} ${e.code ?? ''} ${firstLine(e.message)}`.trim());
    }
  }
}
