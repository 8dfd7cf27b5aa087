import { parseXml, type XmlElement } from '../../../src/wire/index.ts';

/** The text of the first element at a `/`-separated path below the root, e.g. `HostedServiceProperties/Status`. */
export function textAt(xml: string, path: string): string | undefined {
  let element: XmlElement | undefined = parseXml(xml);
  for (const name of path.split('/')) element = element?.children.find((child) => child.name === name);
  return element?.text;
}

export function childNames(xml: string, path = ''): string[] {
  let element: XmlElement | undefined = parseXml(xml);
  for (const name of path.split('/').filter(Boolean)) element = element?.children.find((child) => child.name === name);
  return element?.children.map((child) => child.name) ?? [];
}

export function errorOf(xml: string): { code: string | undefined; message: string | undefined } {
  return { code: textAt(xml, 'Code'), message: textAt(xml, 'Message') };
}
