// Run with --import ./record-modules.ts: loads modules in order and prints, as one JSON line, the packages and
// src folders their graph reached and, for each package, the packages and src folders that imported it.
const targets = process.argv.slice(2);
if (targets.length === 0) throw new Error('usage: print-module-graph.ts <module path>...');
for (const target of targets) await import(target);
const seen = (globalThis as { __loadedModules?: Set<string> }).__loadedModules ?? new Set<string>();
const importers = (globalThis as { __moduleImporters?: Map<string, Set<string>> }).__moduleImporters ?? new Map<string, Set<string>>();

/** `undici` for node_modules/undici/…, `src/commands` for src/commands/…, else undefined. */
function owner(url: string): string | undefined {
  const pkg = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  return /\/(src\/[^/]+)\//.exec(url)?.[1];
}

const reached = new Set<string>();
const importedBy: Record<string, string[]> = {};
for (const url of seen) {
  const name = owner(url);
  if (name === undefined) continue;
  reached.add(name);
  for (const parent of importers.get(url) ?? []) {
    const from = owner(parent) ?? parent;
    if (from !== name) importedBy[name] = [...new Set([...(importedBy[name] ?? []), from])].sort();
  }
}
process.stdout.write(`${JSON.stringify({ reached: [...reached].sort(), importedBy })}\n`);
