// Error bodies as Key Vault sends them (/work/shared/platform/key-vault.md §4): the SDK turns
// `error.code` into RestError.code and keeps `innererror` in its details.

export interface VaultError {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly inner?: string;
}

export interface CallerFacts {
  readonly vaultName: string;
  readonly location: string;
  readonly tenantId: string;
  /** e.g. `appid=…;oid=…;iss=https://sts.windows.net/<tenant>/` */
  readonly caller: string;
}

export const vaultErrors = {
  missingToken: (): VaultError => ({ status: 401, code: 'Unauthorized', message: 'AKV10000: Request is missing a Bearer or PoP token.' }),
  // The wording of a rejected token is not in the platform notes; the status and code are those of a missing one.
  invalidToken: (): VaultError => ({ status: 401, code: 'Unauthorized', message: 'AKV10032: Invalid issuer or token. The token is not accepted by this vault.' }),
  secretNotFound: (name: string): VaultError => ({
    status: 404, code: 'SecretNotFound',
    message: `A secret with (name/id) ${name} was not found in this key vault. If you recently deleted this secret you may be able to recover it using the correct recovery command. For help resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125182`,
  }),
  deletedSecretNotFound: (name: string): VaultError => ({ status: 404, code: 'SecretNotFound', message: `Deleted Secret not found: ${name}` }),
  secretDisabled: (): VaultError => ({ status: 403, code: 'Forbidden', message: 'Operation get is not allowed on a disabled secret.', inner: 'SecretDisabled' }),
  forbiddenByRbac: (facts: CallerFacts, action: string, resource: string): VaultError => ({
    status: 403, code: 'Forbidden', inner: 'ForbiddenByRbac',
    message: [
      'Caller is not authorized to perform action on resource.',
      'If role assignments, deny assignments or role definitions were changed recently, please observe propagation time.',
      `Caller: ${facts.caller}`,
      `Action: 'Microsoft.KeyVault/vaults/secrets/${action}/action'`,
      `Resource: '/subscriptions/00000000-0000-0000-0000-000000000000/resourcegroups/local/providers/microsoft.keyvault/vaults/${facts.vaultName}/secrets/${resource}'`,
      'Assignment: (not found)',
      'DenyAssignmentId: null',
      "DecisionReason: 'DeniedWithNoValidRBAC' ",
      `Vault: ${facts.vaultName};location=${facts.location}`,
      '',
    ].join('\r\n'),
  }),
  accessPolicyDenied: (facts: CallerFacts, permission: string): VaultError => ({
    status: 403, code: 'Forbidden', inner: 'AccessDenied',
    message: `The user, group or application '${facts.caller}' does not have secrets ${permission} permission on key vault '${facts.vaultName};location=${facts.location}'. For help resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125287`,
  }),
  deletedButRecoverable: (name: string): VaultError => ({
    status: 409, code: 'Conflict', inner: 'ObjectIsDeletedButRecoverable',
    message: `Secret ${name} is currently in a deleted but recoverable state, and its name cannot be reused; in this state, the secret can only be recovered or purged.`,
  }),
  // The texts below are the stand-in's own: the notes give no wording for them.
  badParameter: (message: string): VaultError => ({ status: 400, code: 'BadParameter', message }),
  notFound: (path: string): VaultError => ({ status: 404, code: 'NotFound', message: `No operation of the secrets API matches ${path}.` }),
  methodNotAllowed: (method: string): VaultError => ({ status: 405, code: 'MethodNotAllowed', message: `The method ${method} is not allowed here.` }),
};

export function errorBody(error: VaultError): string {
  return JSON.stringify({ error: { code: error.code, message: error.message, ...(error.inner ? { innererror: { code: error.inner } } : {}) } });
}
