import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The packages a fresh process has loaded (through require, as CommonJS packages and the ones
 * imported from ES modules are) after importing `entry`: the process itself is what is under test.
 */
export async function packagesLoadedBy(entry: string): Promise<string[]> {
  const script = `
import { createRequire } from 'node:module';
await import(${JSON.stringify(entry)});
const files = Object.keys(createRequire(import.meta.url).cache).filter((file) => file.includes('node_modules/')).map((file) => file.replace(/^.*node_modules\\//, ''));
console.log(JSON.stringify([...new Set(files.map((file) => file.split('/').slice(0, file.startsWith('@') ? 2 : 1).join('/')))]));
`;
  const { stdout } = await run(process.execPath, ['--disable-warning=ExperimentalWarning', '--input-type=module', '-e', script], { encoding: 'utf8' });
  return JSON.parse(stdout) as string[];
}
