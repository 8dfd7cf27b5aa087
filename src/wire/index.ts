export { camelName } from './names.ts';
export { decode, type DecodeOptions } from './decode.ts';
export { encode, type EncodeOptions } from './encode.ts';
export { NS, XSI_NS } from './namespaces.ts';
export { parseXml, type XmlElement } from './xml-tree.ts';
export { WireError, WIRE_ERROR_CODES, isWireError, type WireErrorCode } from './wire-error.ts';
export type { DocumentSchema, Field, Fields } from './schema.ts';
export { schemas, type SchemaName } from './schemas/index.ts';
export { base64, bool, dict, document, int, list, nillable, object, text, textList } from './schema.ts';
