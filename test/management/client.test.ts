// The client as a user holds it: options validated up front, and each call's options reaching the wire.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ManagementCertificate, ServiceManagementClient } from '../../src/management/index.ts';
import { getTestPki, toPem } from '../helpers/pki.ts';
import { startScriptedServer, type ScriptedServer } from '../helpers/https-server.ts';

const pki = getTestPki();
const certificate = ManagementCertificate.fromPem(toPem(pki.client));
const subscriptionId = '11111111-2222-3333-4444-555555555555';

describe('ServiceManagementClient options', () => {
  it('refuses a missing subscription, a certificate that is not a ManagementCertificate, and a non-https endpoint', () => {
    assert.throws(() => new ServiceManagementClient({ subscriptionId: '', certificate }), { code: 'InvalidArgument', message: /subscriptionId/ });
    assert.throws(
      () => new ServiceManagementClient({ subscriptionId, certificate: { thumbprint: 'x' } as unknown as ManagementCertificate }),
      { code: 'InvalidArgument', message: /ManagementCertificate\.fromPem/ },
    );
    assert.throws(() => new ServiceManagementClient({ subscriptionId, certificate, endpoint: 'http://localhost:1' }), {
      code: 'InvalidArgument',
      message: /https/,
    });
    assert.throws(() => new ServiceManagementClient({ subscriptionId, certificate, endpoint: 'not a url' }), { code: 'InvalidArgument' });
  });

  it('defaults to the public Service Management endpoint', async () => {
    const client = new ServiceManagementClient({ subscriptionId, certificate });
    assert.equal(client.endpoint, 'https://management.core.windows.net');
    await client.close();
  });
});

describe('ServiceManagementClient over mutual TLS to a scripted server', () => {
  let server: ScriptedServer;
  let client: ServiceManagementClient;

  before(async () => {
    server = await startScriptedServer({
      certPem: pki.server.certPem,
      keyPem: pki.server.keyPem,
      caPem: pki.ca.certPem,
      respond: (request) =>
        request.url.includes('/slow')
          ? { delayMs: 2_000, body: '<HostedService><ServiceName>slow</ServiceName></HostedService>' }
          : { status: 200, headers: { 'x-ms-request-id': 'a'.repeat(32) }, body: '<Locations><Location><Name>West US</Name></Location></Locations>' },
    });
    client = new ServiceManagementClient({
      subscriptionId,
      certificate,
      endpoint: `${server.url}/`,
      ca: pki.ca.certPem,
      userAgent: 'ops-console/1.0',
      retry: { maxRetries: 0 },
    });
  });

  after(async () => {
    await client.close();
    await server.close();
  });

  it('sends to /{subscription}/… with the client certificate, x-ms-version and the user agent', async () => {
    assert.deepEqual(await client.locations.list(), [{ name: 'West US' }]);
    const sent = server.requests.at(-1)!;
    assert.equal(sent.url, `/${subscriptionId}/locations`);
    assert.equal(sent.peerThumbprint, certificate.thumbprint);
    assert.equal(sent.headers['x-ms-version'], '2014-10-01');
    assert.equal(sent.headers['user-agent'], 'ops-console/1.0');
  });

  it('a per-call timeout applies to that call', async () => {
    await assert.rejects(client.hostedServices.get('slow', { timeoutMs: 100 }), { code: 'RequestTimeout' });
  });

  it('a per-call abort signal cancels that call', async () => {
    const controller = new AbortController();
    const pending = client.hostedServices.get('slow', { abortSignal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await assert.rejects(pending, { code: 'Aborted' });
  });

  it('a closed client refuses further calls with advice', async () => {
    const closing = new ServiceManagementClient({ subscriptionId, certificate, endpoint: server.url, ca: pki.ca.certPem });
    await closing.close();
    await assert.rejects(closing.locations.list(), { code: 'InvalidArgument', message: /closed/ });
  });
});
