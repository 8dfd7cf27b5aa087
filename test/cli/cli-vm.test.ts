import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { ManagementCertificate, ServiceManagementClient } from '../../src/management/index.ts';
import { startCliEnvironment, type CliEnvironment, type CliRun } from './harness.ts';

interface Change {
  status: string; summary: string;
  steps: { id: string; call: string; status: string; requestId?: string; error?: { code: string } }[];
  secrets: { name: string; description: string; location?: string }[];
}
interface Vm { roleName: string; serviceName: string; deploymentName: string; location: string; role: { roleSize: string; osVirtualHardDisk?: { sourceImageName: string; mediaLink: string }; vmImageName?: string }; roleInstance: { powerState: string; instanceStatus: string } }

describe('asm CLI against the emulator: virtual machines and VM images', () => {
  let env: CliEnvironment;
  const outputs: CliRun[] = [];
  const run = async (args: string[]) => { const r = await env.run(args); outputs.push(r); return r; };
  const json = async <T>(args: string[], code = 0): Promise<T> => {
    const r = await run([...args, '--json']);
    assert.equal(r.code, code, `asm ${args.join(' ')}: ${r.stdout}${r.stderr}`);
    return JSON.parse(r.stdout) as T;
  };
  const passwords = () => (existsSync(env.secretsDir) ? readdirSync(env.secretsDir).map((f) => readFileSync(`${env.secretsDir}/${f}`, 'utf8').trim()) : []);

  before(async () => {
    env = await startCliEnvironment();
    await json(['storage', 'create', 'vhdstore', 'West US']);
  });
  after(() => env.close());

  it('vm create --dry-run shows the plan (password, cloud service, VM) and changes nothing', async () => {
    const { plan } = await json<{ plan: { steps: { call: string }[]; secrets: { location?: string }[] } }>(['vm', 'create', 'dry1', 'West', 'US', '--dry-run']);
    assert.deepEqual(plan.steps.map((s) => s.call), ['secrets.generatePassword', 'hostedServices.create', 'virtualMachines.createDeployment']);
    assert.equal(plan.secrets[0]?.location, undefined);
    assert.deepEqual(passwords(), [], 'no password stored on a dry run');
    assert.deepEqual(await json(['service', 'list']), []);
  });

  it('vm create: password, cloud service, then VM; the generated password goes to a 0600 file and nowhere else', async () => {
    const created = await json<Change>(['vm', 'create', 'vm1', 'west-us']);
    assert.equal(created.status, 'succeeded');
    assert.deepEqual(created.steps.map((s) => [s.call, s.status]), [
      ['secrets.generatePassword', 'succeeded'], ['hostedServices.create', 'succeeded'], ['virtualMachines.createDeployment', 'succeeded'],
    ]);
    const location = created.secrets[0]?.location ?? '';
    assert.ok(location.startsWith(env.secretsDir), `stored under .local/secrets: ${location}`);
    assert.equal(statSync(location).mode & 0o777, 0o600);
    const [password] = passwords();
    assert.ok(password !== undefined && password.length >= 20);
    const text = await run(['vm', 'show', 'vm1']);
    assert.match(text.stdout, /Power:\s+Started/);
    for (const r of outputs) {
      assert.ok(!r.stdout.includes(password) && !r.stderr.includes(password), 'the password never reaches stdout or stderr');
    }
  });

  it('vm create in the terminal says where the password file is, and the file holds it', async () => {
    const result = await run(['vm', 'create', 'txt1', 'West', 'US']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^Done: Create VM txt1 in West US\n/);
    const where = /The password of azureuser on VM txt1 was stored in (\S+) \(readable only by you\)\./.exec(result.stdout)?.[1];
    assert.ok(where !== undefined && where.startsWith(env.secretsDir), result.stdout);
    assert.equal(statSync(where).mode & 0o777, 0o600);
    const password = readFileSync(where, 'utf8').trim();
    assert.ok(password.length >= 20);
    assert.ok(!result.stdout.includes(password) && !result.stderr.includes(password));
    assert.equal((await json<Change>(['vm', 'delete', 'txt1'])).status, 'succeeded');
  });

  it('vm create reuses an existing cloud service (the ensure step is skipped)', async () => {
    await json(['service', 'create', 'shop', 'West US']);
    const created = await json<Change>(['vm', 'create', 'web1', 'West US', '--service', 'shop', '--size', 'Medium']);
    assert.deepEqual(created.steps.map((s) => [s.id, s.status]), [['generate-password', 'succeeded'], ['ensure-service', 'skipped'], ['create-vm', 'succeeded']]);
  });

  it('vm list / vm list <service> / vm show: the core’s role and role instance', async () => {
    const all = await json<Vm[]>(['vm', 'list']);
    assert.deepEqual(all.map((v) => [v.roleName, v.serviceName, v.deploymentName, v.location]).sort(), [['vm1', 'vm1', 'vm1', 'West US'], ['web1', 'shop', 'shop', 'West US']]);
    const one = await json<Vm[]>(['vm', 'list', 'shop']);
    assert.deepEqual(one.map((v) => [v.roleName, v.role.roleSize]), [['web1', 'Medium']]);
    const vm = await json<Vm>(['vm', 'show', 'vm1']);
    assert.equal(vm.role.roleSize, 'Small');
    assert.equal(vm.role.osVirtualHardDisk?.sourceImageName, 'OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd');
    assert.match(vm.role.osVirtualHardDisk?.mediaLink ?? '', /^https:\/\/vhdstore\.blob\.core\.windows\.net\/vhds\/vm1-vm1-\d{14}\.vhd$/);
    assert.equal(vm.roleInstance.instanceStatus, 'ReadyRole');
    const missing = await run(['vm', 'show', 'nosuch', '--service', 'shop', '--json']);
    assert.equal(missing.code, 1);
    assert.equal((JSON.parse(missing.stdout) as { error: { code: string } }).error.code, 'VM_NOT_FOUND');
  });

  it('vm stop / start / restart / stop --deallocate move the power state', async () => {
    const power = async () => (await json<Vm>(['vm', 'show', 'vm1'])).roleInstance.instanceStatus;
    assert.equal((await json<Change>(['vm', 'stop', 'vm1'])).steps[0]?.call, 'virtualMachines.shutdown');
    assert.equal(await power(), 'StoppedVM');
    assert.equal((await json<Change>(['vm', 'start', 'vm1'])).status, 'succeeded');
    assert.equal(await power(), 'ReadyRole');
    assert.equal((await json<Change>(['vm', 'reboot', 'vm1'])).steps[0]?.call, 'virtualMachines.restart');
    assert.equal((await json<Change>(['vm', 'stop', 'vm1', '--deallocate'])).status, 'succeeded');
    assert.equal(await power(), 'StoppedDeallocated');
  });

  it('vm capture, vm-image list (filters), a VM from the captured image, vm-image delete', async () => {
    assert.deepEqual((await json<Change>(['vm', 'capture', 'vm1', 'cap1', '--generalized'])).steps.map((s) => s.call), ['vmImages.capture']);
    const images = await json<{ name: string; category: string; osDiskConfiguration: { os: string; osState: string } }[]>(['vm-image', 'list', '--location', 'west us', '--category', 'User']);
    const cap = images.find((i) => i.name === 'cap1');
    assert.deepEqual([cap?.osDiskConfiguration.os, cap?.osDiskConfiguration.osState], ['Linux', 'Generalized']);
    const fromImage = await json<Change>(['vm', 'create', 'vm3', 'West US', '--vm-image', 'cap1']);
    assert.equal(fromImage.status, 'succeeded');
    assert.equal((await json<Vm>(['vm', 'show', 'vm3'])).role.vmImageName, 'cap1');
    assert.equal((await json<Change>(['vm', 'delete', 'vm3'])).status, 'succeeded');
    assert.equal((await json<Change>(['vm-image', 'delete', 'cap1'])).status, 'succeeded');
    assert.ok(!(await json<{ name: string }[]>(['vm-image', 'list'])).some((i) => i.name === 'cap1'));
  });

  it('vm create --no-wait returns after submitting; op show follows it to success', async () => {
    const submitted = await json<Change>(['vm', 'create', 'vm2', 'West US', '--no-wait']);
    assert.equal(submitted.status, 'submitted');
    assert.deepEqual(submitted.steps.map((s) => s.status), ['succeeded', 'succeeded', 'submitted']);
    const requestId = submitted.steps[2]?.requestId as string;
    assert.match(requestId, /^[0-9a-f]{32}$/);
    let status = '';
    for (let i = 0; i < 200 && status !== 'Succeeded'; i++) {
      status = (await json<{ status: string }>(['op', 'show', requestId])).status;
      assert.notEqual(status, 'Failed');
    }
    assert.equal(status, 'Succeeded');
  });

  it('a Windows VM always gets a generated password, and refuses --ssh-key', async () => {
    const windows = (await json<{ name: string }[]>(['image', 'list', '--os', 'Windows']))[0]?.name as string;
    assert.ok(windows);
    const created = await json<Change>(['vm', 'create', 'win1', 'West US', '--image', windows]);
    assert.equal(created.status, 'succeeded');
    assert.equal(created.secrets.length, 1);
    const key = `ssh-rsa ${Buffer.concat([Buffer.from([0, 0, 0, 7]), Buffer.from('ssh-rsa'), Buffer.from([0, 0, 0, 1, 1, 0, 0, 0, 1, 7])]).toString('base64')}`;
    const refused = await json<{ error: { code: string; hint: string } }>(['vm', 'create', 'win2', 'West US', '--image', windows, '--ssh-key', key], 2);
    assert.equal(refused.error.code, 'SSH_KEY_NOT_FOR_WINDOWS');
  });

  it('vm create --ssh-key uploads the key as a service certificate and provisions it, with no password', async () => {
    const key = `ssh-rsa ${Buffer.concat([Buffer.from([0, 0, 0, 7]), Buffer.from('ssh-rsa'), Buffer.from([0, 0, 0, 1, 1, 0, 0, 0, 1, 7])]).toString('base64')}`;
    const created = await json<Change>(['vm', 'create', 'key1', 'West US', '--ssh-key', key]);
    assert.equal(created.status, 'succeeded');
    assert.deepEqual(created.steps.map((s) => s.call), ['hostedServices.create', 'serviceCertificates.add', 'virtualMachines.createDeployment']);
    assert.equal(created.secrets.length, 0, 'no password is generated when a key is given');
    assert.ok(created.steps.every((s) => s.status === 'succeeded'));
    // The service keeps the key as a certificate of the cloud service (it does not echo provisioning settings back).
    const certificate = ManagementCertificate.fromPem(readFileSync(env.emulator.certFile, 'utf8'));
    const client = new ServiceManagementClient({ subscriptionId: env.emulator.subscriptionId, certificate, endpoint: env.emulator.url, ca: readFileSync(env.emulator.caFile, 'utf8') });
    try {
      const certificates = await client.serviceCertificates.list('key1');
      assert.equal(certificates.length, 1);
      assert.match(certificates[0]?.thumbprint ?? '', /^[0-9A-F]{40}$/);
    } finally {
      await client.close();
    }
  });

  it('vm create without storage in the location creates a storage account there first, for the OS disk', async () => {
    const created = await json<Change>(['vm', 'create', 'far1', 'Japan', 'East']);
    assert.deepEqual(created.steps.map((s) => [s.call, s.status]), [
      ['secrets.generatePassword', 'succeeded'], ['hostedServices.create', 'succeeded'],
      ['storageAccounts.create', 'succeeded'], ['virtualMachines.createDeployment', 'succeeded'],
    ]);
    const accounts = await json<{ serviceName: string; storageServiceProperties: { location?: string } }[]>(['storage', 'list']);
    const made = accounts.find((a) => a.storageServiceProperties.location === 'Japan East');
    assert.ok(made !== undefined, JSON.stringify(accounts));
    const vm = await json<Vm>(['vm', 'show', 'far1']);
    assert.ok(vm.role.osVirtualHardDisk?.mediaLink.startsWith(`https://${made.serviceName}.blob.core.windows.net/`), vm.role.osVirtualHardDisk?.mediaLink);
  });

  it('vm delete: deployment (with VHDs), then the cloud service', async () => {
    const deleted = await json<Change>(['vm', 'delete', 'vm1']);
    assert.deepEqual(deleted.steps.map((s) => [s.call, s.status]), [['deployments.delete', 'succeeded'], ['hostedServices.delete', 'succeeded']]);
    const gone = await run(['service', 'show', 'vm1', '--json']);
    assert.equal(gone.code, 1);
    assert.equal((JSON.parse(gone.stdout) as { error: { code: string } }).error.code, 'ResourceNotFound');
  });

  it('no output ever held a generated password', () => {
    const all = passwords();
    assert.ok(all.length >= 3);
    for (const r of outputs) for (const p of all) assert.ok(!r.stdout.includes(p) && !r.stderr.includes(p));
  });
});
