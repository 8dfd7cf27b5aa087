import { XMLParser } from 'fast-xml-parser';

export interface ServiceErrorBody {
  code: string;
  message?: string;
}

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
});

/** Reads `<Error><Code/><Message/></Error>` in any namespace; anything else yields undefined. */
export function parseErrorBody(bodyText: string): ServiceErrorBody | undefined {
  const text = bodyText.replace(/^\uFEFF/, '').trim();
  if (!text.startsWith('<')) return undefined;
  let document: unknown;
  try {
    document = parser.parse(text);
  } catch {
    return undefined;
  }
  const root = (document as { Error?: unknown } | undefined)?.Error;
  if (typeof root !== 'object' || root === null) return undefined;
  const { Code: code, Message: message } = root as { Code?: unknown; Message?: unknown };
  if (typeof code !== 'string' || code === '') return undefined;
  return typeof message === 'string' && message !== '' ? { code, message } : { code };
}
