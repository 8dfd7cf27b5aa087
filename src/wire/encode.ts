import { XMLBuilder } from './fast-xml-parser.ts';
import { camelName } from './names.ts';
import { NS, XSI_NS } from './namespaces.ts';
import type { DictField, DocumentSchema, Field, ListField, ObjectField, ScalarField } from './schema.ts';
import { WireError, WIRE_ERROR_CODES } from './wire-error.ts';

export interface EncodeOptions {
  /**
   * Requests declare `xmlns:i` before `xmlns`, responses the other way round (as the service does).
   * Default `request`.
   */
  readonly style?: 'request' | 'response';
}

type Node = Record<string, unknown>;

const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  suppressEmptyNode: true,
  processEntities: true,
  format: false,
});

// Characters XML 1.0 cannot carry at all, even escaped.
const FORBIDDEN_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/**
 * Encodes a plain object (camelCase keys) as an ASM XML document: elements in schema order,
 * undefined values omitted, values escaped, no XML declaration.
 */
export function encode(schema: DocumentSchema, value: unknown, options: EncodeOptions = {}): string {
  const namespaces =
    options.style === 'response' ? { '@_xmlns': NS, '@_xmlns:i': XSI_NS } : { '@_xmlns:i': XSI_NS, '@_xmlns': NS };
  const content = encodeContent(schema.body, value, schema.root);
  return builder.build([{ [schema.root]: content, ':@': namespaces }]) as string;
}

function encodeContent(field: Field, value: unknown, path: string): Node[] {
  switch (field.kind) {
    case 'object':
      return encodeObject(field, value, path);
    case 'list':
      return encodeList(field, value, path);
    case 'dict':
      return encodeDict(field, value, path);
    default:
      return [{ '#text': scalarText(field, value, path) }];
  }
}

function encodeObject(field: ObjectField, value: unknown, path: string): Node[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new WireError(WIRE_ERROR_CODES.invalidValue, `'${path}' must be an object.`, path);
  }
  const record = value as Record<string, unknown>;
  const nodes: Node[] = [];
  for (const [name, child] of Object.entries(field.fields)) {
    const childValue = record[camelName(name)];
    const childPath = `${path}/${name}`;
    if (childValue === undefined || childValue === null) {
      if ('nillable' in child && child.nillable) nodes.push({ [name]: [], ':@': { '@_i:nil': 'true' } });
      continue;
    }
    nodes.push({ [name]: encodeContent(child, childValue, childPath) });
  }
  return nodes;
}

function encodeList(field: ListField, value: unknown, path: string): Node[] {
  if (!Array.isArray(value)) throw new WireError(WIRE_ERROR_CODES.invalidValue, `'${path}' must be an array.`, path);
  return value.map((item, index) => ({ [field.item]: encodeContent(field.of, item, `${path}/${field.item}[${index}]`) }));
}

function encodeDict(field: DictField, value: unknown, path: string): Node[] {
  if (typeof value !== 'object' || value === null) {
    throw new WireError(WIRE_ERROR_CODES.invalidValue, `'${path}' must be a record of names to values.`, path);
  }
  return Object.entries(value as Record<string, unknown>).map(([name, item]) => ({
    [field.item]: [
      { Name: [{ '#text': checkText(name, `${path}/Name`) }] },
      { Value: [{ '#text': checkText(String(item ?? ''), `${path}/Value`) }] },
    ],
  }));
}

function scalarText(field: ScalarField, value: unknown, path: string): string {
  switch (field.kind) {
    case 'bool':
      if (typeof value !== 'boolean') throw new WireError(WIRE_ERROR_CODES.invalidValue, `'${path}' must be true or false.`, path);
      return String(value);
    case 'int':
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        throw new WireError(WIRE_ERROR_CODES.invalidValue, `'${path}' must be an integer.`, path);
      }
      return String(value);
    case 'base64':
      return Buffer.from(checkText(String(value), path), 'utf8').toString('base64');
    case 'text':
      return checkText(String(value), path);
  }
}

function checkText(text: string, path: string): string {
  if (FORBIDDEN_CHARS.test(text)) {
    throw new WireError(WIRE_ERROR_CODES.invalidValue, `'${path}' contains a control character that XML cannot carry.`, path);
  }
  return text;
}
