import { readXml, type XmlHandler } from './read-xml.ts';

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
  const builder = new TreeBuilder();
  readXml(xml, builder);
  return builder.root!;
}

interface OpenElement {
  name: string;
  attributes: Readonly<Record<string, string>>;
  children: XmlElement[];
  text: string;
}

class TreeBuilder implements XmlHandler {
  root: XmlElement | undefined;
  readonly #stack: OpenElement[] = [];

  open(name: string, _nil: boolean, attributes: Readonly<Record<string, string>>): void {
    this.#stack.push({ name, attributes, children: [], text: '' });
  }

  text(text: string): void {
    const top = this.#stack.at(-1);
    if (top !== undefined) top.text += text;
  }

  close(): void {
    const element = this.#stack.pop()!;
    const parent = this.#stack.at(-1);
    if (parent === undefined) this.root = element;
    else parent.children.push(element);
  }
}
