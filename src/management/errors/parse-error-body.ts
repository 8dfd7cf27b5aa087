import { createRequire } from 'node:module';
import type * as FastXmlParser from 'fast-xml-parser';

// The CommonJS build is one bundled file (a few ms to load; the ES module build costs 50–120 ms).
const { XMLParser } = createRequire(import.meta.url)('fast-xml-parser') as typeof FastXmlParser;

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
