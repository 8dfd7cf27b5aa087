import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decode, encode, parseXml, schemas, WIRE_ERROR_CODES } from '../../src/wire/index.ts';

const service = encode(schemas.CreateHostedService, { serviceName: 'svc1', label: 'web', description: 'a & b', location: 'West US' });

test('a document cut off anywhere is refused, naming where it broke', () => {
  // every proper prefix of a valid document is malformed; none decodes to a partial model
  for (let end = 1; end < service.length; end++) {
    const truncated = service.slice(0, end);
    if (truncated.trim() === '') continue;
    assert.throws(() => decode(schemas.CreateHostedService, truncated), (error: Error & { code?: string }) => {
      assert.equal(error.code, WIRE_ERROR_CODES.malformedXml, `cut at ${end}: ${error.message}`);
      assert.match(error.message, /malformed|never closed/, `cut at ${end}`);
      return true;
    });
  }
  assert.throws(() => decode(schemas.CreateHostedService, service.slice(0, service.indexOf('<Label>') + 5)), {
    code: WIRE_ERROR_CODES.malformedXml,
    message: /\(line 1, column \d+\): A start tag is broken or cut off\./,
    element: 'CreateHostedService',
  });
  assert.throws(() => decode(schemas.CreateHostedService, service.slice(0, service.indexOf('</Location>'))), {
    code: WIRE_ERROR_CODES.malformedXml,
    message: "The XML is malformed: 'CreateHostedService', 'Location' are never closed.",
    element: 'CreateHostedService',
  });
});

test('unbalanced and misplaced tags are refused with line, column and the open elements', () => {
  const xml = '<Swap>\n  <Production>a</Staging>\n</Swap>';
  assert.throws(() => decode(schemas.Swap, xml), {
    code: WIRE_ERROR_CODES.malformedXml,
    message: "The XML is malformed (line 2, column 16): Expected closing tag 'Production' (opened in line 2, col 3) instead of closing tag 'Staging'.",
    element: 'Swap/Production',
  });
  assert.throws(() => decode(schemas.Swap, '<Swap></Production></Swap>'), { message: /column 7\): Expected closing tag 'Swap'/ });
  assert.throws(() => decode(schemas.Swap, '<Swap/></Swap>'), { message: /column 8\): Closing tag 'Swap' has not been opened\./ });
  assert.throws(() => decode(schemas.Swap, '<Swap></Swap><Swap></Swap>'), { message: /column 14\): Multiple possible root nodes found\./ });
  assert.throws(() => decode(schemas.Swap, '<Swap></Swap>trailing'), { message: /column 14\): Extra text after the root element\./ });
  assert.throws(() => decode(schemas.Swap, '<Swap a="1" a="2"></Swap>'), { message: /Attribute 'a' is repeated/ });
  assert.throws(() => decode(schemas.Swap, '<Swap a="1></Swap>'), { message: /column 1\): A start tag is broken or cut off/ });
  assert.throws(() => decode(schemas.Swap, '<Swap><Production>a < b</Production></Swap>'), { message: /column 21\): A start tag is broken/, element: 'Swap/Production' });
  assert.throws(() => decode(schemas.Swap, '<Swap><!-- never ends </Swap>'), { message: /A comment is not closed/ });
  assert.throws(() => decode(schemas.Swap, '<Swap/><?xml version="1.0"?>'), { message: /XML declaration is allowed only at the start/ });
});

test('broken entity references are refused, naming the reference and where it is', () => {
  const cases: Array<[string, RegExp]> = [
    ['<Swap><Production>R&D</Production></Swap>', /column 20\): The entity reference '&D' is broken: use &amp; for a literal '&'\./],
    ['<Swap><Production>a &amp b</Production></Swap>', /The entity reference '&amp' is broken/],
    ['<Swap><Production>&nbsp;</Production></Swap>', /The entity reference '&nbsp;' is broken/],
    ['<Swap><Production>&#0;</Production></Swap>', /The entity reference '&#0;' is broken/],
    ['<Swap><Production>&#x110000;</Production></Swap>', /The entity reference '&#x110000;' is broken/],
    ['<Swap><Production>&;</Production></Swap>', /The entity reference '&;/],
    ['<Swap x="a&b"><Production>p</Production></Swap>', /column 11\): The entity reference '&b' is broken/],
  ];
  for (const [xml, message] of cases) {
    assert.throws(() => decode(schemas.Swap, xml), { code: WIRE_ERROR_CODES.malformedXml, message }, xml);
  }
  // the ones XML defines decode, in text and in CDATA (where they stay literal)
  const ok = '<Swap><Production>&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos; &#233;&#xE9;<![CDATA[&amp;]]></Production></Swap>';
  assert.deepEqual(decode(schemas.Swap, ok, { strict: true }), { production: '<a> & "b" \'c\' éé&amp;' });
  assert.equal(parseXml(ok).children[0]?.text, '<a> & "b" \'c\' éé&amp;');
});

