import assert from 'node:assert/strict';
import { rootCertificates } from 'node:tls';
import { describe, it } from 'node:test';
import { resolveTransportConfig } from '../../../src/management/transport/transport-config.ts';
import { certificateOf, pki } from './fixtures.ts';

const base = { endpoint: 'https://management.core.windows.net/', subscriptionId: 'sub 1', certificate: certificateOf() };

describe('transport configuration', () => {
  it('adds `ca` to the public roots instead of replacing them', () => {
    const config = resolveTransportConfig({ ...base, ca: pki.ca.certPem });
    assert.equal(config.ca?.length, rootCertificates.length + 1);
    assert.deepEqual(config.ca?.slice(0, rootCertificates.length), [...rootCertificates]);
    assert.equal(config.ca?.at(-1), pki.ca.certPem);
    assert.equal(resolveTransportConfig(base).ca, undefined); // Node's defaults apply untouched
  });

  it('builds the base URL from the endpoint and the encoded subscription id, and applies defaults', () => {
    const config = resolveTransportConfig(base);
    assert.equal(config.baseUrl, 'https://management.core.windows.net/sub%201');
    assert.equal(config.timeoutMs, 65_000);
    assert.deepEqual({ ...config.retry, random: undefined }, { maxRetries: 3, initialDelayMs: 500, maxDelayMs: 30_000, random: undefined });
    assert.equal(config.thumbprint, pki.client.thumbprint);
    assert.equal(resolveTransportConfig({ ...base, endpoint: 'https://127.0.0.1:8443/asm//' }).baseUrl, 'https://127.0.0.1:8443/asm/sub%201');
  });
});
