import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { WireError, WIRE_ERROR_CODES } from './wire-error.ts';

/** One element of a parsed document: local name, attributes (local names), children, text. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** Concatenated text content directly under this element. */
  readonly text: string;
}

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

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
  processEntities: true,
});

/** Parses XML text into a tree of elements; malformed XML and DTDs are refused with a WireError. */
export function parseXml(xml: string): XmlElement {
  if (/<!DOCTYPE/i.test(xml)) {
    throw new WireError(WIRE_ERROR_CODES.malformedXml, 'XML documents with a DOCTYPE are not accepted.');
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new WireError(WIRE_ERROR_CODES.malformedXml, `The XML is malformed (line ${line}, column ${col}): ${msg}`);
  }
  const roots = toElements(parser.parse(xml) as OrderedNode[]);
  const root = roots[0];
  if (root === undefined) throw new WireError(WIRE_ERROR_CODES.malformedXml, 'The XML document has no root element.');
  return root;
}

function toElements(nodes: readonly OrderedNode[]): XmlElement[] {
  const elements: XmlElement[] = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((key) => key !== ':@');
    if (name === undefined || name === '#text' || name.startsWith('?') || name === '#comment') continue;
    const content = (node[name] as OrderedNode[] | undefined) ?? [];
    let text = '';
    for (const child of content) if (typeof child['#text'] === 'string') text += child['#text'];
    elements.push({ name: name.trim(), attributes: node[':@'] ?? {}, children: toElements(content), text });
  }
  return elements;
}
