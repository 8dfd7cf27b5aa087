import { WireError, WIRE_ERROR_CODES } from './wire-error.ts';

/*
 * The account of where a refused document broke. The parser (saxes) stops at the first error with
 * terse words ("unexpected close tag", or "unclosed tag" at the end of the text for a bare '&'); this
 * scan, run only after the parser has refused a document, checks that closing tags match, that every
 * element is closed and that entity references are complete, in one pass with indexOf and sticky
 * regular expressions, and names the line, column and open elements. DOCTYPE declarations are
 * refused outright, so the only entities are the five predefined ones and character references.
 */
const NAME = '[A-Za-z_\\u00C0-\\uFFFF][\\w.\\-:\\u00B7\\u00C0-\\uFFFF]*';
const START_TAG = new RegExp(`<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`, 'y');
const END_TAG = new RegExp(`</(${NAME})\\s*>`, 'y');
const ATTRIBUTE_NAME = new RegExp(`(${NAME})\\s*=`, 'g');
const ENTITY = /&(?:amp|lt|gt|quot|apos|#([0-9]{1,7})|#x([0-9A-Fa-f]{1,6}));/y;

interface Open {
  readonly name: string;
  readonly at: number;
}

/** Throws a WireError (MalformedXml) naming the line, column and element where `xml` stops being well-formed. */
export function checkWellFormed(xml: string): void {
  const stack: Open[] = [];
  let rootClosed = false;
  let rootSeen = false;
  let position = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  let nextAmp = xml.indexOf('&', position);
  const length = xml.length;
  while (position < length) {
    const lt = xml.indexOf('<', position);
    const textEnd = lt < 0 ? length : lt;
    // Text: entity references must be complete; outside the root only whitespace may appear.
    while (nextAmp >= 0 && nextAmp < textEnd) {
      checkEntity(xml, nextAmp, stack);
      nextAmp = xml.indexOf('&', nextAmp + 1);
    }
    if (stack.length === 0 && textEnd > position && /\S/.test(xml.slice(position, textEnd))) {
      const at = position + xml.slice(position, textEnd).search(/\S/);
      throw malformedAt(xml, at, rootSeen ? 'Extra text after the root element.' : 'Text before the root element.');
    }
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x2f /* / */) {
      END_TAG.lastIndex = lt;
      const match = END_TAG.exec(xml);
      if (match === null) throw malformedAt(xml, lt, 'A closing tag is broken or cut off.', stack);
      const open = stack.pop();
      const name = match[1]!;
      if (open === undefined) throw malformedAt(xml, lt, `Closing tag '${name}' has not been opened.`);
      if (open.name !== name) {
        const opened = lineColumn(xml, open.at);
        throw malformedAt(xml, lt, `Expected closing tag '${open.name}' (opened in line ${opened.line}, col ${opened.column}) instead of closing tag '${name}'.`, [...stack, open]);
      }
      if (stack.length === 0) rootClosed = true;
      position = END_TAG.lastIndex;
    } else if (next === 0x3f /* ? */) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) throw malformedAt(xml, lt, 'A processing instruction is not closed.', stack);
      if (/^<\?xml[\s?]/.test(xml.slice(lt, lt + 6)) && (rootSeen || /\S/.test(xml.slice(0, lt).replace(/^\uFEFF/, '')))) {
        throw malformedAt(xml, lt, 'The XML declaration is allowed only at the start of the document.', stack);
      }
      position = end + 2;
    } else if (next === 0x21 /* ! */) {
      position = skipMarkup(xml, lt, stack);
    } else {
      START_TAG.lastIndex = lt;
      const match = START_TAG.exec(xml);
      if (match === null) throw malformedAt(xml, lt, 'A start tag is broken or cut off.', stack);
      if (rootClosed) throw malformedAt(xml, lt, 'Multiple possible root nodes found.');
      const attributes = match[2]!;
      if (attributes.length > 0) checkAttributes(xml, lt, attributes, stack);
      rootSeen = true;
      if (match[3] === '/') {
        if (stack.length === 0) rootClosed = true;
      } else {
        stack.push({ name: match[1]!, at: lt });
      }
      position = START_TAG.lastIndex;
    }
    // References inside markup (attribute values are checked above, comments and CDATA hold none).
    if (nextAmp >= 0 && nextAmp < position) nextAmp = xml.indexOf('&', position);
  }
  if (!rootSeen) throw new WireError(WIRE_ERROR_CODES.malformedXml, 'The XML is malformed: no root element was found.');
  if (stack.length === 1) throw malformedAt(xml, stack[0]!.at, `Unclosed tag '${stack[0]!.name}'.`, stack);
  if (stack.length > 1) {
    const names = stack.map((open) => `'${open.name}'`).join(', ');
    throw new WireError(WIRE_ERROR_CODES.malformedXml, `The XML is malformed: ${names} are never closed.`, stack[0]!.name);
  }
}

function skipMarkup(xml: string, lt: number, stack: readonly Open[]): number {
  if (xml.startsWith('<!--', lt)) {
    const end = xml.indexOf('-->', lt + 4);
    if (end < 0) throw malformedAt(xml, lt, 'A comment is not closed.', stack);
    return end + 3;
  }
  if (xml.startsWith('<![CDATA[', lt)) {
    if (stack.length === 0) throw malformedAt(xml, lt, 'CDATA is allowed only inside an element.');
    const end = xml.indexOf(']]>', lt + 9);
    if (end < 0) throw malformedAt(xml, lt, 'A CDATA section is not closed.', stack);
    return end + 3;
  }
  throw malformedAt(xml, lt, 'Declarations (DOCTYPE, ENTITY) are not accepted.', stack);
}

function checkEntity(xml: string, at: number, stack: readonly Open[]): void {
  ENTITY.lastIndex = at;
  const match = ENTITY.exec(xml);
  const decimal = match?.[1];
  const hex = match?.[2];
  const code = decimal !== undefined ? Number(decimal) : hex !== undefined ? parseInt(hex, 16) : undefined;
  if (match === null || (code !== undefined && !isXmlChar(code))) {
    const shown = /&[^\s<&"';]{0,10};?/y.exec(xml.slice(at, at + 12))?.[0] ?? '&';
    throw malformedAt(xml, at, `The entity reference '${shown}' is broken: use &amp; for a literal '&'.`, stack);
  }
}

function checkAttributes(xml: string, lt: number, attributes: string, stack: readonly Open[]): void {
  if (attributes.includes('&')) {
    const offset = xml.indexOf(attributes, lt);
    for (let amp = attributes.indexOf('&'); amp >= 0; amp = attributes.indexOf('&', amp + 1)) checkEntity(xml, offset + amp, stack);
  }
  const seen = new Set<string>();
  for (const match of attributes.matchAll(ATTRIBUTE_NAME)) {
    const name = match[1]!;
    if (seen.has(name)) throw malformedAt(xml, lt, `Attribute '${name}' is repeated.`, stack);
    seen.add(name);
  }
}

function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

function lineColumn(xml: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let nl = xml.indexOf('\n'); nl >= 0 && nl < index; nl = xml.indexOf('\n', nl + 1)) {
    line++;
    lineStart = nl + 1;
  }
  return { line, column: index - lineStart + 1 };
}

function malformedAt(xml: string, index: number, message: string, stack: readonly Open[] = []): WireError {
  const { line, column } = lineColumn(xml, index);
  const element = stack.length === 0 ? undefined : stack.map((open) => open.name).join('/');
  return new WireError(WIRE_ERROR_CODES.malformedXml, `The XML is malformed (line ${line}, column ${column}): ${message}`, element);
}
