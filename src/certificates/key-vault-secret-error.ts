/** Codes shared with the CLI's file store where they mean the same (`SECRET_NOT_FOUND`). */
export const KEY_VAULT_SECRET_ERROR_CODES = {
  NotFound: 'SECRET_NOT_FOUND',
  NameTaken: 'SECRET_NAME_TAKEN',
  Forbidden: 'SECRET_STORE_FORBIDDEN',
  Unreachable: 'SECRET_STORE_UNREACHABLE',
  Refused: 'SECRET_NOT_STORED',
} as const;

export type KeyVaultSecretErrorCode = (typeof KEY_VAULT_SECRET_ERROR_CODES)[keyof typeof KEY_VAULT_SECRET_ERROR_CODES];

/** A Key Vault secret store call failed. Never carries a secret's value. */
export class KeyVaultSecretError extends Error {
  override readonly name = 'KeyVaultSecretError';
  readonly code: KeyVaultSecretErrorCode;
  readonly hint: string;
  /** How the command layer counts it: `auth` for permissions, `service` for the vault, `usage` for a name. */
  readonly kind: 'usage' | 'service' | 'auth';
  readonly statusCode?: number;

  constructor(init: { code: KeyVaultSecretErrorCode; message: string; hint: string; kind: 'usage' | 'service' | 'auth'; statusCode?: number; cause?: unknown }) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.hint = init.hint;
    this.kind = init.kind;
    if (init.statusCode !== undefined) this.statusCode = init.statusCode;
  }
}

interface RestLike {
  readonly name?: string;
  readonly statusCode?: number;
  readonly code?: string;
  readonly details?: { error?: { innerError?: { code?: string } } };
}

/** Turns a SecretClient failure into a KeyVaultSecretError (abort errors pass through). */
export function secretStoreFailure(error: unknown, action: 'read' | 'write' | 'delete', name: string, vaultUrl: string): unknown {
  const e = (typeof error === 'object' && error !== null ? error : {}) as RestLike;
  if (e.name === 'AbortError') return error;
  const where = `secret ${name} in ${vaultUrl}`;
  const status = e.statusCode === undefined ? {} : { statusCode: e.statusCode };
  const C = KEY_VAULT_SECRET_ERROR_CODES;
  if (e.statusCode === 404) {
    return new KeyVaultSecretError({ code: C.NotFound, kind: 'usage', ...status, cause: error, message: `Key Vault has no ${where}.`, hint: 'Check the name: it is the one the job reported when it stored the secret.' });
  }
  if (e.statusCode === 409) {
    return new KeyVaultSecretError({ code: C.NameTaken, kind: 'usage', ...status, cause: error,
      message: `The ${where} was deleted and is kept as recoverable; its name cannot be used until it is purged or recovered.`,
      hint: 'Recover it (az keyvault secret recover) or purge it (az keyvault secret purge), or use another name.' });
  }
  if (e.statusCode === 401 || e.statusCode === 403) {
    const role = action === 'read' ? 'Key Vault Secrets User (or Officer)' : 'Key Vault Secrets Officer';
    return new KeyVaultSecretError({ code: C.Forbidden, kind: 'auth', ...status, cause: error,
      message: `The app's identity may not ${action} the ${where} (HTTP ${e.statusCode} ${e.details?.error?.innerError?.code ?? e.code ?? ''}).`.replace(/ \)/, ')'),
      hint: `Assign the role ${role} on the vault to the identity the app runs as.` });
  }
  if (e.statusCode === undefined || e.statusCode >= 500 || (e.name !== undefined && /Credential|Authentication/.test(e.name))) {
    return new KeyVaultSecretError({ code: C.Unreachable, kind: 'service', ...status, cause: error,
      message: `Key Vault could not be reached to ${action} the ${where}.`, hint: 'Check the vault URL and the network, then retry.' });
  }
  return new KeyVaultSecretError({ code: C.Refused, kind: 'service', ...status, cause: error,
    message: `Key Vault refused to ${action} the ${where} (HTTP ${e.statusCode} ${e.code ?? ''}).`.replace(/ \)/, ')'),
    hint: 'Check the name (letters, digits and hyphens), the tags (at most 15) and the value (at most 25 KB).' });
}
