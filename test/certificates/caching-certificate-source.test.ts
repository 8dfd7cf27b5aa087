import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CERTIFICATE_SOURCE_ERROR_CODES as CODES, CertificateSourceError, createCachingCertificateSource, type CertificateSource } from '../../src/certificates/index.ts';
import { ManagementCertificate } from '../../src/management/index.ts';
import { getTestPki, toPem } from '../helpers/pki.ts';
import { binding } from './support.ts';

const pki = getTestPki();

// A scripted source below the cache: counts reads, fails when told to, resolves when released.
function scripted() {
  const state = { reads: 0, fail: false, release: [] as Array<() => void> };
  const source: CertificateSource = {
    async get() {
      state.reads += 1;
      if (state.fail) throw new CertificateSourceError({ code: CODES.VaultUnreachable, message: 'down', hint: 'retry' });
      await new Promise<void>((done) => state.release.push(done));
      return ManagementCertificate.fromPem(toPem(pki.client));
    },
  };
  const releaseAll = () => state.release.splice(0).forEach((f) => f());
  return { state, source, releaseAll };
}

describe('caching certificate source', () => {
  it('callers asking at once share one read; an aborted caller does not spoil it for the others', async () => {
    const { state, source, releaseAll } = scripted();
    const cache = createCachingCertificateSource(source, { ttlMs: 1000, now: () => new Date(pki.client.notBefore.getTime() + 1000) });
    const abort = new AbortController();
    const a = cache.get(binding('c'), { abortSignal: abort.signal });
    const b = cache.get(binding('c'));
    abort.abort(new Error('caller gave up'));
    await assert.rejects(a, /caller gave up/);
    releaseAll();
    assert.equal((await b).thumbprint, pki.client.thumbprint);
    assert.equal(state.reads, 1);
  });

  it('a failed read is not kept; the cache never outlives the certificate', async () => {
    const { state, source, releaseAll } = scripted();
    let now = pki.client.notAfter.getTime() - 500;
    const cache = createCachingCertificateSource(source, { ttlMs: 60_000, now: () => new Date(now) });
    state.fail = true;
    await assert.rejects(cache.get(binding('c')), { code: CODES.VaultUnreachable });
    state.fail = false;
    const pending = cache.get(binding('c'));
    releaseAll();
    await pending;
    assert.equal(state.reads, 2, 'read again after the failure');
    now += 600; // past notAfter, well within the TTL
    const again = cache.get(binding('c'));
    releaseAll();
    await again.catch(() => undefined);
    assert.equal(state.reads, 3);
  });

  it('ttl 0 reads every time', async () => {
    const { state, source, releaseAll } = scripted();
    const cache = createCachingCertificateSource(source, { ttlMs: 0 });
    for (let i = 0; i < 2; i++) {
      const p = cache.get(binding('c'));
      releaseAll();
      await p;
    }
    assert.equal(state.reads, 2);
  });
});
