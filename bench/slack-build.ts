// Compiles bench/slack-cold-start.ts and what it imports (functions/slack.ts, the receiver, the
// signing helper) to JavaScript under .local/ (inside the package, so dependencies resolve), as the
// deployed app runs compiled files: a cold start of the TypeScript sources also pays Node's type
// stripping for every file, which Azure never does.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function buildColdStart(): { script: string; close(): void } {
  const root = resolve('.');
  mkdirSync(join(root, '.local'), { recursive: true });
  const dir = mkdtempSync(join(root, '.local', 'bench-slack-'));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
    extends: join(root, 'tsconfig.json'),
    compilerOptions: { noEmit: false, outDir: join(dir, 'dist'), rootDir: root, declaration: false, sourceMap: false, typeRoots: [join(root, 'node_modules/@types')] },
    files: [join(root, 'bench/slack-cold-start.ts')],
    include: [],
  }));
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')], { stdio: 'ignore' });
  } catch {
    // Type errors elsewhere still emit JavaScript; `npm run typecheck` reports them. Only a missing output stops the run.
  }
  const script = join(dir, 'dist', 'bench', 'slack-cold-start.js');
  if (!existsSync(script)) throw new Error(`Building ${script} failed: run npm run typecheck to see why.`);
  // The package's "type": "module" for the compiled files.
  writeFileSync(join(dir, 'dist', 'package.json'), JSON.stringify({ type: 'module' }));
  return { script, close: () => rmSync(dir, { recursive: true, force: true }) };
}
