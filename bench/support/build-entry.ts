// Compiles a TypeScript entry and what it imports to JavaScript in a folder under .local/ (inside the
// package, so its dependencies resolve), as a deployed or installed package runs compiled files: a
// run of the TypeScript sources also pays Node's type stripping for every file.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface BuiltEntry {
  /** The compiled entry file. */
  readonly entry: string;
  readonly dir: string;
  close(): void;
}

/**
 * `source` is relative to the package root, e.g. `src/management/index.ts`. With `revision` (a git
 * revision), that revision's sources are built instead of the working tree's, against today's
 * dependencies: to compare with an earlier state of the code in the same run.
 */
export function buildEntry(source = 'src/management/index.ts', revision?: string): BuiltEntry {
  const root = resolve('.');
  mkdirSync(join(root, '.local'), { recursive: true });
  const dir = mkdtempSync(join(root, '.local', 'bench-build-'));
  let sources = root;
  if (revision !== undefined) {
    sources = join(dir, 'tree');
    mkdirSync(sources);
    const archive = execFileSync('git', ['archive', '--format=tar', revision, 'src', 'tsconfig.json'], { maxBuffer: 256 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', sources], { input: archive });
  }
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: join(sources, 'tsconfig.json'),
      compilerOptions: { noEmit: false, outDir: join(dir, 'dist'), rootDir: sources, declaration: false, sourceMap: false, typeRoots: [join(root, 'node_modules/@types')] },
      files: [join(sources, source)],
      include: [],
    }),
  );
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')], { stdio: 'ignore' });
  } catch {
    // Type errors still emit JavaScript (type checking is `npm run typecheck`'s job); only a missing entry stops the run.
  }
  const entry = join(dir, 'dist', source.replace(/\.ts$/, '.js'));
  if (!existsSync(entry)) throw new Error(`Building ${entry} failed: run npm run typecheck to see why.`);
  // The package's "type": "module" (and its name) for the compiled files.
  copyFileSync(join(root, 'package.json'), join(dir, 'dist', 'package.json'));
  return { entry, dir, close: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The package's library entry as `npm run build` makes it (dist/asm-chatops.js, one file), built now. */
export function packageEntry(): BuiltEntry {
  const root = resolve('.');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'ignore' });
  const entry = join(root, 'dist', 'asm-chatops.js');
  if (!existsSync(entry)) throw new Error('npm run build did not write dist/asm-chatops.js.');
  return { entry, dir: join(root, 'dist'), close: () => undefined };
}
