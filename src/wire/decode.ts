import { compile, type Compiled, type CompiledObject } from './compiled-schema.ts';
import { readXml, type XmlHandler } from './read-xml.ts';
import type { DocumentSchema } from './schema.ts';
import { WireError, WIRE_ERROR_CODES, type WireErrorCode } from './wire-error.ts';

export interface DecodeOptions {
  /**
   * Strict decoding (what the service does with a request body): the root must match, every element
   * must be known and in schema order, values must be well-formed. Lenient decoding (what a client
   * does with a response) ignores unknown elements and keeps going.
   */
  readonly strict?: boolean;
}

/**
 * Decodes an XML document into a plain object whose keys are the camelCase of the element names,
 * in one pass: the parser's events go straight into the model, no tree is built. Element paths for
 * errors are joined only when an error is thrown.
 */
export function decode<T = unknown>(schema: DocumentSchema, xml: string, options: DecodeOptions = {}): T {
  const decoder = new Decoder(schema, options.strict ?? false);
  readXml(xml, decoder);
  return decoder.result() as T;
}

/** One open element being decoded: what it is in the schema and what it has collected so far. */
interface Frame {
  readonly name: string;
  /** The schema field, or 'entry' for one item of a dict (collects its Name and Value). */
  readonly field: Compiled | 'entry';
  /** Where the value goes in an object parent (its model key), or which part of a dict entry it is. */
  readonly key: string;
  /** Object, array or record being filled; undefined for a value. */
  readonly value: Record<string, unknown> | unknown[] | undefined;
  /** Whether the element holds a value (its text is collected). */
  readonly holdsText: boolean;
  text: string;
  /** Schema position of the last child seen (strict decoding checks order with it). */
  lastIndex: number;
  entryName?: string;
  entryValue?: string;
}

const TEXT: Compiled = { kind: 'text' };

class Decoder implements XmlHandler {
  readonly #root: string;
  readonly #body: Compiled;
  readonly #strict: boolean;
  readonly #stack: Frame[] = [];
  /** Depth inside an element that is skipped (unknown in lenient decoding, or nil). */
  #skipping = 0;
  #result: unknown;

  constructor(schema: DocumentSchema, strict: boolean) {
    this.#root = schema.root;
    this.#body = compile(schema.body);
    this.#strict = strict;
  }

  result(): unknown {
    return this.#result;
  }

  open(name: string, nil: boolean): void {
    if (this.#skipping > 0) {
      this.#skipping++;
      return;
    }
    const parent = this.#stack.at(-1);
    if (parent === undefined) {
      if (name !== this.#root) {
        throw new WireError(WIRE_ERROR_CODES.wrongRootElement, `Expected the root element '${this.#root}' but found '${name}'.`, name);
      }
      if (nil) this.#skip();
      else this.#push(name, this.#body, '');
      return;
    }
    const field = parent.field;
    if (field === 'entry') {
      const part = name === 'Name' ? 'entryName' : name === 'Value' ? 'entryValue' : undefined;
      if (part === undefined || parent[part] !== undefined) return this.#skip();
      return this.#push(name, TEXT, part);
    }
    switch (field.kind) {
      case 'object':
        return this.#openChild(parent, field, name, nil);
      case 'list':
        if (name !== field.item) return this.#unexpected(name, `The element '${name}' is not expected in '${parent.name}' (expected '${field.item}').`);
        return nil ? this.#skip() : this.#push(name, field.of, '');
      case 'dict':
        if (name !== field.item) return this.#unexpected(name, `The element '${name}' is not expected in '${parent.name}'.`);
        return nil ? this.#skip() : this.#push(name, 'entry', '');
      default:
        return this.#unexpected(name, `The element '${name}' is not expected in '${parent.name}', which holds a value.`);
    }
  }

