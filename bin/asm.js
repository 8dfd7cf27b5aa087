#!/usr/bin/env node
// The `asm` command. The CLI is built into one file, dist/asm-cli.js, by `npm run build` (run by `npm install`).
import('../dist/asm-cli.js').catch((error) => {
  if (error?.code === 'ERR_MODULE_NOT_FOUND') {
    process.stderr.write('asm: the CLI is not built yet. Run `npm run build` (or `npm install`) in the project folder.\n');
    process.exit(2);
  }
  throw error;
});
