import type * as Forge from 'node-forge';
import { forge } from './forge.ts';

// node-forge speaks "binary strings" (one char per byte); these two helpers are the only bridge.
export function toForgeBuffer(bytes: Uint8Array): Forge.util.ByteStringBuffer {
  return forge().util.createBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('binary'));
}

export function asn1ToDer(node: Forge.asn1.Asn1): Buffer {
  return Buffer.from(forge().asn1.toDer(node).getBytes(), 'binary');
}