  text(text: string): void {
    if (this.#skipping > 0) return;
    const frame = this.#stack.at(-1);
    if (frame?.holdsText) frame.text += text;
  }

  close(): void {
    if (this.#skipping > 0) {
      this.#skipping--;
      return;
    }
    const frame = this.#stack.at(-1)!;
    const value = this.#finish(frame);
    this.#stack.pop();
    const parent = this.#stack.at(-1);
    if (parent === undefined) {
      this.#result = value;
    } else if (parent.field === 'entry') {
      if (frame.key === 'entryName') parent.entryName = value as string;
      else parent.entryValue = value as string;
    } else if (value !== undefined) {
      if (parent.field.kind === 'list') (parent.value as unknown[]).push(value);
      else if (parent.field.kind === 'dict') {
        const [key, entry] = value as [string, string];
        (parent.value as Record<string, unknown>)[key] = entry;
      } else (parent.value as Record<string, unknown>)[frame.key] = value;
    }
  }

  #openChild(parent: Frame, field: CompiledObject, name: string, nil: boolean): void {
    const child = field.children.get(name);
    if (child === undefined) return this.#unexpected(name, `The element '${name}' is not expected in '${parent.name}'.`);
    if (this.#strict && child.index <= parent.lastIndex) {
      if (child.index === parent.lastIndex) throw this.#error(WIRE_ERROR_CODES.duplicateElement, `The element '${name}' appears twice in '${parent.name}'.`, name);
      throw this.#error(
        WIRE_ERROR_CODES.outOfOrderElement,
        `The element '${name}' in '${parent.name}' is out of order: it must come before '${field.names[parent.lastIndex]}'.`,
        name,
      );
    }
    if (child.index > parent.lastIndex) parent.lastIndex = child.index;
    if (nil) return this.#skip();
    this.#push(name, child.field, child.key);
  }

  #push(name: string, field: Compiled | 'entry', key: string): void {
    const kind = field === 'entry' ? 'entry' : field.kind;
    const value = kind === 'list' ? [] : kind === 'object' || kind === 'dict' || kind === 'entry' ? {} : undefined;
    this.#stack.push({ name, field, key, value, holdsText: value === undefined, text: '', lastIndex: -1 });
  }

  /** Skips an element and everything in it (an unknown element, or a nil one: it has no value). */
  #skip(): void {
    this.#skipping = 1;
  }

  #unexpected(name: string, message: string): void {
    if (this.#strict) throw this.#error(WIRE_ERROR_CODES.unexpectedElement, message, name);
    this.#skip();
  }

  #finish(frame: Frame): unknown {
    const field = frame.field;
    if (field === 'entry') {
      if (frame.entryName === undefined) {
        if (this.#strict) throw this.#error(WIRE_ERROR_CODES.invalidValue, `The element '${frame.name}' has no 'Name'.`);
        return undefined;
      }
      return [frame.entryName, frame.entryValue ?? ''];
    }
    switch (field.kind) {
      case 'object':
      case 'list':
      case 'dict':
        return frame.value;
      case 'int': {
        const trimmed = frame.text.trim();
        if (trimmed === '') return undefined;
        const value = Number(trimmed);
        if (!Number.isInteger(value)) return this.#invalid(`The value of '${frame.name}' must be an integer.`);
        return value;
      }
      case 'bool': {
        const lowered = frame.text.trim().toLowerCase();
        if (lowered === 'true') return true;
        if (lowered === 'false') return false;
        if (lowered === '') return undefined;
        return this.#invalid(`The value of '${frame.name}' must be true or false.`);
      }
      case 'base64': {
        const compact = frame.text.replace(/\s+/g, '');
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) {
          return this.#invalid(`The value of '${frame.name}' must be base64-encoded.`) ?? frame.text;
        }
        return Buffer.from(compact, 'base64').toString('utf8');
      }
      default:
        return frame.text;
    }
  }

  #invalid(message: string): undefined {
    if (this.#strict) throw new WireError(WIRE_ERROR_CODES.invalidValue, message, this.#path());
    return undefined;
  }

  #error(code: WireErrorCode, message: string, child?: string): WireError {
    return new WireError(code, message, child === undefined ? this.#path() : `${this.#path()}/${child}`);
  }

  #path(): string {
    return this.#stack.map((frame) => frame.name).join('/');
  }
}
