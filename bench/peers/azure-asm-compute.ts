// Warm peer: azure-asm-compute as shipped (AZURE_ASM_MODE=shipped), or with a keep-alive agent
// (AZURE_ASM_MODE=keep-alive: a request filter, the client's extension point, sets a keep-alive
// https.Agent on every request). The parse task is raw xml2js parseString,
// the parser that client uses, on the same document.
import { readFileSync } from 'node:fs';
import { Agent } from 'node:https';
import { createRequire } from 'node:module';
import { cpuMs, cpuPerCall, pollRate, servePeer } from './peer-loop.ts';

const require = createRequire(import.meta.url);
const compute = require('azure-asm-compute');
const xml2js = require('xml2js') as { parseString(xml: string, callback: (error: unknown, value: unknown) => void): void };
const target = JSON.parse(process.argv[2]!) as { url: string; subscriptionId: string; certFile: string; imagesFile: string };
const mode = process.env['AZURE_ASM_MODE'] ?? 'shipped';
const credentials = compute.createCertificateCloudCredentials({ subscriptionId: target.subscriptionId, pem: readFileSync(target.certFile, 'utf8') });
const client = compute.createComputeManagementClient(credentials, target.url);
if (mode === 'keep-alive') {
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  client.withFilter((resource: { agent?: Agent }, next: (resource: unknown, callback: unknown) => unknown, callback: unknown) => {
    resource.agent = agent;
    return next(resource, callback);
  });
}
const images = readFileSync(target.imagesFile, 'utf8');
const call = <T>(fn: (callback: (error: unknown, result: T) => void) => void) =>
  new Promise<T>((resolve, reject) => fn((error, result) => (error ? reject(error) : resolve(result))));

servePeer({
  list: (task) => cpuPerCall(task.calls!, () => call((cb) => client.hostedServices.list(cb))),
  get: (task) => cpuPerCall(task.calls!, () => call((cb) => client.hostedServices.get(task.name, cb))),
  poll: (task) => pollRate(task.ids!, task.inFlight!, (id) => call((cb) => client.getOperationStatus(id, cb))),
  parse: async (task) => {
    const start = cpuMs();
    for (let i = 0; i < task.calls!; i++) await call((cb) => xml2js.parseString(images, cb));
    return (cpuMs() - start) / task.calls!;
  },
});
