import { execFile } from 'node:child_process';
import type { RunningEmulator } from '../../../src/emulator/index.ts';

/**
 * Runs one of the legacy-SDK client scripts beside this file (`legacy-sdk-*.cjs`) against the
 * emulator in a process of its own, and returns what it printed (JSON).
 */
export function runLegacySdkClient(script: string, emulator: RunningEmulator): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [new URL(script, import.meta.url).pathname, emulator.url, emulator.subscriptionId, emulator.certFile],
      // Trusting the emulator's CA is the only change the old SDK needs besides the endpoint.
      { env: { ...process.env, NODE_EXTRA_CA_CERTS: emulator.caFile }, encoding: 'utf8', timeout: 120_000 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`legacy SDK client failed: ${stderr}`));
        else resolve(JSON.parse(stdout) as Record<string, unknown>);
      },
    );
  });
}
