// The CLI's certificate and CA files (issue 7, low items), run in process: the errors come from
// reading the files, before any connection is made.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/index.ts';
import { resolveConnection } from '../../src/cli/connection.ts';
import { splitCliOptions } from '../../src/cli/cli-options.ts';
import { getTestPki, publishSettingsCertificate, toPem, toPublishSettings20 } from '../helpers/pki.ts';

interface ErrorJson { error: { code: string; message: string; hint: string } }
const SUB_A = 'aaaaaaaa-0000-0000-0000-000000000001';
const SUB_B = 'bbbbbbbb-0000-0000-0000-000000000002';
const pki = getTestPki();

describe('asm CLI: certificate and CA files', () => {
  let dir: string;
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content, { mode: 0o600 });
    return path;
  };
  const run = async (args: string[]) => {
    let stdout = '';
    const code = await runCli([...args, '--json'], {
      stdout: { write: (t: string) => { stdout += t; } },
      stderr: { write: () => true },
      env: {},
      cwd: dir,
    });
    return { code, json: JSON.parse(stdout) as ErrorJson };
  };
  const base = () => ['location', 'list', '--endpoint', 'https://127.0.0.1:1', '--subscription', SUB_A];

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'asm-cli-certs-'));
    file('client.pem', toPem(pki.client));
    file('ca.pem', pki.ca.certPem);
    file('two.publishsettings', toPublishSettings20([
      { id: SUB_A, name: 'First', certificate: publishSettingsCertificate(pki.client) },
      { id: SUB_B, name: 'Second', certificate: publishSettingsCertificate(pki.ecClient) },
    ]));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('--ca that is not PEM (binary, plain text, a damaged block) is an error, exit 3, pointing at --ca', async () => {
    const cases = [
      file('ca.der', Buffer.from([0x30, 0x82, 0x01, 0x0a, 0x02, 0x82])),
      file('ca.txt', 'this is not a certificate\n'),
      file('ca-bad.pem', '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n'),
      file('ca-key.pem', pki.ca.keyPem),
    ];
    for (const ca of cases) {
      const { code, json } = await run([...base(), '--cert', join(dir, 'client.pem'), '--ca', ca]);
      assert.equal(code, 3, ca);
      assert.equal(json.error.code, 'CA_NOT_USABLE');
      assert.ok(json.error.message.includes(ca));
      assert.match(json.error.hint, /--ca/);
    }
  });

  it('a good CA file is taken as it is', () => {
    const { options } = splitCliOptions([...base(), '--cert', join(dir, 'client.pem'), '--ca', join(dir, 'ca.pem')]);
    assert.equal(resolveConnection(options, {}, dir).ca, pki.ca.certPem);
  });

  it('a .pem that is text gets a PEM message, not a PFX one', async () => {
    const { code, json } = await run([...base(), '--cert', file('notes.pem', 'my notes about certificates\n')]);
    assert.equal(code, 3);
    assert.equal(json.error.code, 'CertificateInvalid');
    assert.match(json.error.message, /^The PEM text holds no PEM block/);
    assert.doesNotMatch(json.error.message, /PKCS#12/);
  });

  it('a missing --cert and a missing --ca give the same exit code (3) and the same error code', async () => {
    const cert = await run([...base(), '--cert', join(dir, 'missing.pem')]);
    const ca = await run([...base(), '--cert', join(dir, 'client.pem'), '--ca', join(dir, 'missing-ca.pem')]);
    assert.equal(cert.code, 3);
    assert.equal(ca.code, cert.code);
    assert.equal(cert.json.error.code, 'FILE_NOT_READABLE');
    assert.equal(ca.json.error.code, 'FILE_NOT_READABLE');
    assert.match(cert.json.error.hint, /--cert/);
    assert.match(ca.json.error.hint, /--ca/);
  });

  it('publish settings with several subscriptions and no --subscription: says so, lists them, asks for --subscription (exit 2)', async () => {
    const { code, json } = await run(['location', 'list', '--cert', join(dir, 'two.publishsettings')]);
    assert.equal(code, 2);
    assert.equal(json.error.code, 'PublishSettingsSeveralSubscriptions');
    assert.match(json.error.message, new RegExp(`${SUB_A} \\(First\\), ${SUB_B} \\(Second\\)`));
    assert.match(json.error.hint, /--subscription/);
  });

  it('… and with --subscription, the certificate of that subscription is used', () => {
    const { options } = splitCliOptions(['location', 'list', '--cert', join(dir, 'two.publishsettings'), '--subscription', SUB_B]);
    const connection = resolveConnection(options, {}, dir);
    assert.equal(connection.subscriptionId, SUB_B);
    assert.equal(connection.certificate.thumbprint, pki.ecClient.thumbprint);
  });
});
