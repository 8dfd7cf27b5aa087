import forge from 'node-forge';

// node-forge speaks "binary strings" (one char per byte); these two helpers are the only bridge.
export function toForgeBuffer(bytes: Uint8Array): forge.util.ByteStringBuffer {
  return forge.util.createBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('binary'));
}

export function asn1ToDer(node: forge.asn1.Asn1): Buffer {
  return Buffer.from(forge.asn1.toDer(node).getBytes(), 'binary');
}
