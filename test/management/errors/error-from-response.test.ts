import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorFromResponse, MANAGEMENT_ERROR_CODES } from '../../../src/management/errors/index.ts';

const NS = 'xmlns="http://schemas.microsoft.com/windowsazure" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"';
const errorXml = (code: string, message: string) => `<Error ${NS}><Code>${code}</Code><Message>${message}</Message></Error>`;

describe('errorFromResponse', () => {
  it('reads code and message from the service error body, and the request id header', () => {
    const error = errorFromResponse(404, { 'x-ms-request-id': 'f00dfeed' }, errorXml('ResourceNotFound', 'The hosted service does not exist.'));
    assert.equal(error.code, 'ResourceNotFound');
    assert.equal(error.message, 'The hosted service does not exist.');
    assert.equal(error.statusCode, 404);
    assert.equal(error.requestId, 'f00dfeed');
    assert.equal(error.isRetryable, false);
  });

  it('decodes entities, tolerates a BOM, an XML declaration and a prefixed namespace', () => {
    const body = '\uFEFF<?xml version="1.0" encoding="utf-8"?>\n<m:Error xmlns:m="http://schemas.microsoft.com/windowsazure"><m:Code>BadRequest</m:Code><m:Message>Name &amp; label &lt;bad&gt;</m:Message></m:Error>';
    const error = errorFromResponse(400, {}, body);
    assert.equal(error.code, 'BadRequest');
    assert.equal(error.message, 'Name & label <bad>');
  });

  it('finds the request id whatever the header case, and when given as a list', () => {
    assert.equal(errorFromResponse(409, { 'X-MS-Request-Id': 'aa' }, errorXml('ConflictError', 'x')).requestId, 'aa');
    assert.equal(errorFromResponse(409, { 'x-ms-request-id': ['bb'] }, errorXml('ConflictError', 'x')).requestId, 'bb');
  });

  it('adds what to check to a 403 ForbiddenError', () => {
    const body = errorXml('ForbiddenError', 'The server failed to authenticate the request.');
    const error = errorFromResponse(403, {}, body, { certificateThumbprint: 'ABC123', subscriptionId: 'sub-1' });
    assert.equal(error.code, 'ForbiddenError');
    assert.match(error.message, /^The server failed to authenticate the request\. /);
    assert.match(error.message, /management certificate \(thumbprint ABC123\) is uploaded to subscription sub-1/);
    assert.match(errorFromResponse(403, {}, '').message, /is uploaded to this subscription/);
    const disabled = errorFromResponse(403, {}, errorXml('SubscriptionDisabled', 'The subscription is disabled.'));
    assert.equal(disabled.message, 'The subscription is disabled.');
  });

  it('marks 408, 429, 500, 502, 503, 504 as retryable and others not', () => {
    for (const status of [408, 429, 500, 502, 503, 504]) assert.equal(errorFromResponse(status, {}, '').isRetryable, true, String(status));
    for (const status of [301, 400, 401, 403, 404, 409, 412]) assert.equal(errorFromResponse(status, {}, '').isRetryable, false, String(status));
  });

  it('falls back to the status text for empty, plain-text, HTML and broken XML bodies', () => {
    const empty = errorFromResponse(503, {}, '');
    assert.equal(empty.code, MANAGEMENT_ERROR_CODES.HttpError);
    assert.match(empty.message, /503 Service Unavailable/);
    const plain = errorFromResponse(502, {}, 'upstream   connect error\nretry later');
    assert.equal(plain.code, MANAGEMENT_ERROR_CODES.HttpError);
    assert.equal(plain.message, 'The server answered 502 Bad Gateway: upstream connect error retry later');
    const html = errorFromResponse(404, {}, '<!DOCTYPE html><html><body><h1>Not Found</h1></body></html>');
    assert.match(html.message, /HTML page .* check that the endpoint URL/);
    assert.equal(html.statusCode, 404);
    for (const body of ['<Error><Code>Oops', '<Other><Code>X</Code></Other>', '<Error><Message>no code</Message></Error>', '<<<>>>']) {
      const error = errorFromResponse(500, {}, body);
      assert.equal(error.code, MANAGEMENT_ERROR_CODES.HttpError, body);
      assert.match(error.message, /500 Internal Server Error/);
    }
  });

  it('keeps a long unparsed body to a short snippet', () => {
    const error = errorFromResponse(500, {}, 'x'.repeat(10_000));
    assert.ok(error.message.length < 300);
  });

  it('never throws, even for odd status codes and undefined bodies', () => {
    const error = errorFromResponse(599, {}, undefined as unknown as string);
    assert.equal(error.statusCode, 599);
    assert.match(error.message, /599/);
  });
});
