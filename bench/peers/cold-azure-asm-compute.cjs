// A fresh process: require azure-asm-compute, build its client from the PEM, complete one list call.
'use strict';
const { readFileSync } = require('node:fs');
const target = JSON.parse(process.argv[2]);
const start = performance.now();
const compute = require('azure-asm-compute');
const imported = performance.now();
const credentials = compute.createCertificateCloudCredentials({ subscriptionId: target.subscriptionId, pem: readFileSync(target.certFile, 'utf8') });
const client = compute.createComputeManagementClient(credentials, target.url);
client.hostedServices.list((error) => {
  if (error) throw error;
  const done = performance.now();
  console.log(JSON.stringify({ importMs: imported - start, firstCallMs: done - start }));
});
