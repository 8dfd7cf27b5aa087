/**
 * The `asm` command-line tool: the chat command language in a terminal.
 */
export { runCli, type CliIo } from './run-cli.ts';
export { EXIT } from './exit-codes.ts';
export { fileSecretStore } from './file-secret-sink.ts';
export { discoverEmulator, type EmulatorFacts } from './emulator-discovery.ts';
