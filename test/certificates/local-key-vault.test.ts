import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKeyVaultCertificateSource, localKeyVaultOptions, type CertificateSourceError } from '../../src/certificates/index.ts';
import { startKeyVault, type RunningKeyVault } from '../../src/local/key-vault/index.ts';
import { getTestPki, toPfx } from '../helpers/pki.ts';
import { binding } from './support.ts';

const pki = getTestPki();
let vault: RunningKeyVault;
let dir: string;
before(async () => {
  vault = await startKeyVault({ token: 'local-token-for-this-test' });
  vault.admin.importCertificate('mgmt', { pfx: toPfx(pki.client, ''), password: '' });
  dir = await mkdtemp(join(tmpdir(), 'local-kv-'));
  await writeFile(join(dir, 'ca.pem'), vault.caPem);
});
after(async () => {
  await vault.close();
  await rm(dir, { recursive: true, force: true });
});

test('with KEY_VAULT_LOCAL_CA_FILE and KEY_VAULT_LOCAL_TOKEN the real SecretClient reads the local vault, trusting its CA for itself alone', async () => {
  const env = { KEY_VAULT_LOCAL_CA_FILE: join(dir, 'ca.pem'), KEY_VAULT_LOCAL_TOKEN: 'local-token-for-this-test' };
  const source = createKeyVaultCertificateSource({ vaultUrl: vault.url, ...localKeyVaultOptions(env) });
  const certificate = await source.get(binding('mgmt'));
  assert.equal(certificate.thumbprint, pki.client.thumbprint);
  // The CA is not trusted process-wide: a plain request to the vault still fails its TLS check.
  await assert.rejects(fetch(`${vault.url}/secrets/mgmt?api-version=7.5`), TypeError);
});

test('unset, nothing changes (a deployment); a CA file that cannot be read is a setup error that says what to do', () => {
  assert.deepEqual(localKeyVaultOptions({}), {});
  assert.deepEqual(localKeyVaultOptions({ KEY_VAULT_LOCAL_CA_FILE: '  ' }), {});
  assert.throws(() => localKeyVaultOptions({ KEY_VAULT_LOCAL_CA_FILE: join(dir, 'missing.pem') }), (error: CertificateSourceError) => {
    assert.equal(error.code, 'KeyVaultUnreachable');
    assert.match(error.message, /KEY_VAULT_LOCAL_CA_FILE/);
    assert.match(error.hint, /npm start/);
    return true;
  });
});
