// `asm vm delete` end to end, in process (runCli from src/cli/run-cli.ts) against a real emulator:
// only the named VM goes, whatever else shares its deployment or service.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../../src/cli/run-cli.ts';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.ts';
import { ManagementCertificate, ServiceManagementClient, type Role } from '../../src/management/index.ts';
import { openSshPublicKey } from '../helpers/commands.ts';

const CENTOS = 'OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd';
const CSCFG = '<?xml version="1.0" encoding="utf-8"?><ServiceConfiguration serviceName="web" osFamily="4" osVersion="*" '
  + 'xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration"><Role name="WebRole1"><Instances count="1" /></Role></ServiceConfiguration>';

const vmRole = (roleName: string, port: number): Role => ({
  roleName,
  configurationSets: [
    { configurationSetType: 'LinuxProvisioningConfiguration', hostName: roleName, userName: 'azureuser', userPassword: 'Pa55w.rd-1234' },
    { configurationSetType: 'NetworkConfiguration', inputEndpoints: [{ name: 'SSH', protocol: 'tcp', port, localPort: 22 }] },
  ],
  osVirtualHardDisk: { sourceImageName: CENTOS, mediaLink: `https://vmstore.blob.core.windows.net/vhds/${roleName}.vhd` },
  roleSize: 'Small',
});

const sshKey = (): string => openSshPublicKey().line;

interface Run { readonly code: number; readonly stdout: string; readonly stderr: string }

describe('asm vm delete (end to end)', () => {
  let emulator: RunningEmulator;
  let client: ServiceManagementClient;
  let cwd: string;
  const wait = async (operation: { requestId: string }) => client.operations.wait(operation.requestId, { intervalMs: 10, timeoutMs: 30_000 });
  const asm = async (...argv: string[]): Promise<Run> => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(argv, {
      stdout: { write: (t: string) => { stdout += t; } },
      stderr: { write: (t: string) => { stderr += t; } },
      env: { ASM_EMULATOR_DIR: emulator.dataDir, ASM_POLL_INTERVAL_MS: '10', ASM_SECRETS_DIR: join(cwd, 'secrets') },
      cwd,
    });
    return { code, stdout, stderr };
  };
  const roles = async (service: string, deployment: string) => ((await client.deployments.getByName(service, deployment)).roleList ?? []).map((r) => r.roleName);
  const services = async () => (await client.hostedServices.list()).map((s) => s.serviceName).sort();

  before(async () => {
    emulator = await startEmulator({ port: 0, inMemory: true, operationDelayMs: 20 });
    cwd = mkdtempSync(join(tmpdir(), 'asm-vm-delete-'));
    client = new ServiceManagementClient({
      subscriptionId: emulator.subscriptionId,
      certificate: ManagementCertificate.fromPem(readFileSync(emulator.certFile, 'utf8')),
      endpoint: emulator.url,
      ca: readFileSync(emulator.caFile, 'utf8'),
    });
    await wait(await client.storageAccounts.create({ serviceName: 'vmstore', label: 'vmstore', location: 'West US' }));
    await wait(await client.hostedServices.create({ serviceName: 'pair', label: 'pair', location: 'West US' }));
    await wait(await client.virtualMachines.createDeployment('pair', { deploymentName: 'pairdep', role: vmRole('pvm1', 22) }));
    await wait(await client.virtualMachines.addRole('pair', 'pairdep', vmRole('pvm2', 2222)));
    await wait(await client.hostedServices.create({ serviceName: 'paas2', label: 'paas2', location: 'West US' }));
    await wait(await client.deployments.create('paas2', 'production', {
      name: 'paas2', packageUrl: 'https://store.blob.core.windows.net/p/web.cspkg', label: 'web', configuration: CSCFG, startDeployment: true,
    }));
  });
  after(async () => {
    await client.close();
    await emulator.close();
    rmSync(cwd, { recursive: true, force: true });
  });

  it('the dry run of one of two VMs lists what goes and what stays', async () => {
    const run = await asm('vm', 'delete', 'pvm2', '--service', 'pair', '--dry-run');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Delete VM `pvm2` from deployment `pairdep` of `pair` with its disks: `virtualMachines\.deleteRole`/);
    assert.match(run.stdout, /Kept: the other roles of deployment pairdep \(pvm1\)/);
    assert.doesNotMatch(run.stdout, /hostedServices\.delete|deployments\.delete/);
  });

  it('deletes only the named VM of a two-VM deployment; the other VM and the service stay', async () => {
    const run = await asm('vm', 'delete', 'pvm2', '--service', 'pair', '--json');
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.deepEqual((JSON.parse(run.stdout) as { steps: { call: string; status: string }[] }).steps.map((s) => [s.call, s.status]), [
      ['virtualMachines.deleteRole', 'succeeded'],
    ]);
    assert.deepEqual(await roles('pair', 'pairdep'), ['pvm1']);
    assert.ok((await services()).includes('pair'));
  });

  it('refuses a web role and a VM name the deployment does not have, deleting nothing (exit 2)', async () => {
    const paas = await asm('vm', 'delete', 'paas2');
    assert.equal(paas.code, 2, paas.stdout + paas.stderr);
    assert.match(paas.stdout + paas.stderr, /no VM named paas2/);
    const web = await asm('vm', 'delete', 'WebRole1', '--service', 'paas2', '--json');
    assert.equal(web.code, 2);
    assert.equal((JSON.parse(web.stdout) as { error: { code: string } }).error.code, 'NOT_A_VM');
    const ghost = await asm('vm', 'delete', 'ghost', '--service', 'pair');
    assert.equal(ghost.code, 2);
    assert.deepEqual(await roles('paas2', 'paas2'), ['WebRole1']);
    assert.deepEqual(await roles('pair', 'pairdep'), ['pvm1']);
  });

  it('`vm create` then `vm delete` of a ghost in its service deletes nothing; deleting the VM itself takes its service', async () => {
    // An SSH key rather than a generated password: this test is about the delete, not the secret store.
    const created = await asm('vm', 'create', 'pvm3', 'West', 'US', '--ssh-key', sshKey());
    assert.equal(created.code, 0, created.stdout + created.stderr);
    const ghost = await asm('vm', 'delete', 'ghost', '--service', 'pvm3');
    assert.equal(ghost.code, 2);
    assert.deepEqual(await roles('pvm3', 'pvm3'), ['pvm3']);
    const gone = await asm('vm', 'delete', 'pvm3');
    assert.equal(gone.code, 0, gone.stdout + gone.stderr);
    assert.match(gone.stdout, /Delete deployment `pvm3` of `pvm3` \(its only VM, `pvm3`\) with its disks: done/);
    assert.match(gone.stdout, /Delete cloud service `pvm3`/);
    assert.deepEqual(await services(), ['paas2', 'pair']);
  });
});
