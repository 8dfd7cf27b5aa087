// `asm disk …`, `asm vm disk …`, `asm reserved-ip …`, `asm vm size list` and `asm op list`, in
// process, against a real emulator: JSON for scripts, tables for people, help and refusals.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { ManagementCertificate, ServiceManagementClient } from '../../src/management/index.ts';
import { startCliEnvironment, type CliEnvironment } from './harness.ts';

interface Change { status: string; steps: { call: string; status: string; requestId?: string }[] }

describe('asm CLI: disks, data disks, reserved IPs, sizes and the operation log', () => {
  let env: CliEnvironment;
  let client: ServiceManagementClient;
  before(async () => {
    env = await startCliEnvironment();
    client = new ServiceManagementClient({
      subscriptionId: env.emulator.subscriptionId, endpoint: env.emulator.url, ca: readFileSync(env.emulator.caFile, 'utf8'),
      certificate: ManagementCertificate.fromPem(readFileSync(env.emulator.certFile, 'utf8')),
    });
    await client.operations.wait((await client.hostedServices.create({ serviceName: 'cli1', label: 'cli1', location: 'West US' })).requestId, { intervalMs: 20 });
    await client.operations.wait((await client.virtualMachines.createDeployment('cli1', {
      deploymentName: 'cli1',
      role: {
        roleName: 'cli1', roleSize: 'Small',
        configurationSets: [{ configurationSetType: 'LinuxProvisioningConfiguration', hostName: 'cli1', userName: 'azureuser', userPassword: 'Pa55w.rd-1234' }],
        osVirtualHardDisk: { sourceImageName: 'OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd', mediaLink: 'https://clistore.blob.core.windows.net/vhds/cli1.vhd' },
      },
    })).requestId, { intervalMs: 20 });
  });
  after(async () => { await client.close(); await env.close(); });

  it('vm disk attach / list / detach, and disk list / show / delete', async () => {
    const attached = await env.json<Change>(['vm', 'disk', 'attach', 'cli1', '10']);
    assert.equal(attached.status, 'succeeded');
    assert.deepEqual(attached.steps.map((s) => [s.call, s.status]), [['dataDisks.add', 'succeeded']]);
    const disks = await env.json<{ lun: number; diskName: string; logicalDiskSizeInGB: number }[]>(['vm', 'disk', 'list', 'cli1']);
    assert.deepEqual(disks.map((d) => [d.lun, d.logicalDiskSizeInGB]), [[0, 10]]);
    const table = await env.run(['vm', 'disk', 'list', 'cli1']);
    assert.match(table.stdout, /^Data disks of VM cli1\n\nLUN\s+NAME\s+SIZE \(GB\)\s+CACHING\s+VHD\n0\s+cli1-cli1-0-\d+\s+10\s+None\s+https:\/\/clistore/);
    const dry = await env.run(['vm', 'disk', 'detach', 'cli1', '--lun', '0', '--keep-vhd', '--dry-run']);
    assert.equal(dry.code, 0);
    assert.match(dry.stdout, /Risk:\s+destroys resources/);
    assert.match(dry.stdout, new RegExp(`Detached and kept: LUN 0: ${disks[0]?.diskName} \\(10 GB, https://clistore\\.blob\\.core\\.windows\\.net/vhds/cli1-data-0-\\d+\\.vhd\\)`));
    const refused = await env.run(['disk', 'delete', disks[0]?.diskName ?? '']);
    assert.equal(refused.code, 2);
    assert.match(refused.stdout + refused.stderr, /attached to VM cli1/);
    assert.equal((await env.json<Change>(['vm', 'disk', 'detach', 'cli1', '--lun', '0', '--keep-vhd'])).status, 'succeeded');
    const shown = await env.json<{ name: string; attachedTo?: unknown }>(['disk', 'show', disks[0]?.diskName ?? '']);
    assert.equal(shown.attachedTo, undefined);
    const listed = await env.run(['disk', 'list']);
    assert.match(listed.stdout, new RegExp(`${disks[0]?.diskName}\\s+data\\s+10\\s+free`));
    assert.equal((await env.json<Change>(['disk', 'delete', disks[0]?.diskName ?? ''])).status, 'succeeded');
    assert.deepEqual((await env.json<{ name: string }[]>(['disk', 'list'])).filter((d) => d.name === disks[0]?.diskName), []);
  });

  it('reserved-ip create / list / assign / unassign / delete', async () => {
    assert.equal((await env.json<Change>(['reserved-ip', 'create', 'cli-ip', 'west', 'us'])).status, 'succeeded');
    assert.equal((await env.json<Change>(['reserved-ip', 'assign', 'cli-ip', 'cli1'])).status, 'succeeded');
    const text = await env.run(['reserved-ip', 'list']);
    assert.match(text.stdout, /cli-ip\s+[\d.]+\s+West US\s+Created\s+cli1 \(deployment cli1\)/);
    const inUse = await env.run(['reserved-ip', 'delete', 'cli-ip', '--json']);
    assert.equal(inUse.code, 2);
    assert.equal((JSON.parse(inUse.stdout) as { error: { code: string } }).error.code, 'RESERVED_IP_IN_USE');
    assert.equal((await env.json<Change>(['reserved-ip', 'unassign', 'cli-ip', 'cli1'])).status, 'succeeded');
    assert.equal((await env.json<Change>(['reserved-ip', 'delete', 'cli-ip'])).status, 'succeeded');
    assert.deepEqual(await env.json(['reserved-ip', 'list']), []);
  });

  it('vm size list [location] and op list --since', async () => {
    const sizes = await env.json<{ name: string; maxDataDiskCount: number }[]>(['vm', 'size', 'list', 'westus']);
    assert.equal(sizes.find((s) => s.name === 'Small')?.maxDataDiskCount, 2);
    const table = await env.run(['vm', 'sizes', 'ls']);
    assert.match(table.stdout, /^VM sizes\n\nNAME\s+LABEL\s+CORES\s+MEMORY \(GB\)\s+DATA DISKS\s+TEMP DISK \(GB\)\n/);
    const page = await env.json<{ subscriptionOperations: { operationName: string; operationStatus: { status: string } }[] }>(['op', 'list', '--since', '1h']);
    const names = page.subscriptionOperations.map((o) => o.operationName);
    for (const name of ['AddDataDisk', 'CreateReservedIP', 'AssociateReservedIP', 'DeleteReservedIP']) assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
    const log = await env.run(['op', 'list']);
    assert.match(log.stdout, /^Operations\n\nSTARTED\s+OPERATION\s+RESOURCE\s+STATUS\s+CALLER\s+REQUEST\n/);
    assert.match(log.stdout, /CreateReservedIP\s+cli-ip\s+Succeeded/);
    const failed = await env.json<{ subscriptionOperations: unknown[] }>(['op', 'list', '--since', '1h', '--status', 'Failed']);
    assert.ok(failed.subscriptionOperations.length < page.subscriptionOperations.length);
    const bad = await env.run(['op', 'list', '--since', 'yesterday']);
    assert.equal(bad.code, 2);
    assert.match(bad.stdout + bad.stderr, /30m, 1h, 2d/);
  });

  it('help: `help vm disk`, `vm disk attach --help`, and the overview lists the new resources', async () => {
    const resource = await env.run(['help', 'vm', 'disk']);
    assert.equal(resource.code, 0);
    assert.match(resource.stdout, /vm disk attach <name> \[<size-gb>\] \[--disk <name>\]/);
    const command = await env.run(['vm', 'disk', 'attach', '--help']);
    assert.match(command.stdout, /^vm disk attach\n/);
    assert.match(command.stdout, /Risk: changes resources/);
    const overview = await env.run(['help']);
    for (const r of ['disk', 'vm disk', 'vm size', 'reserved-ip']) assert.match(overview.stdout, new RegExp(`\\n${r}\\s`), r);
  });
});
