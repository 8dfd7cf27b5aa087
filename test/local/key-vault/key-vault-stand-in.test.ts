import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RestError } from '@azure/core-rest-pipeline';
import { startKeyVault, type RunningKeyVault } from '../../../src/local/key-vault/index.ts';
import { getTestPki, toPem, toPfx } from '../../helpers/pki.ts';
import { standInClient, testCredential } from './stand-in-client.ts';

const HEX32 = /^[0-9a-f]{32}$/;
const innerCode = (error: unknown) => ((error as RestError).details as { error?: { innerError?: { code?: string } } } | undefined)?.error?.innerError?.code;

describe('Key Vault stand-in, driven by the real SecretClient', () => {
  let vault: RunningKeyVault;
  const now = new Date('2030-01-02T03:04:05Z');

  before(async () => {
    vault = await startKeyVault({ now: () => now });
  });
  after(() => vault.close());

  it('answers the first request with the bearer challenge, then accepts the token; the body is re-sent', async () => {
    vault.admin.clearRequests();
    const credential = testCredential(vault.token);
    const client = standInClient(vault, credential);
    const set = await client.setSecret('first-one', 's3cret-value', { contentType: 'text/plain', tags: { job: 'j1' } });
    const [challenge, accepted] = vault.admin.requests();
    assert.deepEqual(challenge, { method: 'PUT', path: '/secrets/first-one', status: 401, authorized: false });
    assert.deepEqual(accepted, { method: 'PUT', path: '/secrets/first-one', status: 200, authorized: true });
    assert.deepEqual(credential.calls, [{ scopes: ['https://vault.azure.net/.default'], tenantId: vault.tenantId }]);
    assert.equal(set.value, 's3cret-value');
    assert.equal(set.properties.vaultUrl, vault.url);
    assert.match(set.properties.version ?? '', HEX32);
    assert.equal(set.properties.id, `${vault.url}/secrets/first-one/${set.properties.version}`);
    assert.deepEqual(set.properties.tags, { job: 'j1' });
    assert.equal(set.properties.createdOn?.toISOString(), '2030-01-02T03:04:05.000Z');
    await client.getSecret('first-one');
    assert.equal(vault.admin.requests().length, 3, 'the token is sent directly from then on');
  });

  it('a wrong token is 401 Unauthorized', async () => {
    const client = standInClient(vault, testCredential('not-the-token'));
    await assert.rejects(client.getSecret('first-one'), (error: RestError) => error.statusCode === 401 && error.code === 'Unauthorized');
  });

  it('versions: latest by default (trailing-slash form), any by id, listed; names case-insensitive; expiry and nbf in Unix seconds', async () => {
    const client = standInClient(vault);
    const v1 = await client.setSecret('Rotating', 'one');
    const v2 = await client.setSecret('rotating', 'two', { expiresOn: new Date('2031-01-01T00:00:00Z'), notBefore: new Date('2029-01-01T00:00:00Z') });
    assert.equal((await client.getSecret('ROTATING')).value, 'two');
    assert.equal((await client.getSecret('rotating', { version: v1.properties.version as string })).value, 'one');
    assert.equal(v2.properties.name, 'Rotating', 'the name keeps its first spelling');
    assert.equal(v2.properties.expiresOn?.toISOString(), '2031-01-01T00:00:00.000Z');
    assert.equal(v2.properties.notBefore?.toISOString(), '2029-01-01T00:00:00.000Z');
    const versions = [];
    for await (const properties of client.listPropertiesOfSecretVersions('rotating')) versions.push(properties.version);
    assert.deepEqual(versions, [v1.properties.version, v2.properties.version]);
    assert.ok(vault.admin.requests().some((r) => r.method === 'GET' && r.path === '/secrets/ROTATING/'));
  });

  it('404 SecretNotFound with the service text', async () => {
    const client = standInClient(vault);
    await assert.rejects(client.getSecret('nothing-here'), (error: RestError) => {
      assert.equal(error.statusCode, 404);
      assert.equal(error.code, 'SecretNotFound');
      assert.match(error.message, /A secret with \(name\/id\) nothing-here was not found in this key vault/);
      return true;
    });
  });

  it('delete: the poller finishes on /deletedsecrets, the name is then taken (409 ObjectIsDeletedButRecoverable) until purged', async () => {
    const client = standInClient(vault);
    await client.setSecret('doomed', 'x');
    const poller = await client.beginDeleteSecret('doomed', { intervalInMs: 1 });
    const deleted = await poller.pollUntilDone();
    assert.equal(deleted.recoveryId, `${vault.url}/deletedsecrets/doomed`);
    assert.ok(vault.admin.requests().some((r) => r.method === 'GET' && r.path === '/deletedsecrets/doomed' && r.status === 200));
    await assert.rejects(client.getSecret('doomed'), { statusCode: 404 });
    await assert.rejects(client.setSecret('doomed', 'again'), (error: RestError) => error.statusCode === 409 && error.code === 'Conflict' && innerCode(error) === 'ObjectIsDeletedButRecoverable');
    await client.purgeDeletedSecret('doomed');
    assert.equal((await client.setSecret('doomed', 'again')).value, 'again');
  });

  it('update of properties (PATCH) and 403 SecretDisabled on a disabled secret', async () => {
    const client = standInClient(vault);
    const set = await client.setSecret('switch', 'v');
    const updated = await client.updateSecretProperties('switch', set.properties.version as string, { enabled: false, tags: { a: 'b' } });
    assert.equal(updated.enabled, false);
    await assert.rejects(client.getSecret('switch'), (error: RestError) => {
      assert.equal(error.statusCode, 403);
      assert.equal(error.message, 'Operation get is not allowed on a disabled secret.');
      assert.equal(innerCode(error), 'SecretDisabled');
      return true;
    });
  });

  it('denied access: 403 Forbidden in the words of an RBAC vault or an access-policy vault', async () => {
    const client = standInClient(vault);
    try {
      vault.admin.denyAccess('rbac');
      await assert.rejects(client.getSecret('first-one'), (error: RestError) => {
        assert.equal(error.code, 'Forbidden');
        assert.equal(innerCode(error), 'ForbiddenByRbac');
        assert.match(error.message, /Action: 'Microsoft\.KeyVault\/vaults\/secrets\/getSecret\/action'/);
        return true;
      });
      vault.admin.denyAccess('access-policy');
      await assert.rejects(client.getSecret('first-one'), (error: RestError) => innerCode(error) === 'AccessDenied' && /does not have secrets get permission/.test(error.message));
    } finally {
      vault.admin.denyAccess(undefined);
    }
    assert.equal((await client.getSecret('first-one')).value, 's3cret-value');
  });

  it('unreachable: connections are dropped, kept-alive ones too, until switched back', async () => {
    const client = standInClient(vault);
    await client.getSecret('first-one');
    vault.admin.setUnreachable(true);
    try {
      await assert.rejects(client.getSecret('first-one'), (error: RestError) => error.statusCode === undefined);
    } finally {
      vault.admin.setUnreachable(false);
    }
    assert.equal((await client.getSecret('first-one')).value, 's3cret-value');
  });

  it('an imported certificate is a cert-backed secret: PFX without password or PEM, kid, managed, validity as nbf/exp', async () => {
    const { client: identity } = getTestPki();
    const client = standInClient(vault);
    vault.admin.importCertificate('mgmt-pfx', { pfx: toPfx(identity, 'import-pw'), password: 'import-pw' });
    const pfx = await client.getSecret('mgmt-pfx');
    assert.equal(pfx.properties.contentType, 'application/x-pkcs12');
    assert.equal(pfx.properties.managed, true);
    assert.equal(pfx.properties.certificateKeyId, `${vault.url}/keys/mgmt-pfx/${pfx.properties.version}`);
    assert.equal(pfx.properties.expiresOn?.getTime(), Math.floor(identity.notAfter.getTime() / 1000) * 1000);
    const forge = (await import('node-forge')).default;
    const opened = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(Buffer.from(pfx.value as string, 'base64').toString('binary')), '');
    assert.ok(opened.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag as string]?.length);
    vault.admin.importCertificate('mgmt-pem', { pem: toPem(identity) }, { contentType: 'application/x-pem-file' });
    const pem = await client.getSecret('mgmt-pem');
    assert.equal(pem.properties.contentType, 'application/x-pem-file');
    assert.match(pem.value ?? '', new RegExp(`^-----BEGIN ${'PRIVATE'} KEY-----[\\s\\S]+-----BEGIN CERTIFICATE-----`));
  });
});
