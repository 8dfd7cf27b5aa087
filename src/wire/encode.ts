import { compile, type Compiled, type CompiledObject } from './compiled-schema.ts';
import { NS, XSI_NS } from './namespaces.ts';
import type { DocumentSchema } from './schema.ts';
import { WireError, WIRE_ERROR_CODES } from './wire-error.ts';

export interface EncodeOptions {
  /**
   * Requests declare `xmlns:i` before `xmlns`, responses the other way round (as the service does).
   * Default `request`.
   */
  readonly style?: 'request' | 'response';
}

// Characters XML 1.0 cannot carry at all, even escaped.
const FORBIDDEN_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const SPECIAL = /[&<>"']/;
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const REQUEST_NAMESPACES = ` xmlns:i="${XSI_NS}" xmlns="${NS}"`;
const RESPONSE_NAMESPACES = ` xmlns="${NS}" xmlns:i="${XSI_NS}"`;

/**
 * Encodes a plain object (camelCase keys) as an ASM XML document: elements in schema order,
 * undefined values omitted (or `i:nil` where the schema says so), text escaped, empty elements
 * self-closed, no XML declaration. Written straight to a string from the compiled schema; element
 * paths for errors are joined only when an error is thrown.
 */
export function encode(schema: DocumentSchema, value: unknown, options: EncodeOptions = {}): string {
  const namespaces = options.style === 'response' ? RESPONSE_NAMESPACES : REQUEST_NAMESPACES;
  return new Writer().element(schema.root, `<${schema.root}${namespaces}>`, `</${schema.root}>`, compile(schema.body), value);
}

class Writer {
  readonly #path: string[] = [];

  /** `<Name>content</Name>`, or `<Name/>` when the content is empty. */
  element(name: string, open: string, close: string, field: Compiled, value: unknown): string {
    this.#path.push(name);
    const content = this.#content(field, value);
    this.#path.pop();
    return content === '' ? `${open.slice(0, -1)}/>` : open + content + close;
  }

  #content(field: Compiled, value: unknown): string {
    switch (field.kind) {
      case 'object':
        return this.#object(field, value);
      case 'list': {
        if (!Array.isArray(value)) throw this.#invalid('must be an array');
        const open = `<${field.item}>`;
        const close = `</${field.item}>`;
        let out = '';
        for (let index = 0; index < value.length; index++) out += this.element(`${field.item}[${index}]`, open, close, field.of, value[index]);
        return out;
      }
      case 'dict': {
        if (typeof value !== 'object' || value === null) throw this.#invalid('must be a record of names to values');
        let out = '';
        for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
          const nameText = this.#inside('Name', name);
          const valueText = this.#inside('Value', String(item ?? ''));
          out += `<${field.item}>${nameText === '' ? '<Name/>' : `<Name>${nameText}</Name>`}${valueText === '' ? '<Value/>' : `<Value>${valueText}</Value>`}</${field.item}>`;
        }
        return out;
      }
      case 'bool':
        if (typeof value !== 'boolean') throw this.#invalid('must be true or false');
        return String(value);
      case 'int':
        if (typeof value !== 'number' || !Number.isInteger(value)) throw this.#invalid('must be an integer');
        return String(value);
      case 'base64':
        return Buffer.from(this.#checked(String(value)), 'utf8').toString('base64');
      case 'text':
        return this.#text(String(value));
    }
  }

  #object(field: CompiledObject, value: unknown): string {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw this.#invalid('must be an object');
    const record = value as Record<string, unknown>;
    let out = '';
    for (const child of field.children.values()) {
      const childValue = record[child.key];
      if (childValue === undefined || childValue === null) {
        if (child.nillable) out += `<${child.name} i:nil="true"/>`;
        continue;
      }
      out += this.element(child.name, child.open, child.close, child.field, childValue);
    }
    return out;
  }

  /** The escaped text of a dict entry's part (its path named in an error). */
  #inside(part: string, text: string): string {
    this.#path.push(part);
    const escaped = this.#text(text);
    this.#path.pop();
    return escaped;
  }

  #text(text: string): string {
    this.#checked(text);
    return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c]!) : text;
  }

  #checked(text: string): string {
    if (FORBIDDEN_CHARS.test(text)) {
      const path = this.#path.join('/');
      throw new WireError(WIRE_ERROR_CODES.invalidValue, `'${path}' contains a control character that XML cannot carry.`, path);
    }
    return text;
  }

  #invalid(what: string): WireError {
    const path = this.#path.join('/');
    return new WireError(WIRE_ERROR_CODES.invalidValue, `'${path}' ${what}.`, path);
  }
}
