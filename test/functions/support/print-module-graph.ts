// Run with --import ./record-modules.ts: loads a module and prints the packages and src folders its graph reached.
const target = process.argv[2];
if (target === undefined) throw new Error('usage: print-module-graph.ts <module path>');
await import(target);
const seen = (globalThis as { __loadedModules?: Set<string> }).__loadedModules ?? new Set<string>();
const reached = new Set<string>();
for (const url of seen) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) reached.add(pkg[1]!);
  const src = /\/(src\/[^/]+)\//.exec(url);
  if (!pkg && src) reached.add(src[1]!);
}
process.stdout.write(`${JSON.stringify([...reached].sort())}\n`);
