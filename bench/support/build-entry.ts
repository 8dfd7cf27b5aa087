// Compiles the package entry (src/management/index.ts and what it imports) to JavaScript in a
// folder under .local/ (inside the package, so its dependencies resolve): `import('asm-chatops')`
// loads the built files, not TypeScript.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function buildEntry(): { entry: string; dir: string } {
  const root = resolve('.');
  mkdirSync(join(root, '.local'), { recursive: true });
  const dir = mkdtempSync(join(root, '.local', 'bench-build-'));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: join(root, 'tsconfig.json'),
      compilerOptions: { noEmit: false, outDir: join(dir, 'dist'), rootDir: root, declaration: false, sourceMap: false, typeRoots: [join(root, 'node_modules/@types')] },
      files: [join(root, 'src/management/index.ts')],
      include: [],
    }),
  );
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')], { stdio: 'ignore' });
  } catch {
    // Type errors still emit JavaScript (type checking is `npm run typecheck`'s job); only a missing entry stops the run.
  }
  const entry = join(dir, 'dist', 'src/management/index.js');
  if (!existsSync(entry)) throw new Error(`Building ${entry} failed: run npm run typecheck to see why.`);
  copyFileSync(join(root, 'package.json'), join(dir, 'dist', 'package.json'));
  return { entry, dir };
}
