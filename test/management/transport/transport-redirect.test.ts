import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MANAGEMENT_ERROR_CODES as CODES } from '../../../src/management/errors/index.ts';
import { SUBSCRIPTION_ID, pki, serverFor, transportFor } from './fixtures.ts';

describe('Transport redirects', () => {
  it('follows a 307 with the same method, body and client certificate', async (t) => {
    const target = await serverFor(t, [{ status: 201, headers: { 'x-ms-request-id': 'moved-1' } }]);
    const origin = await serverFor(t, [{ status: 307, headers: { location: `${target.url}/elsewhere/${SUBSCRIPTION_ID}/services?x=1` } }]);
    const response = await transportFor(t, origin.url).send({ method: 'POST', path: '/services', body: '<Create/>' });
    assert.equal(response.status, 201);
    assert.equal(response.requestId, 'moved-1');
    assert.equal(origin.requests.length, 1);
    assert.deepEqual(
      target.requests.map((r) => [r.method, r.url, r.body, r.headers['x-ms-version'], r.peerThumbprint]),
      [['POST', `/elsewhere/${SUBSCRIPTION_ID}/services?x=1`, '<Create/>', '2014-10-01', pki.client.thumbprint]],
    );
  });

  it('resolves a relative Location against the current URL', async (t) => {
    const server = await serverFor(t, (request) => (request.url.startsWith('/moved') ? { status: 200, body: 'here' } : { status: 307, headers: { location: '/moved/there' } }));
    const response = await transportFor(t, server.url).send({ method: 'GET', path: '/x' });
    assert.equal(response.body, 'here');
    assert.deepEqual(server.requests.map((r) => r.url), [`/${SUBSCRIPTION_ID}/x`, '/moved/there']);
  });

  it('stops after 5 redirects', async (t) => {
    const server = await serverFor(t, (request) => ({ status: 307, headers: { location: `/loop${request.url.length}` } }));
    await assert.rejects(transportFor(t, server.url).send({ method: 'GET', path: '/' }), { code: CODES.TooManyRedirects });
    assert.equal(server.requests.length, 6);
  });

  it('does not follow a redirect to plain http', async (t) => {
    const server = await serverFor(t, [{ status: 307, headers: { location: 'http://127.0.0.1:1/x' } }]);
    await assert.rejects(transportFor(t, server.url).send({ method: 'PUT', path: '/', body: '<Secret/>' }), { code: CODES.MalformedResponse, message: /non-HTTPS/ });
  });

  it('treats a 307 without Location, and other 3xx, as errors', async (t) => {
    const server = await serverFor(t, [{ status: 307 }, { status: 302, headers: { location: '/x' } }]);
    const transport = transportFor(t, server.url);
    await assert.rejects(transport.send({ method: 'GET', path: '/' }), { statusCode: 307, code: CODES.HttpError });
    await assert.rejects(transport.send({ method: 'GET', path: '/' }), { statusCode: 302 });
    assert.equal(server.requests.length, 2);
  });
});
