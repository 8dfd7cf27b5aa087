import { parseXml, type XmlElement } from '../../../src/wire/index.ts';

/**
 * A canonical form of an XML document for comparing requests: element local names, order and
 * text; namespace declarations, attribute order and whitespace between elements ignored.
 */
export function canonicalXml(xml: string): string {
  return render(parseXml(xml));
}

function render(element: XmlElement): string {
  if (element.children.length === 0) return `<${element.name}>${JSON.stringify(element.text)}</${element.name}>`;
  return `<${element.name}>${element.children.map(render).join('')}</${element.name}>`;
}

/** The text of the first element at `path` (e.g. `HostedService/ServiceName`) below the root. */
export function xmlText(xml: string, path: string): string | undefined {
  return findAll(parseXml(xml), path.split('/'))[0]?.text;
}

/** How many elements there are at `path` below the root. */
export function xmlCount(xml: string, path: string): number {
  return findAll(parseXml(xml), path.split('/')).length;
}

function findAll(element: XmlElement, steps: readonly string[]): XmlElement[] {
  const [first, ...rest] = steps;
  if (first === undefined) return [element];
  return element.children.filter((child) => child.name === first).flatMap((child) => findAll(child, rest));
}
