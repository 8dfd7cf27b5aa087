import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorFromNetworkFailure, MANAGEMENT_ERROR_CODES as CODES } from '../../../src/management/errors/index.ts';

// Shapes of the errors Node and undici raise; the transport tests provoke the real ones over sockets.
const nodeError = (code: string, message = code) => Object.assign(new Error(message), { code });
const context = { endpoint: 'https://127.0.0.1:8443', certificateThumbprint: 'ABCDEF' };

describe('errorFromNetworkFailure', () => {
  it('says to check the endpoint and the emulator when the connection is refused', () => {
    const cause = nodeError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:8443');
    const error = errorFromNetworkFailure(cause, context);
    assert.equal(error.code, CODES.ConnectionFailed);
    assert.equal(error.isRetryable, true);
    assert.equal(error.cause, cause);
    assert.match(error.message, /https:\/\/127\.0\.0\.1:8443.*endpoint URL.*emulator is running/);
  });

  it('says to pass the CA when the server certificate is not trusted', () => {
    for (const code of ['SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'DEPTH_ZERO_SELF_SIGNED_CERT']) {
      const error = errorFromNetworkFailure(nodeError(code), context);
      assert.equal(error.code, CODES.ServerCertificateUntrusted);
      assert.equal(error.isRetryable, false);
      assert.match(error.message, /pass its CA certificate as `ca`.*ca\.pem/);
    }
    assert.match(errorFromNetworkFailure(nodeError('ERR_TLS_CERT_ALTNAME_INVALID'), context).message, /does not name this host/);
  });

  it('finds codes in the cause chain', () => {
    const wrapped = new Error('fetch failed', { cause: nodeError('CERT_HAS_EXPIRED') });
    assert.equal(errorFromNetworkFailure(wrapped, context).code, CODES.ServerCertificateUntrusted);
  });

  it('says the client certificate was not accepted when the server ends the handshake', () => {
    const alerts = [
      nodeError('ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED'),
      nodeError('ERR_SSL_TLSV1_ALERT_UNKNOWN_CA'),
      nodeError('ECONNRESET', 'Client network socket disconnected before secure TLS connection was established'),
    ];
    for (const cause of alerts) {
      const error = errorFromNetworkFailure(cause, context);
      assert.equal(error.code, CODES.ClientCertificateRejected);
      assert.match(error.message, /client certificate \(thumbprint ABCDEF\) was not accepted.*uploaded to the subscription/);
    }
  });

  it('treats resets as retryable and unknown hosts as not', () => {
    const reset = errorFromNetworkFailure(nodeError('ECONNRESET', 'read ECONNRESET'), context);
    assert.equal(reset.code, CODES.ConnectionReset);
    assert.equal(reset.isRetryable, true);
    assert.equal(errorFromNetworkFailure(nodeError('UND_ERR_SOCKET', 'other side closed'), context).code, CODES.ConnectionReset);
    const unknown = errorFromNetworkFailure(nodeError('ENOTFOUND'), context);
    assert.equal(unknown.code, CODES.ConnectionFailed);
    assert.equal(unknown.isRetryable, false);
    assert.match(unknown.message, /could not be resolved/);
  });

  it('still gives an error for causes it does not know, even non-errors', () => {
    assert.equal(errorFromNetworkFailure('boom', context).code, CODES.ConnectionFailed);
    assert.match(errorFromNetworkFailure(new Error('strange'), context).message, /strange/);
  });
});
