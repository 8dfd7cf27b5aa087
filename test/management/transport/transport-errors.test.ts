import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManagementError, MANAGEMENT_ERROR_CODES as CODES, isManagementError } from '../../../src/management/errors/index.ts';
import { SUBSCRIPTION_ID, pki, serverFor, transportFor } from './fixtures.ts';

const NS = 'xmlns="http://schemas.microsoft.com/windowsazure" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"';

describe('Transport error mapping', () => {
  it('turns a service error body into code, message, status and request id', async (t) => {
    const server = await serverFor(t, [{
      status: 404,
      headers: { 'x-ms-request-id': '9f8e7d6c5b4a39281706f5e4d3c2b1a0' },
      body: `<Error ${NS}><Code>ResourceNotFound</Code><Message>The hosted service does not exist.</Message></Error>`,
    }]);
    await assert.rejects(transportFor(t, server.url).send({ method: 'GET', path: '/services/hostedservices/nope' }), (error: unknown) => {
      assert.ok(error instanceof ManagementError);
      assert.equal(error.code, 'ResourceNotFound');
      assert.equal(error.message, 'The hosted service does not exist.');
      assert.equal(error.statusCode, 404);
      assert.equal(error.requestId, '9f8e7d6c5b4a39281706f5e4d3c2b1a0');
      assert.equal(error.isRetryable, false);
      return true;
    });
  });

  it('falls back to the status for a body that is not a service error', async (t) => {
    const server = await serverFor(t, [{ status: 400, headers: { 'content-type': 'text/plain' }, body: 'Bad things' }]);
    await assert.rejects(transportFor(t, server.url).send({ method: 'GET', path: '/' }), {
      code: CODES.HttpError,
      statusCode: 400,
      message: 'The server answered 400 Bad Request: Bad things',
    });
  });

  it('tells what to check on a 403 ForbiddenError, naming certificate and subscription', async (t) => {
    const server = await serverFor(t, [{
      status: 403,
      body: `<Error ${NS}><Code>ForbiddenError</Code><Message>The server failed to authenticate the request. Verify that the certificate is valid and is associated with this subscription.</Message></Error>`,
    }]);
    await assert.rejects(transportFor(t, server.url).send({ method: 'GET', path: '/' }), (error: unknown) => {
      assert.ok(isManagementError(error));
      assert.equal(error.code, 'ForbiddenError');
      assert.match(error.message, new RegExp(`thumbprint ${pki.client.thumbprint}\\) is uploaded to subscription ${SUBSCRIPTION_ID}`));
      return true;
    });
  });
});
