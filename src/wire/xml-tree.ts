import { elementName, parseOrdered, textOf, type OrderedNode } from './ordered-nodes.ts';

/** One element of a parsed document: local name, attributes (local names), children, text. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** Concatenated text content directly under this element. */
  readonly text: string;
}

/**
 * Parses XML text into a tree of elements, for code that inspects documents without a schema
 * (decoding with a schema does not build this tree). Malformed XML and DTDs are refused with a WireError.
 */
export function parseXml(xml: string): XmlElement {
  return toElement(parseOrdered(xml));
}

function toElement(node: OrderedNode): XmlElement {
  const name = elementName(node)!;
  const content = node[name] as OrderedNode[];
  const children: XmlElement[] = [];
  for (const child of content) if (elementName(child) !== undefined) children.push(toElement(child));
  return { name: name.trim(), attributes: node[':@'] ?? {}, children, text: textOf(content) };
}
