import { SaxesParser } from 'saxes';
import { checkWellFormed } from './well-formed.ts';
import { WireError, WIRE_ERROR_CODES } from './wire-error.ts';

/** What a document reader is told, in document order. Names are local names (prefix removed). */
export interface XmlHandler {
  /** A start tag; `nil` is true when it carries `nil="true"` in any namespace prefix (`i:nil`). */
  open(name: string, nil: boolean, attributes: Readonly<Record<string, string>>): void;
  /** Text inside the current element: entities decoded, CDATA literal, line ends normalized. */
  text(text: string): void;
  close(): void;
}

/**
 * Reads an XML document in one pass with saxes (a strict, conformant XML parser that builds no tree),
 * handing each element and text to `handler`. A document that is not well-formed, or that has a
 * DOCTYPE, is refused with a WireError naming the line, column and open elements where it broke
 * (the diagnosis runs only when the parser has refused the document). Errors thrown by the handler
 * pass through unchanged.
 */
export function readXml(xml: string, handler: XmlHandler): void {
  // One parser is kept and reused (saxes resets itself after a document); a reader that is busy
  // (a handler reading another document) or that stopped mid-document is replaced.
  const reader = idle ?? new Reader();
  idle = undefined;
  reader.read(xml, handler);
  idle = reader;
}

let idle: Reader | undefined;

class Reader {
  readonly #parser = new SaxesParser({ xmlns: false, position: false });
  #handler: XmlHandler | undefined;
  #handlerError: unknown;
  #refusal: WireError | undefined;

  constructor() {
    const parser = this.#parser;
    parser.on('opentag', (tag) => {
      const attributes = localAttributes(tag.attributes as Record<string, string>);
      try {
        this.#handler!.open(localName(tag.name), attributes['nil'] === 'true', attributes);
      } catch (error) {
        this.#stop(error);
      }
    });
    const text = (value: string): void => {
      try {
        this.#handler!.text(value);
      } catch (error) {
        this.#stop(error);
      }
    };
    parser.on('text', text);
    parser.on('cdata', text);
    parser.on('closetag', () => {
      try {
        this.#handler!.close();
      } catch (error) {
        this.#stop(error);
      }
    });
    parser.on('doctype', () => {
      this.#refusal = new WireError(WIRE_ERROR_CODES.malformedXml, 'XML documents with a DOCTYPE are not accepted.');
      throw STOP;
    });
    parser.on('error', (error) => {
      throw error;
    });
  }

  /** Reads one document; throws (and is not reused) when the document or the handler stops it. */
  read(xml: string, handler: XmlHandler): void {
    this.#handler = handler;
    try {
      this.#parser.write(xml).close();
    } catch (error) {
      if (error === STOP) throw this.#handlerError ?? this.#refusal;
      throw diagnose(xml, (error as Error).message);
    } finally {
      this.#handler = undefined;
    }
  }

  #stop(handlerError: unknown): never {
    this.#handlerError = handlerError;
    throw STOP;
  }
}

const STOP = Symbol('stop reading');
const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Attributes by local name, namespace declarations left out. */
function localAttributes(attributes: Record<string, string>): Readonly<Record<string, string>> {
  let local: Record<string, string> | undefined;
  for (const name in attributes) {
    local ??= {};
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    local[localName(name)] = attributes[name]!;
  }
  return local ?? NO_ATTRIBUTES;
}

/** The refusal for a document the parser rejected: the scan's precise account, else the parser's own words. */
function diagnose(xml: string, parserMessage: string): WireError {
  if (!/\S/.test(xml)) return new WireError(WIRE_ERROR_CODES.malformedXml, 'The body is empty: an XML document was expected.');
  try {
    checkWellFormed(xml);
  } catch (error) {
    if (error instanceof WireError) return error;
    throw error;
  }
  // The scan found nothing wrong (the parser is stricter, about characters and names): read again,
  // tracking positions this time, for the parser's account of where it stopped.
  let message = parserMessage;
  const locating = new SaxesParser({ xmlns: false, position: true });
  locating.on('error', (error) => {
    throw error;
  });
  try {
    locating.write(xml).close();
  } catch (error) {
    message = (error as Error).message;
  }
  const at = /^(\d+):(\d+): (.*)$/s.exec(message);
  const where = at === null ? '' : ` (line ${at[1]}, column ${at[2]})`;
  return new WireError(WIRE_ERROR_CODES.malformedXml, `The XML is malformed${where}: ${at === null ? message : at[3]}`);
}
