import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createConfigurationFetcher, hostAllowed } from '../../../src/commands/index.ts';
import { getTestPki } from '../../helpers/pki.ts';

const CSCFG = '\uFEFF<?xml version="1.0"?><ServiceConfiguration serviceName="app"><Role name="Web"/></ServiceConfiguration>';

describe('hostAllowed', () => {
  const patterns = ['*.blob.core.windows.net', 'files.example.com', '127.0.0.1:8443'];
  const table: readonly [string, boolean][] = [
    ['https://acct.blob.core.windows.net/c/a.cscfg', true],
    ['https://ACCT.Blob.Core.Windows.Net/c/a.cscfg', true],
    ['https://blob.core.windows.net/c/a.cscfg', false],
    ['https://evil.blob.core.windows.net.example.org/a', false],
    ['https://evilblob.core.windows.net/a', false],
    ['https://files.example.com/a', true],
    ['https://sub.files.example.com/a', false],
    ['https://127.0.0.1:8443/a', true],
    ['https://127.0.0.1:9443/a', false],
  ];
  for (const [url, expected] of table) it(url, () => assert.equal(hostAllowed(new URL(url), patterns), expected));
});

describe('createConfigurationFetcher over HTTPS', () => {
  let server: Server;
  let base: string;
  const pki = getTestPki();
  before(async () => {
    server = createServer({ cert: pki.server.certPem, key: pki.server.keyPem }, (req, res) => {
      if (req.url === '/app.cscfg') { res.writeHead(200, { 'content-type': 'application/xml' }); res.end(CSCFG); return; }
      if (req.url === '/big.cscfg') { res.writeHead(200); res.end(`<ServiceConfiguration>${'x'.repeat(5000)}</ServiceConfiguration>`); return; }
      if (req.url === '/redirect') { res.writeHead(302, { location: 'https://elsewhere.example/app.cscfg' }); res.end(); return; }
      if (req.url === '/not-xml') { res.writeHead(200); res.end('hello'); return; }
      res.writeHead(404); res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `https://localhost:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const fetcher = (allowedHosts = ['localhost'], maxBytes = 1024) => createConfigurationFetcher({ allowedHosts, maxBytes, timeoutMs: 5000, ca: pki.ca.certPem });

  it('downloads a .cscfg from an allowed host, trusting the extra CA', async () => {
    assert.equal(await fetcher()(`${base}/app.cscfg`), CSCFG.slice(1));
  });
  it('refuses hosts that are not allowed, without connecting', async () => {
    await assert.rejects(fetcher(['*.blob.core.windows.net'])(`${base}/app.cscfg`), { code: 'CONFIG_HOST_NOT_ALLOWED' });
  });
  it('refuses plain http and non-URLs', async () => {
    await assert.rejects(fetcher()(`http://localhost/app.cscfg`), { code: 'CONFIG_URL_INVALID' });
    await assert.rejects(fetcher()('not a url'), { code: 'CONFIG_URL_INVALID' });
  });
  it('stops at the size limit', async () => {
    await assert.rejects(fetcher(['localhost'], 1024)(`${base}/big.cscfg`), { code: 'CONFIG_TOO_LARGE' });
  });
  it('does not follow redirects, which could leave the allowed hosts', async () => {
    await assert.rejects(fetcher()(`${base}/redirect`), (e: Error & { code?: string }) => e.code === 'CONFIG_DOWNLOAD_FAILED' && /302/.test(e.message));
  });
  it('refuses what is not a service configuration, and a 404', async () => {
    await assert.rejects(fetcher()(`${base}/not-xml`), { code: 'CONFIG_NOT_CSCFG' });
    await assert.rejects(fetcher()(`${base}/missing`), { code: 'CONFIG_DOWNLOAD_FAILED' });
  });
  it('does not trust the server without the extra CA', async () => {
    const strict = createConfigurationFetcher({ allowedHosts: ['localhost'], maxBytes: 1024, timeoutMs: 5000 });
    await assert.rejects(strict(`${base}/app.cscfg`), { code: 'CONFIG_DOWNLOAD_FAILED' });
  });
});
