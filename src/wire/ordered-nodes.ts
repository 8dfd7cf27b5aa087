import { XMLParser } from './fast-xml-parser.ts';
import { checkWellFormed } from './well-formed.ts';
import { WireError, WIRE_ERROR_CODES } from './wire-error.ts';

/**
 * fast-xml-parser's ordered output: an element is `{ Name: children, ':@'?: attributes }`, text is
 * `{ '#text': raw }`, CDATA is `{ '#cdata': [{ '#text': raw }] }`.
 */
export type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const TEXT = '#text';
const CDATA = '#cdata';

// Entities are left alone by the parser (the well-formedness scan has checked every reference) and
// decoded here only in the rare values that hold one.
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: false,
  cdataPropName: CDATA,
  jPath: false,
});

/** Checks and parses a document; returns the root element's node. Malformed XML and DTDs are refused. */
export function parseOrdered(xml: string): OrderedNode {
  if (xml.trim() === '') throw new WireError(WIRE_ERROR_CODES.malformedXml, 'The body is empty: an XML document was expected.');
  if (/<!DOCTYPE/i.test(xml)) throw new WireError(WIRE_ERROR_CODES.malformedXml, 'XML documents with a DOCTYPE are not accepted.');
  checkWellFormed(xml);
  let nodes: OrderedNode[];
  try {
    nodes = parser.parse(xml) as OrderedNode[];
  } catch (error) {
    throw new WireError(WIRE_ERROR_CODES.malformedXml, `The XML is malformed: ${(error as Error).message}`);
  }
  for (const node of nodes) if (elementName(node) !== undefined) return node;
  throw new WireError(WIRE_ERROR_CODES.malformedXml, 'The XML document has no root element.');
}

/** The element's local name, or undefined for text, CDATA and comments. */
export function elementName(node: OrderedNode): string | undefined {
  for (const key in node) {
    if (key === ':@') continue;
    return key === TEXT || key === CDATA ? undefined : key;
  }
  return undefined;
}

/** The text directly inside an element: its text and CDATA nodes joined, entities decoded. */
export function textOf(content: readonly OrderedNode[]): string {
  let text = '';
  for (const node of content) {
    const value = node[TEXT];
    if (typeof value === 'string') text += value.includes('&') ? decodeEntities(value) : value;
    else if (node[CDATA] !== undefined) for (const part of node[CDATA] as OrderedNode[]) text += String(part[TEXT] ?? ''); // CDATA is literal
  }
  return text;
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9A-Fa-f]+));/g, (_, name?: string, decimal?: string, hex?: string) =>
    name !== undefined ? NAMED[name]! : String.fromCodePoint(decimal !== undefined ? Number(decimal) : parseInt(hex!, 16)),
  );
}
