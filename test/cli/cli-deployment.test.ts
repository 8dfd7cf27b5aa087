import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { getTestPki } from '../helpers/pki.ts';
import { startCliEnvironment, type CliEnvironment } from './harness.ts';

const cscfg = (instances: number) => `<?xml version="1.0" encoding="utf-8"?>
<ServiceConfiguration serviceName="app" osFamily="4" osVersion="*" xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration">
  <Role name="WebRole1"><Instances count="${instances}" /></Role>
</ServiceConfiguration>`;
const PACKAGE = 'https://store1.blob.core.windows.net/pkg/app.cspkg';

interface Change { status: string; steps: { call: string; status: string; requestId?: string }[] }
interface Deployment { name: string; deploymentSlot: string; status: string; label: string; configuration: string; roleInstanceList: { roleName: string; instanceName: string }[] }

describe('asm CLI against the emulator: deployments, with .cscfg files downloaded from an allowed host', () => {
  let env: CliEnvironment;
  let files: Server;
  let base: string;
  let extra: Record<string, string>;
  const pki = getTestPki();

  before(async () => {
    env = await startCliEnvironment();
    files = createServer({ cert: pki.server.certPem, key: pki.server.keyPem }, (req, res) => {
      const count = /\/app-(\d)\.cscfg$/.exec(req.url ?? '')?.[1];
      if (count) { res.writeHead(200, { 'content-type': 'application/xml' }); res.end(cscfg(Number(count))); return; }
      res.writeHead(404); res.end();
    });
    await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
    base = `https://localhost:${(files.address() as AddressInfo).port}`;
    // One CA file for both servers: the emulator's and the file server's.
    const bundle = join(env.cwd, 'bundle.pem');
    writeFileSync(bundle, readFileSync(env.emulator.caFile, 'utf8') + pki.ca.certPem);
    extra = { ASM_CA_FILE: bundle, ASM_CONFIG_HOSTS: 'localhost' };
    const created = await env.json<Change>(['service', 'create', 'svc1', 'West US'], 0, { env: extra });
    assert.equal(created.status, 'succeeded');
  });
  after(async () => {
    await new Promise<void>((resolve) => files.close(() => resolve()));
    await env.close();
  });

  const json = <T>(args: string[], code = 0) => env.json<T>(args, code, { env: extra });

  it('deployment create to staging, then show it by slot and by name', async () => {
    const created = await json<Change>(['deployment', 'create', 'svc1', 'v1', '--package', PACKAGE, '--config', `${base}/app-2.cscfg`, '--slot', 'staging', '--label', 'Version 1']);
    assert.deepEqual(created.steps.map((s) => [s.call, s.status]), [['deployments.create', 'succeeded']]);
    const bySlot = await json<Deployment>(['deployment', 'show', 'svc1', '--slot', 'staging']);
    assert.equal(bySlot.name, 'v1');
    assert.equal(bySlot.deploymentSlot, 'Staging');
    assert.equal(bySlot.label, 'Version 1');
    assert.match(bySlot.configuration, /<Instances count="2" \/>/);
    assert.equal(bySlot.roleInstanceList.length, 2);
    assert.equal((await json<Deployment>(['deployment', 'show', 'svc1', '--name', 'v1'])).deploymentSlot, 'Staging');
  });

  it('deployment start / suspend', async () => {
    assert.equal((await json<Change>(['deployment', 'start', 'svc1', 'v1'])).steps[0]?.call, 'deployments.updateStatus');
    assert.equal((await json<Deployment>(['deployment', 'show', 'svc1', '--name', 'v1'])).status, 'Running');
    await json(['deployment', 'suspend', 'svc1', 'v1']);
    assert.equal((await json<Deployment>(['deployment', 'show', 'svc1', '--name', 'v1'])).status, 'Suspended');
  });

  it('deployment config applies a new .cscfg', async () => {
    assert.equal((await json<Change>(['deployment', 'config', 'svc1', 'v1', '--config', `${base}/app-3.cscfg`])).status, 'succeeded');
    const deployment = await json<Deployment>(['deployment', 'show', 'svc1', '--name', 'v1']);
    assert.match(deployment.configuration, /<Instances count="3" \/>/);
  });

  it('deployment swap moves staging into production', async () => {
    const swapped = await json<Change>(['deployment', 'swap', 'svc1']);
    assert.deepEqual(swapped.steps.map((s) => s.call), ['deployments.swap']);
    assert.equal((await json<Deployment>(['deployment', 'show', 'svc1'])).name, 'v1');
    const empty = await json<{ error: { code: string; hint: string } }>(['deployment', 'swap', 'svc1'], 2);
    assert.equal(empty.error.code, 'NOTHING_TO_SWAP');
  });

  it('refuses a .cscfg from a host that is not allowed, before any call', async () => {
    const refused = await env.json<{ error: { code: string; hint: string } }>(['deployment', 'config', 'svc1', 'v1', '--config', `${base}/app-1.cscfg`], 2, { env: { ASM_CA_FILE: extra.ASM_CA_FILE as string } });
    assert.equal(refused.error.code, 'CONFIG_HOST_NOT_ALLOWED');
    assert.match(refused.error.hint, /allowed host/);
  });

  it('deployment create --start runs it at once; service delete --purge takes the deployment with it', async () => {
    assert.equal((await json<Change>(['service', 'create', 'svc2', 'West US'])).status, 'succeeded');
    await json(['deployment', 'create', 'svc2', 'live', '--package', PACKAGE, '--config', `${base}/app-1.cscfg`, '--start']);
    assert.equal((await json<Deployment>(['deployment', 'show', 'svc2'])).status, 'Running');
    const refused = await json<{ status: string; error: { code: string; hint: string } }>(['service', 'delete', 'svc2'], 1);
    assert.equal(refused.status, 'failed');
    assert.ok(refused.error.hint.length > 0);
    assert.equal((await json<Change>(['service', 'delete', 'svc2', '--purge'])).status, 'succeeded');
    const gone = await env.run(['service', 'show', 'svc2', '--json'], { env: extra });
    assert.equal(gone.code, 1);
    assert.equal((JSON.parse(gone.stdout) as { error: { code: string } }).error.code, 'ResourceNotFound');
  });

  it('deployment delete, then the service can go', async () => {
    assert.deepEqual((await json<Change>(['deployment', 'delete', 'svc1', 'v1'])).steps.map((s) => s.call), ['deployments.delete']);
    const none = await env.run(['deployment', 'show', 'svc1', '--json'], { env: extra });
    assert.equal(none.code, 1);
    assert.equal((await json<Change>(['service', 'delete', 'svc1'])).status, 'succeeded');
  });
});
