// A fresh process: import the management core, load a PEM certificate, complete one list call.
// Prints { importMs, firstCallMs } measured from just before the import. ASM_BENCH_MODULE picks
// another build of the entry (e.g. an older checkout) to compare.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const target = JSON.parse(process.argv[2]!) as { url: string; subscriptionId: string; certFile: string; caFile: string };
const entry = resolve(process.env['ASM_BENCH_MODULE'] ?? new URL('../../src/management/index.ts', import.meta.url).pathname);
const start = performance.now();
const { ManagementCertificate, ServiceManagementClient } = (await import(entry)) as typeof import('../../src/management/index.ts');
const imported = performance.now();
const client = new ServiceManagementClient({
  subscriptionId: target.subscriptionId,
  certificate: ManagementCertificate.fromPem(readFileSync(target.certFile, 'utf8')),
  endpoint: target.url,
  ca: readFileSync(target.caFile, 'utf8'),
});
await client.hostedServices.list();
const done = performance.now();
await client.close();
console.log(JSON.stringify({ importMs: imported - start, firstCallMs: done - start }));
