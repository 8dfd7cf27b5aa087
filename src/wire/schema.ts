/**
 * Wire schemas describe an ASM XML document: element names, their order (the service's
 * DataContract deserializer is order-sensitive), and how each value is typed on the wire.
 * The same schema drives encoding (client requests, emulator responses) and decoding.
 */
export type ScalarKind = 'text' | 'int' | 'bool' | 'base64';

export interface ScalarField {
  readonly kind: ScalarKind;
  /** Written as `<X i:nil="true"/>` when the value is undefined (responses only). */
  readonly nillable?: boolean;
}
export interface ObjectField {
  readonly kind: 'object';
  readonly fields: Fields;
  readonly nillable?: boolean;
}
/** `<Wrapper><Item/>…</Wrapper>`, a JavaScript array of the items. */
export interface ListField {
  readonly kind: 'list';
  readonly item: string;
  readonly of: Field;
}
/** `<ExtendedProperties><ExtendedProperty><Name/><Value/></…>…`, a string record. */
export interface DictField {
  readonly kind: 'dict';
  readonly item: string;
}
export type Field = ScalarField | ObjectField | ListField | DictField;
/** Element name → field, in document order (object literal key order is preserved). */
export type Fields = Readonly<Record<string, Field>>;

export interface DocumentSchema {
  /** Root element name. */
  readonly root: string;
  /** The root's content: an object, or a list whose items are the root's direct children. */
  readonly body: ObjectField | ListField;
}

export const text: ScalarField = { kind: 'text' };
export const int: ScalarField = { kind: 'int' };
export const bool: ScalarField = { kind: 'bool' };
/** Plain text in the model, base64 of its UTF-8 bytes on the wire. */
export const base64: ScalarField = { kind: 'base64' };

export const nillable = <F extends ScalarField | ObjectField>(field: F): F => ({ ...field, nillable: true });
export const object = (fields: Fields): ObjectField => ({ kind: 'object', fields });
export const list = (item: string, of: Field): ListField => ({ kind: 'list', item, of });
export const textList = (item: string): ListField => list(item, text);
export const dict = (item: string): DictField => ({ kind: 'dict', item });

export const document = (root: string, body: ObjectField | ListField | Fields): DocumentSchema => ({
  root,
  body: isFieldBody(body) ? body : object(body),
});

function isFieldBody(body: ObjectField | ListField | Fields): body is ObjectField | ListField {
  const kind = (body as { kind?: unknown }).kind;
  return kind === 'object' || kind === 'list';
}
