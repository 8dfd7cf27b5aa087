import { parseXml, type XmlElement } from '../../wire/index.ts';

export interface ServiceErrorBody {
  code: string;
  message?: string;
}

/** Reads `<Error><Code/><Message/></Error>` in any namespace; anything else yields undefined. */
export function parseErrorBody(bodyText: string): ServiceErrorBody | undefined {
  const text = bodyText.replace(/^\uFEFF/, '').trim();
  if (!text.startsWith('<')) return undefined;
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch {
    return undefined;
  }
  if (root.name !== 'Error') return undefined;
  const child = (name: string) => root.children.find((element) => element.name === name)?.text.trim();
  const code = child('Code');
  const message = child('Message');
  if (code === undefined || code === '') return undefined;
  return message !== undefined && message !== '' ? { code, message } : { code };
}
