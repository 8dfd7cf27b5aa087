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
  if (xml.trim() === '') throw new WireError(WIRE_ERROR_CODES.malformedXml, 'The body is empty: an XML document was expected.');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw malformed(valid.err);
  const roots = toElements(parser.parse(xml) as OrderedNode[]);
  const root = roots[0];
  if (root === undefined) throw new WireError(WIRE_ERROR_CODES.malformedXml, 'The XML document has no root element.');
  return root;
}

function malformed(err: { msg: string; line: number; col?: number }): WireError {
  const where = err.col === undefined ? `line ${err.line}` : `line ${err.line}, column ${err.col}`;
  // Several unclosed elements come back as a JSON list of their names.
  const unclosed = /^Invalid '(\[.*\])' found\.$/s.exec(err.msg)?.[1];
  if (unclosed !== undefined) {
    const names = (JSON.parse(unclosed) as string[]).map((name) => `'${name}'`);
    return new WireError(WIRE_ERROR_CODES.malformedXml, `The XML is malformed: ${names.join(', ')} ${names.length > 1 ? 'are' : 'is'} never closed.`, names[0]?.slice(1, -1));
  }
  return new WireError(WIRE_ERROR_CODES.malformedXml, `The XML is malformed (${where}): ${err.msg}`);
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
