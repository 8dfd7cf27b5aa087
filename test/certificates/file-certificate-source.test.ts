import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CERTIFICATE_SOURCE_ERROR_CODES as CODES, createFileCertificateSource, loadCertificateFile, type CertificateSourceError } from '../../src/certificates/index.ts';
import { getTestPki, publishSettingsCertificate, toPem, toPfx, toPublishSettings10, toPublishSettings20 } from '../helpers/pki.ts';
import { binding, OTHER_SUBSCRIPTION, SUBSCRIPTION } from './support.ts';

const pki = getTestPki();
const coded = (code: string, check: (e: CertificateSourceError) => void = () => {}) => (e: CertificateSourceError) => {
  assert.equal(e.name, 'CertificateSourceError');
  assert.equal(e.code, code, e.message);
  assert.ok(e.hint.length > 0);
  check(e);
  return true;
};

describe('file certificate source: PEM, PFX with password, publish settings', () => {
  let dir: string;
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content, { mode: 0o600 });
    return path;
  };
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'asm-certs-'));
    file('client.pem', toPem(pki.client));
    file('client.pfx', toPfx(pki.client, 'pfx-secret-1'));
    file('two.publishsettings', toPublishSettings20([
      { id: OTHER_SUBSCRIPTION, name: 'Other', certificate: publishSettingsCertificate(pki.ecClient) },
      { id: SUBSCRIPTION, name: 'Ours', certificate: publishSettingsCertificate(pki.client) },
    ]));
    file('one.publishsettings', toPublishSettings10(publishSettingsCertificate(pki.client), [{ id: SUBSCRIPTION, name: 'Ours' }]));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads each kind; relative names resolve against baseDir; publish settings pick the binding’s subscription', async () => {
    const source = createFileCertificateSource({ baseDir: dir, password: 'pfx-secret-1' });
    assert.equal((await source.get(binding('client.pem'))).thumbprint, pki.client.thumbprint);
    assert.equal((await source.get(binding(join(dir, 'client.pfx')))).thumbprint, pki.client.thumbprint);
    const other = await source.get(binding('two.publishsettings', OTHER_SUBSCRIPTION));
    assert.equal(other.thumbprint, pki.ecClient.thumbprint);
    assert.equal(other.subscriptionId, OTHER_SUBSCRIPTION);
  });

  it('PFX password: required, wrong; neither echoes the password', async () => {
    await assert.rejects(createFileCertificateSource({ baseDir: dir }).get(binding('client.pfx')), coded(CODES.PasswordRequired, (e) => assert.match(e.hint, /--cert-password/)));
    await assert.rejects(createFileCertificateSource({ baseDir: dir, password: 'wrong-pw-77' }).get(binding('client.pfx')), coded(CODES.WrongPassword, (e) => {
      assert.ok(!`${e.message}${e.hint}${JSON.stringify(e.details ?? {})}`.includes('wrong-pw-77'));
    }));
  });

  it('a missing file, an expired certificate, a subscription the publish settings do not hold', async () => {
    const source = createFileCertificateSource({ baseDir: dir });
    await assert.rejects(source.get(binding('nope.pem')), coded(CODES.FileNotReadable, (e) => assert.match(e.message, /nope\.pem does not exist/)));
    file('expired.pem', toPem(pki.expiredClient));
    await assert.rejects(source.get(binding('expired.pem')), coded(CODES.Expired));
    await assert.rejects(source.get(binding('one.publishsettings', '00000000-0000-0000-0000-00000000dead')), coded(CODES.SubscriptionMismatch, (e) => assert.match(e.message, /00000000-0000-0000-0000-00000000dead/)));
  });

  it('loadCertificateFile: publish settings with several subscriptions and none chosen is refused, listing them; one is taken as it is', () => {
    assert.throws(() => loadCertificateFile(join(dir, 'two.publishsettings')), coded(CODES.SeveralSubscriptions, (e) => {
      assert.match(e.message, /list 2 subscriptions/);
      assert.match(e.message, new RegExp(`${SUBSCRIPTION} \\(Ours\\)`));
      assert.deepEqual(e.details?.available, [OTHER_SUBSCRIPTION, SUBSCRIPTION]);
    }));
    assert.equal(loadCertificateFile(join(dir, 'two.publishsettings'), { subscriptionId: SUBSCRIPTION }).thumbprint, pki.client.thumbprint);
    assert.equal(loadCertificateFile(join(dir, 'one.publishsettings')).subscriptionId, SUBSCRIPTION);
  });

  it('a .pem (or any text file) that is no certificate gets a PEM message, a binary blob a PFX one', () => {
    const pemText = file('notes.pem', 'just some notes, not a certificate\n');
    assert.throws(() => loadCertificateFile(pemText), coded(CODES.Invalid, (e) => {
      assert.match(e.message, /^The PEM text holds no PEM block/);
    }));
    assert.throws(() => loadCertificateFile(file('notes.txt', 'plain words\n')), coded(CODES.Invalid, (e) => assert.match(e.message, /^The PEM text/)));
    assert.throws(() => loadCertificateFile(file('blob.bin', Buffer.from([0x30, 0x82, 0xff, 0x00, 0x01]))), coded(CODES.Invalid, (e) => assert.match(e.message, /^The PFX file .*not a PKCS#12/)));
  });
});
