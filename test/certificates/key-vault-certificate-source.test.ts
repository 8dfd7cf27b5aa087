import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { CredentialUnavailableError } from '@azure/identity';
import { CERTIFICATE_SOURCE_ERROR_CODES as CODES, type CertificateSourceError } from '../../src/certificates/index.ts';
import { startKeyVault, type RunningKeyVault } from '../../src/local/key-vault/index.ts';
import { getTestPki, publishSettingsCertificate, toPem, toPfx, toPublishSettings20 } from '../helpers/pki.ts';
import { binding, OTHER_SUBSCRIPTION, readsOf, standInSource, SUBSCRIPTION } from './support.ts';

const pki = getTestPki();
const isCode = (code: string, check: (e: CertificateSourceError) => void = () => {}) => (error: CertificateSourceError) => {
  assert.equal(error.name, 'CertificateSourceError');
  assert.equal(error.code, code, error.message);
  assert.ok(error.hint.length > 0);
  check(error);
  return true;
};

describe('Key Vault certificate source, through the real SecretClient against the stand-in', () => {
  let vault: RunningKeyVault;
  before(async () => {
    vault = await startKeyVault();
    vault.admin.importCertificate('mgmt-pfx', { pfx: toPfx(pki.client, 'pfx-pw'), password: 'pfx-pw' });
    vault.admin.importCertificate('mgmt-pem', { pem: toPem(pki.client) }, { contentType: 'application/x-pem-file' });
    vault.admin.setSecret('plain-pem', toPem(pki.client, { keyFirst: true }));
    vault.admin.setSecret('plain-settings', toPublishSettings20([
      { id: OTHER_SUBSCRIPTION, name: 'Other', certificate: publishSettingsCertificate(pki.ecClient) },
      { id: SUBSCRIPTION, name: 'Ours', certificate: publishSettingsCertificate(pki.client), url: 'https://asm.example.test' },
    ]), { contentType: 'application/xml' });
  });
  after(() => vault.close());

  it('a Key Vault certificate as PKCS#12 (no password) and as PEM; plain secrets holding PEM or publish settings', async () => {
    const source = standInSource(vault);
    for (const name of ['mgmt-pfx', 'mgmt-pem', 'plain-pem']) {
      const certificate = await source.get(binding(name));
      assert.equal(certificate.thumbprint, pki.client.thumbprint, name);
    }
    const fromSettings = await source.get(binding('plain-settings'));
    assert.equal(fromSettings.thumbprint, pki.client.thumbprint);
    assert.equal(fromSettings.subscriptionId, SUBSCRIPTION);
    assert.equal(fromSettings.serviceManagementUrl, 'https://asm.example.test');
  });

  it('the certificate never shows its key: not in JSON, inspect, or string form', async () => {
    const certificate = await standInSource(vault).get(binding('mgmt-pfx'));
    const body = certificate.privateKeyPem.split('\n')[1] as string;
    assert.ok(body.length > 20);
    for (const shown of [JSON.stringify(certificate), inspect(certificate, { depth: 5, showHidden: true }), String(certificate), `${certificate}`]) {
      assert.ok(!shown.includes(body) && !shown.includes('PRIVATE KEY'), shown);
    }
  });

  it('secret not found; an impossible name', async () => {
    await assert.rejects(standInSource(vault).get(binding('no-such-cert')), isCode(CODES.SecretNotFound, (e) => {
      assert.equal(e.statusCode, 404);
      assert.match(e.message, /no-such-cert/);
      assert.match(e.hint, /az keyvault certificate import/);
    }));
    await assert.rejects(standInSource(vault).get(binding('certs/mgmt.pfx')), isCode(CODES.SecretNotFound));
  });

  it('no permission: names the role the identity lacks (RBAC) or the access-policy permission', async () => {
    try {
      vault.admin.denyAccess('rbac');
      await assert.rejects(standInSource(vault).get(binding('mgmt-pfx')), isCode(CODES.NoPermission, (e) => {
        assert.equal(e.statusCode, 403);
        assert.match(e.message, /Key Vault Secrets User/);
        assert.match(e.message, /oid=/, 'says which identity');
        assert.match(e.hint, /Assign the role "Key Vault Secrets User"/);
      }));
      vault.admin.denyAccess('access-policy');
      await assert.rejects(standInSource(vault).get(binding('mgmt-pfx')), isCode(CODES.NoPermission, (e) => assert.match(e.hint, /access policy/)));
    } finally {
      vault.admin.denyAccess(undefined);
    }
  });

  it('a disabled secret', async () => {
    vault.admin.setSecret('off-cert', toPem(pki.client));
    vault.admin.disableSecret('off-cert');
    await assert.rejects(standInSource(vault).get(binding('off-cert')), isCode(CODES.SecretDisabled));
  });

  it('vault unreachable', async () => {
    vault.admin.setUnreachable(true);
    try {
      await assert.rejects(standInSource(vault).get(binding('mgmt-pfx')), isCode(CODES.VaultUnreachable, (e) => assert.equal(e.statusCode, undefined)));
    } finally {
      vault.admin.setUnreachable(false);
    }
  });

  it('no token for the vault: the identity is named as the thing to fix', async () => {
    const credential = { getToken: async () => { throw new CredentialUnavailableError('ManagedIdentityCredential: no managed identity endpoint found.'); } };
    await assert.rejects(standInSource(vault, { credential }).get(binding('mgmt-pfx')), isCode(CODES.VaultAuthenticationFailed, (e) => assert.match(e.hint, /managed identity/)));
  });

  it('wrong content type, and a plain secret that is no certificate; the value is never echoed', async () => {
    vault.admin.setSecret('json-cert', '{"value":"hunter2-not-shown"}', { contentType: 'application/json' });
    vault.admin.setSecret('password-only', 'hunter2-not-shown');
    for (const name of ['json-cert', 'password-only']) {
      await assert.rejects(standInSource(vault).get(binding(name)), isCode(CODES.WrongContentType, (e) => {
        assert.ok(!JSON.stringify({ m: e.message, h: e.hint, d: e.details }).includes('hunter2'));
      }));
    }
  });

  it('a PKCS#12 secret stored with a password: says Key Vault certificates carry none', async () => {
    vault.admin.setSecret('pw-pfx', Buffer.from(toPfx(pki.client, 'stored-pw')).toString('base64'), { contentType: 'application/x-pkcs12' });
    await assert.rejects(standInSource(vault).get(binding('pw-pfx')), isCode(CODES.PasswordRequired, (e) => assert.match(e.hint, /carry no password/)));
  });

  it('expired and not-yet-valid certificates, by the injected clock and by the certificate itself', async () => {
    vault.admin.importCertificate('old-cert', { pem: toPem(pki.expiredClient) });
    await assert.rejects(standInSource(vault).get(binding('old-cert')), isCode(CODES.Expired, (e) => assert.match(e.hint, /new version/)));
    vault.admin.importCertificate('future-cert', { pem: toPem(pki.notYetValidClient) });
    await assert.rejects(standInSource(vault).get(binding('future-cert')), isCode(CODES.NotYetValid));
    const later = new Date(pki.client.notAfter.getTime() + 1000);
    await assert.rejects(standInSource(vault, { now: () => later }).get(binding('mgmt-pfx')), isCode(CODES.Expired));
  });

  it('publish settings for another subscription than the binding’s', async () => {
    const stranger = '00000000-0000-0000-0000-00000000dead';
    await assert.rejects(standInSource(vault).get(binding('plain-settings', stranger)), isCode(CODES.SubscriptionMismatch, (e) => {
      assert.match(e.message, new RegExp(stranger));
      assert.match(e.message, /^Secret plain-settings in /);
    }));
  });

  it('cached per binding: a second get reads nothing; another binding reads its own', async () => {
    let now = pki.client.notBefore.getTime() + 24 * 3600 * 1000;
    const source = standInSource(vault, { cacheTtlMs: 60_000, now: () => new Date(now) });
    vault.admin.clearRequests();
    const first = await source.get(binding('mgmt-pem'));
    const again = await source.get(binding('mgmt-pem'));
    assert.equal(again, first);
    assert.equal(readsOf(vault, 'mgmt-pem'), 1);
    await source.get(binding('mgmt-pem', OTHER_SUBSCRIPTION));
    assert.equal(readsOf(vault, 'mgmt-pem'), 2);
    now += 60_001;
    await source.get(binding('mgmt-pem'));
    assert.equal(readsOf(vault, 'mgmt-pem'), 3, 'read again once the time is up');
  });

  it('rotation: a new version in the vault is used after invalidate, without a new source', async () => {
    vault.admin.importCertificate('rotating', { pem: toPem(pki.client) });
    const source = standInSource(vault, { cacheTtlMs: 3_600_000 });
    assert.equal((await source.get(binding('rotating'))).thumbprint, pki.client.thumbprint);
    vault.admin.importCertificate('rotating', { pem: toPem(pki.strangerClient) });
    assert.equal((await source.get(binding('rotating'))).thumbprint, pki.client.thumbprint, 'still cached');
    source.invalidate(binding('rotating'));
    assert.equal((await source.get(binding('rotating'))).thumbprint, pki.strangerClient.thumbprint);
  });
});
