import type { DocumentSchema, Field, Fields } from '../../wire/index.ts';

export type ObjectField = Extract<Field, { kind: 'object' }>;

export const text: Field = { kind: 'text' };
export const nillableText: Field = { kind: 'text', nillable: true };
export const int: Field = { kind: 'int' };
export const bool: Field = { kind: 'bool' };
export const base64: Field = { kind: 'base64' };
export const object = (fields: Fields): ObjectField => ({ kind: 'object', fields });
export const list = (item: string, of: Field): Field => ({ kind: 'list', item, of });
export const document = (root: string, fields: Fields): DocumentSchema => ({ root, body: object(fields) });
export const listDocument = (root: string, item: string, of: Field): DocumentSchema => ({
  root,
  body: { kind: 'list', item, of },
});

/** The fields of an object-bodied document of the shared wire schemas. */
export function fieldsOf(schema: DocumentSchema): Fields {
  if (schema.body.kind !== 'object') throw new TypeError(`${schema.root} is not an object document.`);
  return schema.body.fields;
}
