import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MANAGEMENT_ERROR_CODES as CODES } from '../../../src/management/errors/index.ts';
import { Transport, encodePathSegment } from '../../../src/management/transport/index.ts';
import { SUBSCRIPTION_ID, certificateOf, serverFor, transportFor } from './fixtures.ts';

const ATOM = 'application/atom+xml;type=entry;charset=utf-8';

describe('Transport requests', () => {
  it('puts the subscription before the path and sends the query in order, percent-encoded', async (t) => {
    const server = await serverFor(t, [{ status: 200 }]);
    const transport = transportFor(t, `${server.url}/`);
    await transport.send({
      method: 'GET',
      path: `/services/hostedservices/${encodePathSegment('my svc')}`,
      query: [['embed-detail', 'true'], ['StartTime', '2015-06-01T00:00:00Z'], ['label', 'a b&c=d/é'], ['comp', 'media']],
    });
    assert.equal(
      server.requests[0]?.url,
      `/${SUBSCRIPTION_ID}/services/hostedservices/my%20svc?embed-detail=true&StartTime=2015-06-01T00%3A00%3A00Z&label=a%20b%26c=d/%C3%A9&comp=media`,
    );
  });

  it('keeps a trailing slash of the path, as some operations need (…/deployments/name/?comp=status)', async (t) => {
    const server = await serverFor(t, [{ status: 202 }]);
    await transportFor(t, server.url).send({ method: 'POST', path: '/services/hostedservices/s/deployments/d/', query: [['comp', 'status']], body: '<UpdateDeploymentStatus/>' });
    assert.equal(server.requests[0]?.url, `/${SUBSCRIPTION_ID}/services/hostedservices/s/deployments/d/?comp=status`);
  });

  it('sends x-ms-version 2014-10-01 by default, or the one asked for, and the user agent', async (t) => {
    const server = await serverFor(t, [{ status: 200 }]);
    const transport = transportFor(t, server.url);
    await transport.send({ method: 'GET', path: '/' });
    await transport.send({ method: 'GET', path: '/', xmsVersion: '2015-04-01' });
    const custom = transportFor(t, server.url, { userAgent: 'my-bot/1.2' });
    await custom.send({ method: 'GET', path: '/' });
    const [first, second, third] = server.requests;
    assert.equal(first?.headers['x-ms-version'], '2014-10-01');
    assert.equal(second?.headers['x-ms-version'], '2015-04-01');
    assert.match(String(first?.headers['user-agent']), /^asm-chatops\/\d+\.\d+\.\d+/);
    assert.equal(third?.headers['user-agent'], 'my-bot/1.2');
  });

  it('sends the atom content type on writes and none on GET, and never asks for compression', async (t) => {
    const server = await serverFor(t, [{ status: 200 }]);
    const transport = transportFor(t, server.url);
    await transport.send({ method: 'GET', path: '/a' });
    await transport.send({ method: 'PUT', path: '/b', body: '<UpdateHostedService/>' });
    await transport.send({ method: 'DELETE', path: '/c' });
    await transport.send({ method: 'POST', path: '/d', query: [['comp', 'reboot']] });
    const [get, put, del, post] = server.requests;
    assert.equal(get?.headers['content-type'], undefined);
    assert.equal(get?.headers['accept-encoding'], undefined);
    for (const request of [put, del, post]) {
      assert.equal(request?.headers['content-type'], ATOM);
      assert.equal(request?.headers['accept-encoding'], undefined);
    }
    // An empty POST states its length (HTTP.sys front ends answer 411 Length Required otherwise); a DELETE has no body.
    assert.equal(post?.headers['content-length'], '0');
    assert.equal(del?.body, '');
  });

  it('sends the body as UTF-8', async (t) => {
    const server = await serverFor(t, [{ status: 201 }]);
    const body = '<CreateHostedService><Description>café &amp; 日本</Description></CreateHostedService>';
    await transportFor(t, server.url).send({ method: 'POST', path: '/services/hostedservices', body });
    assert.equal(server.requests[0]?.body, body);
    assert.equal(server.requests[0]?.headers['content-length'], String(Buffer.byteLength(body)));
  });

  it('returns status, lower-case headers, body and the request id', async (t) => {
    const server = await serverFor(t, [{ status: 202, headers: { 'X-MS-Request-Id': '0123abcd', 'X-Custom': 'v' }, body: '<Ok>é</Ok>' }]);
    const response = await transportFor(t, server.url).send({ method: 'POST', path: '/x', body: '<X/>' });
    assert.equal(response.status, 202);
    assert.equal(response.requestId, '0123abcd');
    assert.equal(response.headers['x-custom'], 'v');
    assert.equal(response.headers['x-ms-request-id'], '0123abcd');
    assert.equal(response.body, '<Ok>é</Ok>');
  });

  it('validates its options when built', () => {
    const certificate = certificateOf();
    const build = (overrides: object) => () => new Transport({ endpoint: 'https://example.test', subscriptionId: 's', certificate, ...overrides });
    assert.throws(build({ endpoint: 'http://example.test' }), { code: CODES.InvalidArgument, message: /https/ });
    assert.throws(build({ endpoint: 'not a url' }), { code: CODES.InvalidArgument });
    assert.throws(build({ subscriptionId: ' ' }), { code: CODES.InvalidArgument, message: /subscriptionId/ });
    assert.throws(build({ certificate: { thumbprint: 'x' } }), { code: CODES.InvalidArgument, message: /ManagementCertificate/ });
    assert.throws(build({ timeoutMs: 0 }), { code: CODES.InvalidArgument });
    assert.throws(build({ retry: { maxRetries: -1 } }), { code: CODES.InvalidArgument });
  });

  it('rejects malformed requests before sending anything', async (t) => {
    const server = await serverFor(t, [{ status: 200 }]);
    const transport = transportFor(t, server.url);
    await assert.rejects(transport.send({ method: 'GET', path: 'no-slash' }), { code: CODES.InvalidArgument });
    await assert.rejects(transport.send({ method: 'GET', path: '/a?b=c' }), { code: CODES.InvalidArgument, message: /query/ });
    await assert.rejects(transport.send({ method: 'PATCH' as 'GET', path: '/' }), { code: CODES.InvalidArgument });
    assert.equal(server.requests.length, 0);
  });

  it('refuses to send after close', async (t) => {
    const server = await serverFor(t, [{ status: 200 }]);
    const transport = transportFor(t, server.url);
    await transport.send({ method: 'GET', path: '/' });
    await transport.close();
    await assert.rejects(transport.send({ method: 'GET', path: '/' }), { code: CODES.InvalidArgument, message: /closed/ });
    assert.equal(server.requests.length, 1);
  });
});

describe('encodePathSegment', () => {
  it('encodes what would change the path and keeps the characters the service SDK keeps', () => {
    assert.equal(encodePathSegment('a b/c?d#e%f'), 'a%20b%2Fc%3Fd%23e%25f');
    assert.equal(encodePathSegment("name(1)$=',x"), "name(1)$=',x");
    assert.equal(encodePathSegment('é!*~-_.'), '%C3%A9%21%2A~-_.');
  });
});
