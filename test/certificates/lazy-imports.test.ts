import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../src/certificates/index.ts');
// Value imports and re-exports; `import type` and `export type` are erased and cost nothing.
const STATIC = /^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?'([^']+)'/gm;

function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(STATIC)) {
      if (spec === undefined) continue;
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec);
        // Only this folder's own files: other folders have their own budgets.
        if (target.includes('/src/certificates/')) visit(target);
      } else packages.add(spec);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('src/certificates is cheap to import', () => {
  it('loads @azure/keyvault-secrets and @azure/identity only when Key Vault is first read', () => {
    const { files, packages } = staticGraph(ROOT);
    assert.ok(files.size > 5, 'the walk followed the folder');
    assert.deepEqual([...packages].filter((p) => p.startsWith('@azure/')), []);
    const client = readFileSync(resolve(dirname(ROOT), 'key-vault-client.ts'), 'utf8');
    assert.match(client, /await import\('@azure\/keyvault-secrets'\)/);
    assert.match(client, /await import\('@azure\/identity'\)/);
  });
});
