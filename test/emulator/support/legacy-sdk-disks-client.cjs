// Drives the emulator's disks, data disks and role sizes with the old Azure SDK for Node
// (azure-asm-compute, azure-asm-mgmt), unchanged: only the endpoint (argument) and the trusted CA
// (NODE_EXTRA_CA_CERTS, set by the parent) point it at the emulator. Prints one JSON line with
// what it saw; exits 1 with the error otherwise.
'use strict';
const fs = require('node:fs');
const compute = require('azure-asm-compute');
const mgmt = require('azure-asm-mgmt');

const [endpoint, subscriptionId, pemFile] = process.argv.slice(2);
const credentials = compute.createCertificateCloudCredentials({ subscriptionId, pem: fs.readFileSync(pemFile, 'utf8') });
const computeClient = compute.createComputeManagementClient(credentials, endpoint);
const managementClient = mgmt.createManagementClient(credentials, endpoint);
for (const client of [computeClient, managementClient]) {
  client.longRunningOperationInitialTimeout = 0;
  client.longRunningOperationRetryTimeout = 0;
}

const call = (fn) => new Promise((resolve, reject) => fn((error, result) => (error ? reject(error) : resolve(result))));
const BLOBS = 'https://legacydisks.blob.core.windows.net/vhds';

async function main() {
  const seen = {};
  const sizes = await call((cb) => managementClient.roleSizes.list(cb));
  const small = sizes.roleSizes.find((s) => s.name === 'Small');
  seen.roleSizes = [sizes.roleSizes.length > 10, small.cores, small.memoryInMb, small.maxDataDiskCount, small.supportedByVirtualMachines];

  await call((cb) => computeClient.hostedServices.create({ serviceName: 'diskssvc', label: 'disks', location: 'West US' }, cb));
  await call((cb) => computeClient.virtualMachines.createDeployment('diskssvc', {
    name: 'disksdep', deploymentSlot: 'Production', label: 'disks',
    roles: [{
      roleName: 'disksvm', roleType: 'PersistentVMRole', roleSize: 'Small',
      configurationSets: [{ configurationSetType: 'LinuxProvisioningConfiguration', hostName: 'disksvm', userName: 'azureuser', userPassword: 'Pa55w.rd-1234', disableSshPasswordAuthentication: false }],
      oSVirtualHardDisk: { sourceImageName: 'OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd', mediaLinkUri: `${BLOBS}/disksvm.vhd` },
    }],
  }, cb));

  const added = await call((cb) => computeClient.virtualMachineDisks.createDataDisk('diskssvc', 'disksdep', 'disksvm', {
    hostCaching: 'ReadOnly', label: 'data0', logicalUnitNumber: 0, logicalDiskSizeInGB: 10, mediaLinkUri: `${BLOBS}/data0.vhd`,
  }, cb));
  seen.attach = added.status;
  await call((cb) => computeClient.virtualMachineDisks.createDataDisk('diskssvc', 'disksdep', 'disksvm', {
    hostCaching: 'None', logicalUnitNumber: 1, logicalDiskSizeInGB: 20, mediaLinkUri: `${BLOBS}/data1.vhd`,
  }, cb));
  const lun0 = await call((cb) => computeClient.virtualMachineDisks.getDataDisk('diskssvc', 'disksdep', 'disksvm', 0, cb));
  const lun1 = await call((cb) => computeClient.virtualMachineDisks.getDataDisk('diskssvc', 'disksdep', 'disksvm', 1, cb));
  seen.dataDisks = [[lun0.logicalUnitNumber, lun0.logicalDiskSizeInGB, lun0.hostCaching, lun0.mediaLinkUri], [lun1.logicalUnitNumber, lun1.logicalDiskSizeInGB, lun1.hostCaching, lun1.mediaLinkUri]];
  try {
    await call((cb) => computeClient.virtualMachineDisks.createDataDisk('diskssvc', 'disksdep', 'disksvm', {
      hostCaching: 'None', logicalUnitNumber: 2, logicalDiskSizeInGB: 5, mediaLinkUri: `${BLOBS}/data2.vhd`,
    }, cb));
    seen.thirdDisk = 'accepted';
  } catch (error) {
    seen.thirdDisk = [error.statusCode, error.code];
  }

  const listed = await call((cb) => computeClient.virtualMachineDisks.listDisks(cb));
  const attached = listed.disks.find((d) => d.name === lun1.name);
  seen.listed = [listed.disks.length, attached && attached.usageDetails && attached.usageDetails.roleName];
  try {
    await call((cb) => computeClient.virtualMachineDisks.deleteDisk(lun1.name, false, cb));
    seen.deleteAttached = 'accepted';
  } catch (error) {
    seen.deleteAttached = [error.statusCode, error.code];
  }
  await call((cb) => computeClient.virtualMachineDisks.deleteDataDisk('diskssvc', 'disksdep', 'disksvm', 1, false, cb));
  const free = await call((cb) => computeClient.virtualMachineDisks.getDisk(lun1.name, cb));
  seen.detached = [free.name, free.usageDetails === undefined || free.usageDetails === null, free.logicalSizeInGB, free.mediaLinkUri];
  await call((cb) => computeClient.virtualMachineDisks.deleteDisk(lun1.name, true, cb));
  seen.deleted = (await call((cb) => computeClient.virtualMachineDisks.listDisks(cb))).disks.some((d) => d.name === lun1.name);

  await call((cb) => computeClient.virtualMachineDisks.createDisk({ name: 'legacyos', label: 'legacy os', mediaLinkUri: `${BLOBS}/legacyos.vhd`, operatingSystemType: 'Linux' }, cb));
  const os = await call((cb) => computeClient.virtualMachineDisks.getDisk('legacyos', cb));
  seen.osDisk = [os.name, os.label, os.operatingSystemType, os.mediaLinkUri];
  process.stdout.write(`${JSON.stringify(seen)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : String(error)}\n${error && error.body ? JSON.stringify(error.body) : ''}\n`);
  process.exit(1);
});
