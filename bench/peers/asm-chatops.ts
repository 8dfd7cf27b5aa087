// Warm peer: the project's client (one kept-alive client, as an application uses it).
import { readFileSync } from 'node:fs';
import { ManagementCertificate, ServiceManagementClient } from '../../src/management/index.ts';
import { decode, schemas } from '../../src/wire/index.ts';
import { cpuMs, cpuPerCall, pollRate, servePeer } from './peer-loop.ts';

const target = JSON.parse(process.argv[2]!) as { url: string; subscriptionId: string; certFile: string; caFile: string; imagesFile: string };
const client = new ServiceManagementClient({
  subscriptionId: target.subscriptionId,
  certificate: ManagementCertificate.fromPem(readFileSync(target.certFile, 'utf8')),
  endpoint: target.url,
  ca: readFileSync(target.caFile, 'utf8'),
});
const images = readFileSync(target.imagesFile, 'utf8');

servePeer({
  list: (task) => cpuPerCall(task.calls!, () => client.hostedServices.list()),
  get: (task) => cpuPerCall(task.calls!, () => client.hostedServices.get(task.name!)),
  poll: (task) => pollRate(task.ids!, task.inFlight!, (id) => client.operations.get(id)),
  parse: async (task) => {
    const start = cpuMs();
    for (let i = 0; i < task.calls!; i++) decode(schemas.Images, images);
    return (cpuMs() - start) / task.calls!;
  },
});
