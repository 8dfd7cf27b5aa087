import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createKeyVaultSecretStore, KEY_VAULT_SECRET_ERROR_CODES as CODES, type KeyVaultSecretError } from '../../src/certificates/index.ts';
import { generatePassword, type SecretStore } from '../../src/commands/index.ts';
import { startKeyVault, type RunningKeyVault } from '../../src/local/key-vault/index.ts';
import { standInClient, standInClientOptions, testCredential } from '../local/key-vault/stand-in-client.ts';

const coded = (code: string, kind: string, value?: string) => (e: KeyVaultSecretError) => {
  assert.equal(e.code, code, e.message);
  assert.equal(e.kind, kind);
  assert.ok(e.hint.length > 0);
  if (value !== undefined) assert.ok(!`${e.message} ${e.hint}`.includes(value));
  return true;
};

describe('Key Vault SecretStore against the stand-in', () => {
  let vault: RunningKeyVault;
  let store: SecretStore;
  before(async () => {
    vault = await startKeyVault();
    store = createKeyVaultSecretStore({
      vaultUrl: vault.url, credential: testCredential(vault.token), clientOptions: standInClientOptions(vault), deletePollIntervalMs: 1,
    });
  });
  after(() => vault.close());

  it('set: text/plain, tags, expiry; the location is the secret id URL and never holds the value', async () => {
    const password = generatePassword();
    const expiresOn = new Date('2031-06-01T00:00:00Z');
    const stored = await store.set('job-42-web1-admin-password', password, { tags: { job: '42', vm: 'web1' }, expiresOn });
    assert.match(stored.version, /^[0-9a-f]{32}$/);
    assert.equal(stored.name, 'job-42-web1-admin-password');
    assert.equal(stored.location, `${vault.url}/secrets/job-42-web1-admin-password/${stored.version}`);
    assert.ok(!stored.location.includes(password));
    // Read back with the SDK itself: what the vault holds.
    const raw = await standInClient(vault).getSecret('job-42-web1-admin-password');
    assert.equal(raw.value, password);
    assert.equal(raw.properties.contentType, 'text/plain');
    assert.deepEqual(raw.properties.tags, { job: '42', vm: 'web1' });
    assert.equal(raw.properties.expiresOn?.toISOString(), expiresOn.toISOString());
  });

  it('get: the latest or a given version', async () => {
    const first = await store.set('rotated', 'value-one');
    await store.set('rotated', 'value-two', { contentType: 'application/octet-stream' });
    assert.equal(await store.get('rotated'), 'value-two');
    assert.equal(await store.get('rotated', { version: first.version }), 'value-one');
  });

  it('exists and delete; get of a missing secret is SECRET_NOT_FOUND; delete of a missing one is fine', async () => {
    await store.set('short-lived', 'v-123');
    assert.equal(await store.exists('short-lived'), true);
    await store.delete('short-lived');
    assert.equal(await store.exists('short-lived'), false);
    await assert.rejects(store.get('short-lived'), coded(CODES.NotFound, 'usage'));
    await store.delete('never-was');
  });

  it('a deleted name cannot be set again until purged: SECRET_NAME_TAKEN, the value not echoed', async () => {
    await store.set('reused', 'first-value');
    await store.delete('reused');
    await assert.rejects(store.set('reused', 'second-value-xyz'), coded(CODES.NameTaken, 'usage', 'second-value-xyz'));
  });

  it('no permission is an auth problem naming the role; an unreachable vault a service one', async () => {
    vault.admin.denyAccess('rbac');
    try {
      await assert.rejects(store.set('denied', 'pw-not-shown-1'), (e: KeyVaultSecretError) => coded(CODES.Forbidden, 'auth', 'pw-not-shown-1')(e) && /Secrets Officer/.test(e.hint));
      await assert.rejects(store.exists('denied'), coded(CODES.Forbidden, 'auth'));
    } finally {
      vault.admin.denyAccess(undefined);
    }
    vault.admin.setUnreachable(true);
    try {
      await assert.rejects(store.get('rotated'), coded(CODES.Unreachable, 'service'));
    } finally {
      vault.admin.setUnreachable(false);
    }
  });

  it('a disabled secret still exists', async () => {
    await store.set('disabled-one', 'x');
    vault.admin.disableSecret('disabled-one');
    assert.equal(await store.exists('disabled-one'), true);
  });
});
