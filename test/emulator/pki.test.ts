import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { createSecureContext } from 'node:tls';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { startTestEmulator, type TestEmulator } from './support/emulator-fixture.ts';

describe('emulator credentials', () => {
  let t: TestEmulator;
  before(async () => {
    t = await startTestEmulator();
  });
  after(() => t.close());

  it('issues a server certificate for localhost and 127.0.0.1, signed by the written CA', () => {
    const ca = new X509Certificate(readFileSync(t.emulator.caFile));
    const server = new X509Certificate(readFileSync(`${t.emulator.dataDir}/server.pem`));
    assert.ok(server.verify(ca.publicKey));
    assert.equal(server.checkHost('localhost'), 'localhost');
    assert.equal(server.checkIP('127.0.0.1'), '127.0.0.1');
    assert.equal(ca.ca, true);
  });

  it('writes the demo management certificate as PEM (with its key), CER and an empty-password PFX', () => {
    const pem = readFileSync(t.emulator.certFile, 'utf8');
    assert.match(pem, /-----BEGIN CERTIFICATE-----/);
    assert.match(pem, /PRIVATE KEY-----/);
    const fromPem = new X509Certificate(pem);
    const fromCer = new X509Certificate(readFileSync(t.emulator.cerFile));
    assert.equal(fromCer.fingerprint, fromPem.fingerprint);
    assert.equal(t.emulator.pfxPassword, '');
    assert.doesNotThrow(() => createSecureContext({ pfx: readFileSync(t.emulator.pfxFile), passphrase: '' }));
  });

  it('writes publish settings (schema 2.0) holding the PFX, the subscription and the URL', () => {
    const xml = readFileSync(t.emulator.publishSettingsFile, 'utf8');
    assert.match(xml, /SchemaVersion="2\.0"/);
    assert.match(xml, new RegExp(`Id="${t.emulator.subscriptionId}"`));
    assert.match(xml, new RegExp(`ServiceManagementUrl="${t.emulator.url.replace(/[.]/g, '\\.')}"`));
    const pfx = /ManagementCertificate="([^"]+)"/.exec(xml)?.[1] ?? '';
    assert.doesNotThrow(() => createSecureContext({ pfx: Buffer.from(pfx, 'base64'), passphrase: '' }));
  });
});
