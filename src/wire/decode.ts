import { compile, type Compiled, type CompiledDict, type CompiledList, type CompiledObject } from './compiled-schema.ts';
import type { DocumentSchema } from './schema.ts';
import { WireError, WIRE_ERROR_CODES } from './wire-error.ts';
import { elementName, parseOrdered, textOf, type OrderedNode } from './ordered-nodes.ts';

export interface DecodeOptions {
  /**
   * Strict decoding (what the service does with a request body): the root must match, every element
   * must be known and in schema order, values must be well-formed. Lenient decoding (what a client
   * does with a response) ignores unknown elements and keeps going.
   */
  readonly strict?: boolean;
}

/**
 * Decodes an XML document into a plain object whose keys are the camelCase of the element names:
 * one parse, then straight from the parser's nodes into the model. Element paths for errors are
 * built from a stack of names only when an error is thrown.
 */
export function decode<T = unknown>(schema: DocumentSchema, xml: string, options: DecodeOptions = {}): T {
  const rootNode = parseOrdered(xml);
  const rootName = elementName(rootNode);
  if (rootName !== schema.root) {
    throw new WireError(WIRE_ERROR_CODES.wrongRootElement, `Expected the root element '${schema.root}' but found '${rootName}'.`, rootName);
  }
  const decoder = new Decoder(options.strict ?? false);
  decoder.path.push(rootName);
  return decoder.field(compile(schema.body), rootNode, rootName) as T;
}

class Decoder {
  readonly path: string[] = [];
  readonly #strict: boolean;

  constructor(strict: boolean) {
    this.#strict = strict;
  }

  field(field: Compiled, node: OrderedNode, name: string): unknown {
    const attributes = node[':@'];
    if (attributes !== undefined && attributes['nil'] === 'true') return undefined;
    const content = node[name] as OrderedNode[];
    switch (field.kind) {
      case 'object':
        return this.#object(field, content, name);
      case 'list':
        return this.#list(field, content, name);
      case 'dict':
        return this.#dict(field, content, name);
      default:
        return this.#scalar(field.kind, content, name);
    }
  }

  #object(field: CompiledObject, content: readonly OrderedNode[], parent: string): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    let lastIndex = -1;
    for (const node of content) {
      const name = elementName(node);
      if (name === undefined) continue;
      const child = field.children.get(name);
      if (child === undefined) {
        if (this.#strict) throw this.#error(WIRE_ERROR_CODES.unexpectedElement, `The element '${name}' is not expected in '${parent}'.`, name);
        continue;
      }
      if (this.#strict && child.index <= lastIndex) {
        if (child.index === lastIndex) throw this.#error(WIRE_ERROR_CODES.duplicateElement, `The element '${name}' appears twice in '${parent}'.`, name);
        throw this.#error(
          WIRE_ERROR_CODES.outOfOrderElement,
          `The element '${name}' in '${parent}' is out of order: it must come before '${field.names[lastIndex]}'.`,
          name,
        );
      }
      if (child.index > lastIndex) lastIndex = child.index;
      this.path.push(name);
      const value = this.field(child.field, node, name);
      this.path.pop();
      if (value !== undefined) result[child.key] = value;
    }
    return result;
  }

  #list(field: CompiledList, content: readonly OrderedNode[], parent: string): unknown[] {
    const items: unknown[] = [];
    const { item, of } = field;
    for (const node of content) {
      const name = elementName(node);
      if (name === undefined) continue;
      if (name !== item) {
        if (this.#strict) throw this.#error(WIRE_ERROR_CODES.unexpectedElement, `The element '${name}' is not expected in '${parent}' (expected '${item}').`, name);
        continue;
      }
      this.path.push(name);
      const value = this.field(of, node, name);
      this.path.pop();
      if (value !== undefined) items.push(value);
    }
    return items;
  }

  #dict(field: CompiledDict, content: readonly OrderedNode[], parent: string): Record<string, string> {
    const result: Record<string, string> = {};
    for (const node of content) {
      const name = elementName(node);
      if (name === undefined) continue;
      if (name !== field.item) {
        if (this.#strict) throw this.#error(WIRE_ERROR_CODES.unexpectedElement, `The element '${name}' is not expected in '${parent}'.`, name);
        continue;
      }
      let key: string | undefined;
      let value: string | undefined;
      for (const part of node[name] as OrderedNode[]) {
        const partName = elementName(part);
        if (partName === 'Name' && key === undefined) key = textOf(part[partName] as OrderedNode[]);
        else if (partName === 'Value' && value === undefined) value = textOf(part[partName] as OrderedNode[]);
      }
      if (key === undefined) {
        if (this.#strict) throw this.#error(WIRE_ERROR_CODES.invalidValue, `The element '${name}' has no 'Name'.`, name);
        continue;
      }
      result[key] = value ?? '';
    }
    return result;
  }

  #scalar(kind: Compiled['kind'], content: readonly OrderedNode[], name: string): unknown {
    if (this.#strict) {
      const inner = content.map(elementName).find((child) => child !== undefined);
      if (inner !== undefined) throw this.#error(WIRE_ERROR_CODES.unexpectedElement, `The element '${inner}' is not expected in '${name}', which holds a value.`, inner);
    }
    const raw = textOf(content);
    switch (kind) {
      case 'int': {
        const trimmed = raw.trim();
        if (trimmed === '') return undefined;
        const value = Number(trimmed);
        if (!Number.isInteger(value)) return this.#invalid(`The value of '${name}' must be an integer.`);
        return value;
      }
      case 'bool': {
        const lowered = raw.trim().toLowerCase();
        if (lowered === 'true') return true;
        if (lowered === 'false') return false;
        if (lowered === '') return undefined;
        return this.#invalid(`The value of '${name}' must be true or false.`);
      }
      case 'base64': {
        const compact = raw.replace(/\s+/g, '');
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) {
          return this.#invalid(`The value of '${name}' must be base64-encoded.`) ?? raw;
        }
        return Buffer.from(compact, 'base64').toString('utf8');
      }
      default:
        return raw;
    }
  }

  #invalid(message: string): undefined {
    if (this.#strict) throw new WireError(WIRE_ERROR_CODES.invalidValue, message, this.path.join('/'));
    return undefined;
  }

  #error(code: (typeof WIRE_ERROR_CODES)[keyof typeof WIRE_ERROR_CODES], message: string, child: string): WireError {
    return new WireError(code, message, [...this.path, child].join('/'));
  }
}
