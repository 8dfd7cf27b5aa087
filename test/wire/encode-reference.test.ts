import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { camelName, decode, encode, schemas, type Field } from '../../src/wire/index.ts';
import { writeWithXmlBuilder } from './support/xml-builder-writer.ts';

// Text with every character XML escapes, line ends, characters beyond the BMP and one XML cannot carry.
const text = fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom('a', 'Z', '&', '<', '>', '"', "'", ' ', '\n', '\r', '\t', 'é', '𝄞', ']]>', '\u0001') }));

/** Values for a field: mostly well-typed, sometimes not (the encoder must then refuse them the same way). */
function valueOf(field: Field, depth = 0): fc.Arbitrary<unknown> {
  switch (field.kind) {
    case 'object': {
      const children = Object.entries(field.fields).map(([name, child]) => [camelName(name), depth > 4 ? fc.constant(undefined) : fc.option(valueOf(child, depth + 1), { nil: undefined, freq: 3 })] as const);
      return fc.oneof({ weight: 20, arbitrary: fc.record(Object.fromEntries(children), { requiredKeys: [] }) }, { weight: 1, arbitrary: fc.constantFrom('x', 1, []) });
    }
    case 'list':
      return fc.oneof({ weight: 20, arbitrary: fc.array(valueOf(field.of, depth + 1), { maxLength: depth > 3 ? 0 : 3 }) }, { weight: 1, arbitrary: fc.constant('x') });
    case 'dict':
      return fc.dictionary(text, fc.oneof(text, fc.constant(undefined)), { maxKeys: 3 });
    case 'int':
      return fc.oneof({ weight: 10, arbitrary: fc.integer() }, { weight: 1, arbitrary: fc.oneof(fc.double(), fc.constant('7')) });
    case 'bool':
      return fc.oneof({ weight: 10, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constant('true') });
    default:
      return text;
  }
}

const outcome = (write: () => string) => {
  try {
    return write();
  } catch (error) {
    return `${(error as Error).name} ${(error as Error).message} at ${String((error as { element?: string }).element)}`;
  }
};

test('every schema writes exactly the bytes fast-xml-parser\'s XMLBuilder writes, and refuses exactly what it refuses', () => {
  for (const [name, schema] of Object.entries(schemas)) {
    fc.assert(
      fc.property(valueOf(schema.body), fc.constantFrom('request' as const, 'response' as const), (value, style) => {
        assert.equal(outcome(() => encode(schema, value, { style })), outcome(() => writeWithXmlBuilder(schema, value, style)), name);
      }),
      { numRuns: 60 },
    );
  }
});

test('whatever the encoder writes, the decoder reads back strictly', () => {
  for (const schema of Object.values(schemas)) {
    fc.assert(
      fc.property(valueOf(schema.body), (value) => {
        let xml: string;
        try {
          xml = encode(schema, value);
        } catch (error) {
          assert.equal((error as { code?: string }).code, 'InvalidValue');
          return;
        }
        assert.doesNotThrow(() => decode(schema, xml, { strict: true }), xml);
      }),
      { numRuns: 40 },
    );
  }
});
