import { runCli } from './run-cli.ts';

// Ctrl-C aborts the running call or wait; what was already submitted keeps running on the service.
const controller = new AbortController();
process.once('SIGINT', () => controller.abort());

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  abortSignal: controller.signal,
});
