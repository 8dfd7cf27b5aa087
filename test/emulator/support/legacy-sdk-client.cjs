// Drives the emulator with the old Azure SDK for Node (azure-asm-*), unchanged: only the endpoint
// (argument) and the trusted CA (NODE_EXTRA_CA_CERTS, set by the parent) point it at the emulator.
// Prints one JSON line with what it saw; exits 1 with the error otherwise.
'use strict';
const fs = require('node:fs');
const compute = require('azure-asm-compute');
const storage = require('azure-asm-storage');
const mgmt = require('azure-asm-mgmt');

const [endpoint, subscriptionId, pemFile] = process.argv.slice(2);
const pem = fs.readFileSync(pemFile, 'utf8');
const credentials = compute.createCertificateCloudCredentials({ subscriptionId, pem });

const computeClient = compute.createComputeManagementClient(credentials, endpoint);
const storageClient = storage.createStorageManagementClient(credentials, endpoint);
const managementClient = mgmt.createManagementClient(credentials, endpoint);
// Poll operations every 0 s instead of the 30 s default (a documented client setting).
for (const client of [computeClient, storageClient, managementClient]) {
  client.longRunningOperationInitialTimeout = 0;
  client.longRunningOperationRetryTimeout = 0;
}

const call = (fn) => new Promise((resolve, reject) => fn((error, result) => (error ? reject(error) : resolve(result))));

async function main() {
  const seen = {};
  const locations = await call((cb) => managementClient.locations.list(cb));
  seen.locations = locations.locations.map((l) => l.name);
  await call((cb) => managementClient.affinityGroups.create({ name: 'legacygroup', label: 'Legacy group', location: 'West US' }, cb));
  seen.affinityGroups = (await call((cb) => managementClient.affinityGroups.list(cb))).affinityGroups.map((g) => [g.name, g.label]);

  await call((cb) =>
    computeClient.hostedServices.create({ serviceName: 'legacysvc', label: 'Legacy service', description: 'made by azure-asm-compute', location: 'West US' }, cb),
  );
  const services = await call((cb) => computeClient.hostedServices.list(cb));
  seen.hostedServices = services.hostedServices.map((s) => [s.serviceName, s.properties.label, s.properties.status]);

  const created = await call((cb) =>
    storageClient.storageAccounts.create({ name: 'legacystore', label: 'Legacy store', location: 'West US', accountType: 'Standard_LRS' }, cb),
  );
  seen.storageCreate = created.status;
  const account = await call((cb) => storageClient.storageAccounts.get('legacystore', cb));
  seen.storageAccount = [account.storageAccount.name, account.storageAccount.properties.status, account.storageAccount.properties.label];
  seen.storageList = (await call((cb) => storageClient.storageAccounts.list(cb))).storageAccounts.map((a) => a.name);

  const deployment = await call((cb) =>
    computeClient.virtualMachines.createDeployment(
      'legacysvc',
      {
        name: 'legacydep',
        deploymentSlot: 'Production',
        label: 'legacy deployment',
        roles: [
          {
            roleName: 'legacyvm',
            roleType: 'PersistentVMRole',
            roleSize: 'Small',
            configurationSets: [
              { configurationSetType: 'LinuxProvisioningConfiguration', hostName: 'legacyvm', userName: 'azureuser', userPassword: 'Pa55w.rd-1234', disableSshPasswordAuthentication: false },
              { configurationSetType: 'NetworkConfiguration', inputEndpoints: [{ name: 'SSH', protocol: 'tcp', port: 22, localPort: 22 }] },
            ],
            oSVirtualHardDisk: {
              sourceImageName: 'OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd',
              mediaLink: 'https://legacystore.blob.core.windows.net/vhds/legacyvm.vhd',
            },
          },
        ],
      },
      cb,
    ),
  );
  seen.vmCreate = deployment.status;
  const got = await call((cb) => computeClient.deployments.getBySlot('legacysvc', 'Production', cb));
  seen.deployment = [got.name, got.status, got.roleInstances.map((i) => [i.instanceName, i.instanceStatus, i.powerState])];
  const vm = await call((cb) => computeClient.virtualMachines.get('legacysvc', 'legacydep', 'legacyvm', cb));
  seen.vm = [vm.roleName, vm.roleSize, vm.oSVirtualHardDisk.sourceImageName];
  process.stdout.write(`${JSON.stringify(seen)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : String(error)}\n${error && error.body ? JSON.stringify(error.body) : ''}\n`);
  process.exit(1);
});
