// The reference writer for the encoder's tests: the same documents written through fast-xml-parser's
// XMLBuilder (a schema walked into its ordered-node form, then built). The encoder writes its
// strings directly; on every document it must write these exact bytes, or fail with the same error.
import { createRequire } from 'node:module';
import type * as FastXmlParser from 'fast-xml-parser';
import { camelName, NS, WireError, WIRE_ERROR_CODES, XSI_NS, type DocumentSchema, type Field } from '../../../src/wire/index.ts';

const { XMLBuilder } = createRequire(import.meta.url)('fast-xml-parser') as typeof FastXmlParser;
const builder = new XMLBuilder({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@_', suppressEmptyNode: true, processEntities: true, format: false });
const FORBIDDEN_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
type Node = Record<string, unknown>;

export function writeWithXmlBuilder(schema: DocumentSchema, value: unknown, style: 'request' | 'response'): string {
  const namespaces = style === 'response' ? { '@_xmlns': NS, '@_xmlns:i': XSI_NS } : { '@_xmlns:i': XSI_NS, '@_xmlns': NS };
  return builder.build([{ [schema.root]: content(schema.body, value, schema.root), ':@': namespaces }]) as string;
}

const invalid = (path: string, what: string) => new WireError(WIRE_ERROR_CODES.invalidValue, `'${path}' ${what}.`, path);

function content(field: Field, value: unknown, path: string): Node[] {
  switch (field.kind) {
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid(path, 'must be an object');
      const nodes: Node[] = [];
      for (const [name, child] of Object.entries(field.fields)) {
        const childValue = (value as Record<string, unknown>)[camelName(name)];
        if (childValue === undefined || childValue === null) {
          if ('nillable' in child && child.nillable) nodes.push({ [name]: [], ':@': { '@_i:nil': 'true' } });
          continue;
        }
        nodes.push({ [name]: content(child, childValue, `${path}/${name}`) });
      }
      return nodes;
    }
    case 'list':
      if (!Array.isArray(value)) throw invalid(path, 'must be an array');
      return value.map((item, index) => ({ [field.item]: content(field.of, item, `${path}/${field.item}[${index}]`) }));
    case 'dict':
      if (typeof value !== 'object' || value === null) throw invalid(path, 'must be a record of names to values');
      return Object.entries(value as Record<string, unknown>).map(([name, item]) => ({
        [field.item]: [{ Name: [{ '#text': checked(name, `${path}/Name`) }] }, { Value: [{ '#text': checked(String(item ?? ''), `${path}/Value`) }] }],
      }));
    case 'bool':
      if (typeof value !== 'boolean') throw invalid(path, 'must be true or false');
      return [{ '#text': String(value) }];
    case 'int':
      if (typeof value !== 'number' || !Number.isInteger(value)) throw invalid(path, 'must be an integer');
      return [{ '#text': String(value) }];
    case 'base64':
      return [{ '#text': Buffer.from(checked(String(value), path), 'utf8').toString('base64') }];
    case 'text':
      return [{ '#text': checked(String(value), path) }];
  }
}

function checked(text: string, path: string): string {
  if (FORBIDDEN_CHARS.test(text)) throw new WireError(WIRE_ERROR_CODES.invalidValue, `'${path}' contains a control character that XML cannot carry.`, path);
  return text;
}
