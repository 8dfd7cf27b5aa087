import { deletedBundle, secretBundle, secretItem } from './render.ts';
import { vaultErrors, type VaultError } from './vault-errors.ts';
import type { SecretPatch, VaultState } from './vault-state.ts';

export interface ApiReply {
  readonly status: number;
  readonly body?: unknown;
  readonly error?: VaultError;
}

/** The data-plane permission a request needs: the RBAC action name and the access-policy permission. */
export interface Permission {
  readonly action: string;
  readonly policy: string;
}

const NAME = /^[0-9a-zA-Z-]{1,127}$/;
const MAX_VALUE_BYTES = 25 * 1024;

export function permissionOf(method: string, segments: readonly string[]): Permission {
  const listing = segments.length === 1 || segments[2] === 'versions';
  if (method === 'GET') return listing ? { action: 'readMetadata', policy: 'list' } : { action: 'getSecret', policy: 'get' };
  if (method === 'PUT') return { action: 'setSecret', policy: 'set' };
  if (method === 'DELETE') return segments[0] === 'deletedsecrets' ? { action: 'purge', policy: 'purge' } : { action: 'delete', policy: 'delete' };
  if (method === 'POST') return { action: 'recover', policy: 'recover' };
  return { action: 'update', policy: 'set' };
}

const fail = (error: VaultError): ApiReply => ({ status: error.status, error });
const ok = (body: unknown, status = 200): ApiReply => ({ status, body });

/** Dispatches `/secrets…` and `/deletedsecrets…` requests (path split on `/`, query removed). */
export function handleSecrets(method: string, segments: readonly string[], body: unknown, state: VaultState, origin: string): ApiReply {
  const [collection, name, third, fourth] = segments;
  if (fourth !== undefined && fourth !== '') return fail(vaultErrors.notFound(`/${segments.join('/')}`));
  if (name !== undefined && name !== '' && !NAME.test(name)) {
    return fail(vaultErrors.badParameter(`The secret name ${name} is invalid: use 1-127 letters, digits and hyphens.`));
  }
  if (collection === 'deletedsecrets') return deletedSecrets(method, name, third, state, origin);
  if (name === undefined || name === '') {
    return method === 'GET' ? ok({ value: state.latest().map((v) => secretItem(v, origin, false)), nextLink: null }) : fail(vaultErrors.methodNotAllowed(method));
  }
  const version = third === '' ? undefined : third;
  if (version === 'versions') {
    if (method !== 'GET') return fail(vaultErrors.methodNotAllowed(method));
    const versions = state.versions(name);
    return versions === undefined ? fail(vaultErrors.secretNotFound(name)) : ok({ value: versions.map((v) => secretItem(v, origin)), nextLink: null });
  }
  switch (method) {
    case 'GET': {
      const found = state.get(name, version);
      if (found === undefined) return fail(vaultErrors.secretNotFound(name));
      return found.enabled ? ok(secretBundle(found, origin)) : fail(vaultErrors.secretDisabled());
    }
    case 'PUT':
      return version === undefined ? setSecret(name, body, state, origin) : fail(vaultErrors.methodNotAllowed(method));
    case 'PATCH': {
      const updated = version === undefined ? undefined : state.update(name, version, patchOf(body));
      return updated === undefined ? fail(vaultErrors.secretNotFound(name)) : ok(secretBundle(updated, origin));
    }
    case 'DELETE': {
      if (version !== undefined) return fail(vaultErrors.methodNotAllowed(method));
      const deleted = state.delete(name);
      return deleted === undefined ? fail(vaultErrors.secretNotFound(name)) : ok(deletedBundle(deleted, origin));
    }
    default:
      return fail(vaultErrors.methodNotAllowed(method));
  }
}

function deletedSecrets(method: string, name: string | undefined, third: string | undefined, state: VaultState, origin: string): ApiReply {
  if (name === undefined || name === '') return method === 'GET' ? ok({ value: [], nextLink: null }) : fail(vaultErrors.methodNotAllowed(method));
  if (third === 'recover' && method === 'POST') {
    const recovered = state.recover(name);
    return recovered === undefined ? fail(vaultErrors.deletedSecretNotFound(name)) : ok(secretBundle(recovered, origin));
  }
  const deleted = state.deleted(name);
  if (deleted === undefined) return fail(vaultErrors.deletedSecretNotFound(name));
  if (method === 'GET') return ok(deletedBundle(deleted, origin));
  if (method === 'DELETE') {
    state.purge(name);
    return { status: 204 };
  }
  return fail(vaultErrors.methodNotAllowed(method));
}

interface SetBody {
  value?: unknown;
  contentType?: unknown;
  tags?: unknown;
  attributes?: { enabled?: unknown; nbf?: unknown; exp?: unknown };
}

function setSecret(name: string, body: unknown, state: VaultState, origin: string): ApiReply {
  const input = (body ?? {}) as SetBody;
  if (typeof input.value !== 'string') return fail(vaultErrors.badParameter('The request body must carry the secret value.'));
  if (Buffer.byteLength(input.value) > MAX_VALUE_BYTES) return fail(vaultErrors.badParameter('A secret value is at most 25 KB.'));
  if (state.isDeleted(name)) return fail(vaultErrors.deletedButRecoverable(name));
  const created = state.set(name, { value: input.value, ...patchOf(body) });
  return ok(secretBundle(created, origin));
}

function patchOf(body: unknown): SecretPatch {
  const input = (body ?? {}) as SetBody;
  const attributes = input.attributes ?? {};
  return {
    ...(typeof input.contentType === 'string' ? { contentType: input.contentType } : {}),
    ...(typeof input.tags === 'object' && input.tags !== null ? { tags: input.tags as Record<string, string> } : {}),
    ...(typeof attributes.enabled === 'boolean' ? { enabled: attributes.enabled } : {}),
    ...(typeof attributes.nbf === 'number' ? { nbf: attributes.nbf } : {}),
    ...(typeof attributes.exp === 'number' ? { exp: attributes.exp } : {}),
  };
}
