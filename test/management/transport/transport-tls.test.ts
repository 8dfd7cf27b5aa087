import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { describe, it } from 'node:test';
import { MANAGEMENT_ERROR_CODES as CODES, isManagementError } from '../../../src/management/errors/index.ts';
import { certificateOf, pki, serverFor, transportFor } from './fixtures.ts';

describe('Transport over mutual TLS', () => {
  it('presents the management certificate in the handshake (RSA and EC)', async (t) => {
    const server = await serverFor(t, [{ status: 200, body: '<Subscription/>' }]);
    const rsa = transportFor(t, server.url);
    const response = await rsa.send({ method: 'GET', path: '/' });
    assert.equal(response.status, 200);
    assert.equal(response.body, '<Subscription/>');
    const ec = transportFor(t, server.url, { certificate: certificateOf(pki.ecClient) });
    await ec.send({ method: 'GET', path: '/' });
    assert.deepEqual(server.requests.map((r) => r.peerThumbprint), [pki.client.thumbprint, pki.ecClient.thumbprint]);
  });

  it('reuses one TLS connection for sequential requests', async (t) => {
    const server = await serverFor(t, [{ status: 200 }]);
    const transport = transportFor(t, server.url);
    for (let i = 0; i < 5; i++) await transport.send({ method: i % 2 ? 'PUT' : 'GET', path: `/item/${i}`, ...(i % 2 ? { body: '<X/>' } : {}) });
    assert.equal(server.requests.length, 5);
    assert.equal(server.connections, 1);
    assert.deepEqual(new Set(server.requests.map((r) => r.connection)), new Set([1]));
  });

  it('trusts each CA passed in `ca`, and refuses a server signed by another', async (t) => {
    const trusted = await serverFor(t, [{ status: 200 }]);
    await transportFor(t, trusted.url, { ca: [Buffer.from(pki.untrustedServer.certPem), pki.ca.certPem] }).send({ method: 'GET', path: '/' });
    const untrusted = await serverFor(t, [{ status: 200 }], { certPem: pki.untrustedServer.certPem, keyPem: pki.untrustedServer.keyPem });
    const transport = transportFor(t, untrusted.url);
    await assert.rejects(transport.send({ method: 'GET', path: '/' }), (error: unknown) => {
      assert.ok(isManagementError(error));
      assert.equal(error.code, CODES.ServerCertificateUntrusted);
      assert.match(error.message, /pass its CA certificate as `ca`/);
      assert.ok(error.cause instanceof Error);
      return true;
    });
    assert.equal(untrusted.requests.length, 0);
  });

  it('refuses a server that only the default roots would have to vouch for', async (t) => {
    const server = await serverFor(t, [{ status: 200 }]);
    const transport = transportFor(t, server.url, { ca: undefined, retry: { maxRetries: 0 } });
    await assert.rejects(transport.send({ method: 'GET', path: '/' }), { code: CODES.ServerCertificateUntrusted });
  });

  it('says the client certificate was not accepted when the server rejects it', async (t) => {
    const server = await serverFor(t, [{ status: 200 }]);
    const transport = transportFor(t, server.url, { certificate: certificateOf(pki.strangerClient) });
    await assert.rejects(transport.send({ method: 'GET', path: '/' }), (error: unknown) => {
      assert.ok(isManagementError(error));
      assert.equal(error.code, CODES.ClientCertificateRejected);
      assert.match(error.message, new RegExp(`thumbprint ${pki.strangerClient.thumbprint}.*not accepted`));
      return true;
    });
    assert.equal(server.requests.length, 0);
    assert.ok(server.rejectedHandshakes >= 1);
  });

  it('says the same when a TLS 1.2 server refuses the certificate during the handshake', async (t) => {
    const server = await serverFor(t, [{ status: 200 }], { maxVersion: 'TLSv1.2' });
    const transport = transportFor(t, server.url, { certificate: certificateOf(pki.strangerClient) });
    await assert.rejects(transport.send({ method: 'GET', path: '/' }), { code: CODES.ClientCertificateRejected, isRetryable: false });
    assert.equal(server.requests.length, 0);
  });

  it('says to check the endpoint when nothing listens there', async (t) => {
    const port = await freePort();
    const transport = transportFor(t, `https://127.0.0.1:${port}`, { retry: { maxRetries: 0 } });
    await assert.rejects(transport.send({ method: 'GET', path: '/' }), (error: unknown) => {
      assert.ok(isManagementError(error));
      assert.equal(error.code, CODES.ConnectionFailed);
      assert.match(error.message, /ECONNREFUSED.*endpoint URL/);
      assert.equal((error.cause as { code?: string }).code, 'ECONNREFUSED');
      return true;
    });
  });
});

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
