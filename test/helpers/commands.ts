import assert from 'node:assert/strict';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { parseCommand, type RunCommand } from '../../src/commands/index.ts';

/** A command that must parse to something to run (not help, not an error); `locations` as the chat knows them. */
export function parsedRun(text: string, locations?: readonly string[]): RunCommand {
  const result = parseCommand(text, locations === undefined ? {} : { locations });
  assert.ok(result.ok && result.command.kind === 'run', `"${text}" must parse to a command: ${result.ok ? result.command.kind : result.error.message}`);
  return result.command;
}

/** An OpenSSH public key line (`ssh-rsa AAAA…`) of a fresh RSA key, with the key itself. */
export function openSshPublicKey(comment?: string): { readonly line: string; readonly publicKey: KeyObject } {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' });
  const field = (bytes: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    return Buffer.concat([length, bytes]);
  };
  // SSH mpints are two's complement: a leading high bit needs a zero byte in front.
  const mpint = (b64url: string) => {
    const raw = Buffer.from(b64url, 'base64url');
    return (raw[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), raw]) : raw;
  };
  const blob = Buffer.concat([field(Buffer.from('ssh-rsa')), field(mpint(jwk.e as string)), field(mpint(jwk.n as string))]);
  return { line: `ssh-rsa ${blob.toString('base64')}${comment === undefined ? '' : ` ${comment}`}`, publicKey };
}
