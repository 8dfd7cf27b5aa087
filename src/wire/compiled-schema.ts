import { camelName } from './names.ts';
import type { DictField, Field, ListField, ObjectField, ScalarField } from './schema.ts';

/** A field with everything decoding looks up per element worked out once: names, order, model keys. */
export type Compiled = CompiledObject | CompiledList | CompiledDict | CompiledScalar;

export interface CompiledChild {
  readonly name: string;
  /** Position in schema order (strict decoding checks order with it). */
  readonly index: number;
  /** The model key: camelCase of the element name. */
  readonly key: string;
  readonly field: Compiled;
  /** Written as `<Name i:nil="true"/>` when the value is missing. */
  readonly nillable: boolean;
  /** `<Name>` and `</Name>`, for writing. */
  readonly open: string;
  readonly close: string;
}

export interface CompiledObject {
  readonly kind: 'object';
  readonly children: ReadonlyMap<string, CompiledChild>;
  readonly names: readonly string[];
}
export interface CompiledList {
  readonly kind: 'list';
  readonly item: string;
  readonly of: Compiled;
}
export interface CompiledDict {
  readonly kind: 'dict';
  readonly item: string;
}
export interface CompiledScalar {
  readonly kind: ScalarField['kind'];
}

const cache = new WeakMap<Field, Compiled>();

/** Compiles a field tree once; later calls with the same (immutable) schema object reuse it. */
export function compile(field: Field): Compiled {
  const known = cache.get(field);
  if (known !== undefined) return known;
  let compiled: Compiled;
  switch (field.kind) {
    case 'object':
      compiled = compileObject(field);
      break;
    case 'list':
      compiled = compileList(field);
      break;
    case 'dict':
      compiled = { kind: 'dict', item: (field as DictField).item };
      break;
    default:
      compiled = { kind: field.kind };
  }
  cache.set(field, compiled);
  return compiled;
}

function compileObject(field: ObjectField): CompiledObject {
  const names = Object.keys(field.fields);
  const children = new Map<string, CompiledChild>();
  names.forEach((name, index) => {
    const child = field.fields[name]!;
    const nillable = 'nillable' in child && child.nillable === true;
    children.set(name, { name, index, key: camelName(name), field: compile(child), nillable, open: `<${name}>`, close: `</${name}>` });
  });
  return { kind: 'object', children, names };
}

function compileList(field: ListField): CompiledList {
  return { kind: 'list', item: field.item, of: compile(field.of) };
}