test('what only the parser refuses (characters and names XML forbids) is reported with its line and column', () => {
  assert.throws(() => decode(schemas.Swap, '<Swap>\n<Production>a\u0001b</Production></Swap>'), {
    code: WIRE_ERROR_CODES.malformedXml,
    message: 'The XML is malformed (line 2, column 14): disallowed character.',
  });
  assert.throws(() => decode(schemas.Swap, '<Swap><Production>a\uFFFEb</Production></Swap>'), { code: WIRE_ERROR_CODES.malformedXml, message: /\(line 1, column 20\)/ });
  assert.throws(() => parseXml('<Swap>\u0000</Swap>'), { code: WIRE_ERROR_CODES.malformedXml, message: /line 1, column 7\): disallowed character/ });
});

test('DOCTYPE declarations and empty bodies are refused before anything is decoded', () => {
  const bomb = '<!DOCTYPE Swap [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><Swap><Production>&b;</Production></Swap>';
  assert.throws(() => decode(schemas.Swap, bomb), { code: WIRE_ERROR_CODES.malformedXml, message: 'XML documents with a DOCTYPE are not accepted.' });
  assert.throws(() => parseXml('<!DOCTYPE Swap><Swap/>'), { code: WIRE_ERROR_CODES.malformedXml, message: /DOCTYPE/ });
  for (const blank of ['', ' \n\t ', '\uFEFF']) {
    assert.throws(() => decode(schemas.Swap, blank), { code: WIRE_ERROR_CODES.malformedXml, message: /body is empty|no root element/ }, JSON.stringify(blank));
  }
});

test('namespace prefixes are read as local names; nil values and namespace declarations leave nothing behind', () => {
  const xml = '<a:Swap xmlns:a="http://schemas.microsoft.com/windowsazure" xmlns:i="http://www.w3.org/2001/XMLSchema-instance">'
    + '<a:Production i:nil="true"/><a:SourceDeployment>d</a:SourceDeployment></a:Swap>';
  assert.deepEqual(decode(schemas.Swap, xml, { strict: true }), { sourceDeployment: 'd' });
  const tree = parseXml(xml);
  assert.equal(tree.name, 'Swap');
  assert.deepEqual(tree.attributes, {});
  assert.deepEqual(tree.children[0]?.attributes, { nil: 'true' });
  assert.deepEqual(tree.children.map((child) => child.name), ['Production', 'SourceDeployment']);
});

test('line ends inside values are normalized as XML requires (CR LF and CR read as LF)', () => {
  const xml = '<CreateHostedService><ServiceName>s</ServiceName><Label>bA==</Label><Description>one\r\ntwo\rthree</Description><Location>West US</Location></CreateHostedService>';
  assert.equal(decode<{ description: string }>(schemas.CreateHostedService, xml).description, 'one\ntwo\nthree');
});

test('a document refused halfway leaves nothing behind: the next one decodes whole', () => {
  const good = '<Swap><Production>p</Production><SourceDeployment>s</SourceDeployment></Swap>';
  const broken = ['<Swap><Production>p</Staging></Swap>', '<Swap><Production>p', '<Swap><Production>&x;</Production></Swap>', '<!DOCTYPE Swap><Swap/>', '<Swap><Unknown/></Swap>'];
  for (const xml of broken) {
    assert.throws(() => decode(schemas.Swap, xml, { strict: true }), { name: /Error/ }, xml);
    assert.deepEqual(decode(schemas.Swap, good, { strict: true }), { production: 'p', sourceDeployment: 's' }, `after ${xml}`);
  }
});
