import assert from 'node:assert/strict';
import { request as httpsRequest } from 'node:https';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { newRequestId, randomText } from '../../src/emulator/operations/index.ts';
import { parseTarget } from '../../src/emulator/server/request-context.ts';
import { bodies } from './support/bodies.ts';
import { startTestEmulator, type TestEmulator } from './support/emulator-fixture.ts';

// What the WHATWG URL parser makes of a request target: the reference parseTarget must agree with.
function throughUrl(rawUrl: string): { segments: string[]; query: Map<string, string> } {
  const url = new URL(rawUrl, 'https://emulator.invalid');
  const segments = url.pathname.split('/').filter((s) => s.length > 0).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  return { segments, query: new Map([...url.searchParams].map(([name, value]) => [name.toLowerCase(), value])) };
}

// A target the URL parser refuses (`//`) is refused alike (the pipeline answers it with a 400).
function outcome(parse: (target: string) => unknown, target: string): unknown {
  try {
    return parse(target);
  } catch (error) {
    return `throws ${(error as Error).name}`;
  }
}

describe('request front', () => {
  it('parses a request target as the URL parser does, plain or not', () => {
    const examples = [
      '/sub/operations/0123456789abcdef0123456789abcdef',
      '/sub/services/hostedservices/my.service/deployments/d1?comp=media&X=Y',
      '/sub/services/storageservices/operations/isavailable/abc',
      '/sub/services/hostedservices/a/?comp=media',
      '/sub/./services/../services/images/x.vhd',
      '//host/sub/services',
      '/sub/services/images/na%20me%2Fx?embed-detail=true&a=%41+b',
      '/sub/services/images/\u00e9t\u00e9?x=\u00e9',
      '/sub/services/images/a b?q=1#frag',
      '/sub/operations?StartTime=2015-01-01T00:00:00Z&EndTime=2015-01-02T00:00:00Z&ContinuationToken=a/b=c',
    ];
    for (const target of examples) assert.deepEqual(parseTarget(target), throughUrl(target), target);
    assert.deepEqual(outcome(parseTarget, '//'), 'throws TypeError');
    const part = fc.stringMatching(/^[A-Za-z0-9._~%+=&?#:;,!$*@'"<\\\/ \u00e9-]{0,12}$/);
    fc.assert(
      fc.property(fc.array(part, { maxLength: 6 }), (parts) => {
        const target = `/${parts.join('/')}`;
        assert.deepEqual(outcome(parseTarget, target), outcome(throughUrl, target));
      }),
      { numRuns: 2000 },
    );
  });

  it('request ids are 32 lower-case hex digits and do not repeat across batches of random bytes', () => {
    const ids = Array.from({ length: 1000 }, () => newRequestId());
    for (const id of ids) assert.match(id, /^[0-9a-f]{32}$/);
    assert.equal(new Set(ids).size, ids.length);
    const key = randomText(64, 'base64');
    assert.equal(Buffer.from(key, 'base64').length, 64);
    assert.throws(() => randomText(5000, 'hex'), RangeError);
  });

  describe('bodies', () => {
    let emulator: TestEmulator;
    before(async () => (emulator = await startTestEmulator()));
    after(() => emulator.close());

    const raw = (method: string, path: string, headers: Record<string, string>, chunks: string[]) =>
      new Promise<{ status: number; text: string }>((resolve, reject) => {
        const url = new URL(`${emulator.emulator.url}/${emulator.emulator.subscriptionId}${path}`);
        const req = httpsRequest(url, { method, ca: emulator.ca, cert: emulator.clientPem, key: emulator.clientPem, agent: false, headers: { 'x-ms-version': '2014-10-01', ...headers } }, (response) => {
          let text = '';
          response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk)).on('end', () => resolve({ status: response.statusCode ?? 0, text }));
        });
        req.on('error', reject);
        for (const chunk of chunks) req.write(chunk);
        req.end();
      });

    it('reads a body sent in chunks, and answers a request without one', async () => {
      const body = bodies.createHostedService('chunkedsvc');
      const created = await raw('POST', '/services/hostedservices', { 'content-type': 'application/xml', 'transfer-encoding': 'chunked' }, [body.slice(0, 40), body.slice(40)]);
      assert.equal(created.status, 201, created.text);
      const read = await raw('GET', '/services/hostedservices/chunkedsvc', { 'content-length': '0' }, []);
      assert.equal(read.status, 200);
      assert.match(read.text, /<ServiceName>chunkedsvc<\/ServiceName>/);
      const empty = await raw('POST', '/services/hostedservices', { 'content-type': 'application/xml' }, []);
      assert.equal(empty.status, 400);
      assert.match(empty.text, /<Code>BadRequest<\/Code>/);
    });

    it('a body over 8 MiB is refused with 413, a body cut short is dropped, and the emulator serves on', async () => {
      const huge = `<CreateHostedService>${'x'.repeat(8 * 1024 * 1024)}</CreateHostedService>`;
      const refused = await raw('POST', '/services/hostedservices', { 'content-type': 'application/xml' }, [huge]);
      assert.equal(refused.status, 413);
      assert.match(refused.text, /<Code>RequestBodyTooLarge<\/Code>/);
      await new Promise<void>((resolve, reject) => {
        const url = new URL(`${emulator.emulator.url}/${emulator.emulator.subscriptionId}/services/hostedservices`);
        const body = bodies.createHostedService('cutshort');
        const req = httpsRequest(url, { method: 'POST', ca: emulator.ca, cert: emulator.clientPem, key: emulator.clientPem, agent: false, headers: { 'x-ms-version': '2014-10-01', 'content-length': String(body.length) } });
        req.on('error', () => resolve());
        req.on('response', () => reject(new Error('a request cut short was answered')));
        req.write(body.slice(0, 30), () => setTimeout(() => req.destroy(), 20));
      });
      const after = await emulator.send('GET', '/services/hostedservices/cutshort');
      assert.equal(after.status, 404, 'nothing was created from the cut body');
    });
  });
});
