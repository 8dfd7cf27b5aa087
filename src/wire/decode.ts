import { camelName } from './names.ts';
import type { DictField, DocumentSchema, Field, ListField, ObjectField, ScalarField } from './schema.ts';
import { WireError, WIRE_ERROR_CODES } from './wire-error.ts';
import { parseXml, type XmlElement } from './xml-tree.ts';

export interface DecodeOptions {
  /**
   * Strict decoding (what the service does with a request body): the root must match, every element
   * must be known and in schema order, values must be well-formed. Lenient decoding (what a client
   * does with a response) ignores unknown elements and keeps going.
   */
  readonly strict?: boolean;
}

/** Decodes an XML document into a plain object whose keys are the camelCase of the element names. */
export function decode<T = unknown>(schema: DocumentSchema, xml: string, options: DecodeOptions = {}): T {
  const root = parseXml(xml);
  const strict = options.strict ?? false;
  if (root.name !== schema.root) {
    throw new WireError(
      WIRE_ERROR_CODES.wrongRootElement,
      `Expected the root element '${schema.root}' but found '${root.name}'.`,
      root.name,
    );
  }
  return decodeField(schema.body, root, root.name, strict) as T;
}

function decodeField(field: Field, element: XmlElement, path: string, strict: boolean): unknown {
  if (element.attributes['nil'] === 'true') return undefined;
  switch (field.kind) {
    case 'object':
      return decodeObject(field, element, path, strict);
    case 'list':
      return decodeList(field, element, path, strict);
    case 'dict':
      return decodeDict(field, element, path, strict);
    default:
      return decodeScalar(field, element, path, strict);
  }
}

function decodeObject(field: ObjectField, element: XmlElement, path: string, strict: boolean): Record<string, unknown> {
  const names = Object.keys(field.fields);
  const result: Record<string, unknown> = {};
  let lastIndex = -1;
  for (const child of element.children) {
    const childPath = `${path}/${child.name}`;
    const index = names.indexOf(child.name);
    const childField = field.fields[child.name];
    if (index < 0 || childField === undefined) {
      if (strict) {
        throw new WireError(
          WIRE_ERROR_CODES.unexpectedElement,
          `The element '${child.name}' is not expected in '${element.name}'.`,
          childPath,
        );
      }
      continue;
    }
    if (strict && index === lastIndex) {
      throw new WireError(WIRE_ERROR_CODES.duplicateElement, `The element '${child.name}' appears twice in '${element.name}'.`, childPath);
    }
    if (strict && index < lastIndex) {
      throw new WireError(
        WIRE_ERROR_CODES.outOfOrderElement,
        `The element '${child.name}' in '${element.name}' is out of order: it must come before '${names[lastIndex]}'.`,
        childPath,
      );
    }
    lastIndex = Math.max(lastIndex, index);
    const value = decodeField(childField, child, childPath, strict);
    if (value !== undefined) result[camelName(child.name)] = value;
  }
  return result;
}

function decodeList(field: ListField, element: XmlElement, path: string, strict: boolean): unknown[] {
  const items: unknown[] = [];
  for (const child of element.children) {
    const childPath = `${path}/${child.name}`;
    if (child.name !== field.item) {
      if (strict) {
        throw new WireError(
          WIRE_ERROR_CODES.unexpectedElement,
          `The element '${child.name}' is not expected in '${element.name}' (expected '${field.item}').`,
          childPath,
        );
      }
      continue;
    }
    const value = decodeField(field.of, child, childPath, strict);
    if (value !== undefined) items.push(value);
  }
  return items;
}

function decodeDict(field: DictField, element: XmlElement, path: string, strict: boolean): Record<string, string> {
  const result: Record<string, string> = {};
  for (const child of element.children) {
    const childPath = `${path}/${child.name}`;
    if (child.name !== field.item) {
      if (strict) throw new WireError(WIRE_ERROR_CODES.unexpectedElement, `The element '${child.name}' is not expected in '${element.name}'.`, childPath);
      continue;
    }
    const name = child.children.find((c) => c.name === 'Name')?.text;
    const value = child.children.find((c) => c.name === 'Value')?.text ?? '';
    if (name === undefined) {
      if (strict) throw new WireError(WIRE_ERROR_CODES.invalidValue, `The element '${child.name}' has no 'Name'.`, childPath);
      continue;
    }
    result[name] = value;
  }
  return result;
}

function decodeScalar(field: ScalarField, element: XmlElement, path: string, strict: boolean): unknown {
  if (strict && element.children.length > 0) {
    throw new WireError(
      WIRE_ERROR_CODES.unexpectedElement,
      `The element '${element.children[0]?.name}' is not expected in '${element.name}', which holds a value.`,
      `${path}/${element.children[0]?.name}`,
    );
  }
  const raw = element.text;
  switch (field.kind) {
    case 'text':
      return raw;
    case 'int': {
      const trimmed = raw.trim();
      if (trimmed === '') return undefined;
      const value = Number(trimmed);
      if (!Number.isInteger(value)) return invalid(strict, `The value of '${element.name}' must be an integer.`, path);
      return value;
    }
    case 'bool': {
      const lowered = raw.trim().toLowerCase();
      if (lowered === 'true') return true;
      if (lowered === 'false') return false;
      if (lowered === '') return undefined;
      return invalid(strict, `The value of '${element.name}' must be true or false.`, path);
    }
    case 'base64': {
      const compact = raw.replace(/\s+/g, '');
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) {
        return invalid(strict, `The value of '${element.name}' must be base64-encoded.`, path) ?? raw;
      }
      return Buffer.from(compact, 'base64').toString('utf8');
    }
  }
}

function invalid(strict: boolean, message: string, path: string): undefined {
  if (strict) throw new WireError(WIRE_ERROR_CODES.invalidValue, message, path);
  return undefined;
}
