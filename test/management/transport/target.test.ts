import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { target } from '../../../src/management/transport/target.ts';
import { encodePathSegment, encodeQueryComponent } from '../../../src/management/transport/encode.ts';

const viaParser = (href: string) => {
  const url = new URL(href);
  return { href: url.href, origin: url.origin, path: url.pathname + url.search };
};

test('a request URL splits exactly as the URL parser splits it', () => {
  const examples = [
    'https://management.core.windows.net/sub/services/hostedservices/web1?embed-detail=true',
    'https://127.0.0.1:8443/sub/services/hostedservices',
    'https://Management.core.windows.net/sub', 'https://host:443/sub', 'https://host:0443/sub', 'https://[::1]:8443/sub',
    'https://host/sub/./x', 'https://host/sub/../x', 'https://host/sub/%2e%2e/x', 'https://host/a%zz', 'https://host/a b', "https://host/a?x='y'",
    'https://host/a?b?c', 'https://host/a#frag', 'https://host/sub/operations/', 'https://host/é',
  ];
  for (const href of examples) assert.deepEqual(target(href), viaParser(href), href);
  const segment = fc.string({ unit: fc.oneof(fc.constantFrom('a', 'Z', '0', '-', '.', '_', '~', '/', '?', '#', '%', ' ', "'", '(', '$', '=', ',', '!', '*', 'é', '..'), fc.string({ maxLength: 1, unit: 'grapheme' })) });
  fc.assert(
    fc.property(fc.constantFrom('https://management.core.windows.net', 'https://127.0.0.1:50123'), fc.array(segment, { maxLength: 4 }), fc.array(fc.tuple(segment, segment), { maxLength: 3 }), (origin, segments, query) => {
      const path = segments.map((s) => `/${encodePathSegment(s)}`).join('');
      const search = query.length === 0 ? '' : `?${query.map(([k, v]) => `${encodeQueryComponent(k)}=${encodeQueryComponent(v)}`).join('&')}`;
      const href = `${origin}/sub${path}${search}`;
      assert.deepEqual(target(href), viaParser(href), href);
    }),
    { numRuns: 3000 },
  );
});
