import { test } from 'node:test';
import assert from 'node:assert/strict';
import { slackSignature } from '../../../src/local/slack/sign.ts';
import { boltApp, commandBody, context, NOW_S, request, SECRET } from './support.ts';

/** mulberry32: a small seeded generator, so a failure can be replayed from its seed. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]! };
}

const FORM = 'application/x-www-form-urlencoded';
const PAD = 'a'.repeat(1024 * 1024);
type Hostile = { kind: string; body: string; headers: Record<string, string>; expect: 400 | 401 };

function hostile(r: ReturnType<typeof random>, i: number): Hostile {
  const body = r.next() < 0.5 ? commandBody(`vm list ${i}`) : new URLSearchParams({ payload: JSON.stringify({ type: 'block_actions', user: { id: 'U2' }, actions: [{ action_id: 'job.approve', value: `job-${i}` }] }) }).toString();
  const ts = NOW_S - r.int(200);
  const sig = (b: string, t: number | string = ts, secret = SECRET) => slackSignature(secret, t, b);
  const h = (b: string, t: number | string = ts, s = sig(b, t), type = FORM) => ({ 'content-type': type, 'x-slack-request-timestamp': String(t), 'x-slack-signature': s });
  const hex = () => Array.from({ length: 64 }, () => '0123456789abcdef'[r.int(16)]).join('');
  switch (r.int(13)) {
    case 0: return { kind: 'random signature', body, headers: h(body, ts, `v0=${hex()}`), expect: 401 };
    case 1: return { kind: 'wrong secret', body, headers: h(body, ts, sig(body, ts, `${SECRET}x`)), expect: 401 };
    case 2: {
      const headers: Record<string, string> = h(body);
      delete headers[r.pick(['x-slack-signature', 'x-slack-request-timestamp'])];
      if (r.next() < 0.3) delete headers['x-slack-signature'];
      return { kind: 'missing header', body, headers, expect: 401 };
    }
    case 3: { const t = NOW_S - 301 - r.int(86_400 * 30); return { kind: 'stale', body, headers: h(body, t), expect: 401 }; }
    case 4: { const t = NOW_S + 301 + r.int(86_400 * 30); return { kind: 'future', body, headers: h(body, t), expect: 401 }; }
    case 5: {
      const at = r.int(body.length);
      const altered = r.pick([`${body}&x=1`, body.slice(0, at), `${body.slice(0, at)}${String.fromCharCode(33 + r.int(90))}${body.slice(at + 1)}`]);
      return { kind: 'altered body', body: altered === body ? `${body}!` : altered, headers: h(body), expect: 401 };
    }
    case 6: {
      const t = r.pick(['abc', '', '1e9', '-5', ` ${ts}`, `${ts}.5`, '0x10', '99999999999999999999']);
      return { kind: 'bad timestamp', body, headers: h(body, t, sig(body, t)), expect: 401 };
    }
    case 7: {
      const s = r.pick([`v1=${sig(body).slice(3)}`, sig(body).slice(3), 'v0=', '=', 'v0', `V0=${sig(body).slice(3)}`, `${sig(body)}0`]);
      return { kind: 'bad signature format', body, headers: h(body, ts, s), expect: 401 };
    }
    case 8: {
      const type = r.pick(['text/plain', 'application/xml', '', 'multipart/form-data; boundary=x', 'application/jsonx']);
      return { kind: 'wrong content type (signed)', body, headers: h(body, ts, sig(body), type), expect: 400 };
    }
    case 9: {
      const broken = new URLSearchParams({ payload: r.pick(['{', '{"type":', 'null', '[]', '"text"', '{"a":1}}', 'undefined']), n: String(i) }).toString();
      const signedOk = r.next() < 0.5;
      return { kind: `broken payload JSON (${signedOk ? 'signed' : 'unsigned'})`, body: broken, headers: h(broken, ts, signedOk ? sig(broken) : `v0=${hex()}`), expect: signedOk ? 400 : 401 };
    }
    case 10: {
      const json = r.pick([`{"type":"url_verification","n":${i}`, `not json ${i}`, `[${i}]`]);
      return { kind: 'broken JSON body (signed)', body: json, headers: h(json, ts, sig(json), 'application/json'), expect: 400 };
    }
    case 11: {
      if (r.next() < 0.96) return { kind: 'random signature', body, headers: h(body, ts, `v0=${hex()}`), expect: 401 };
      // Over 1 MiB: half declare their length (refused unread), half do not (refused once read).
      const huge = `${body}&pad=${PAD}${i}`;
      const headers: Record<string, string> = h(huge);
      if (r.next() < 0.5) headers['content-length'] = String(Buffer.byteLength(huge));
      return { kind: 'huge body (signed)', body: huge, headers, expect: 400 };
    }
    default: {
      const empty = '&'.repeat(1 + i); // no fields; distinct bytes so it is not a replay of another
      return { kind: 'empty form (signed)', body: empty, headers: h(empty), expect: 400 };
    }
  }
}

test('R1: 10,000 forged, altered, stale, future, replayed and malformed requests reach no listener', async () => {
  const seed = Number(process.env['R1_SEED'] ?? 20240601);
  const r = random(seed);
  const { app, handler, state } = boltApp();
  let listened = 0;
  app.command('/asm', async ({ ack }) => { listened += 1; await ack('ran'); });
  app.action(/.*/, async ({ ack }) => { listened += 1; await ack(); });
  const counts = new Map<string, number>();
  let genuine = 0;
  for (let i = 0; i < 10_000; i += 1) {
    let item: Hostile;
    if (i % 10 === 0) {
      // A genuine request, then the same bytes again: the first is served, the copy refused.
      const body = commandBody(`genuine ${i}`);
      const headers = { 'content-type': FORM, 'x-slack-request-timestamp': String(NOW_S), 'x-slack-signature': slackSignature(SECRET, NOW_S, body) };
      const first = await handler(request(body, headers), context());
      assert.equal(first.status, 200, `genuine request ${i}`);
      genuine += 1;
      item = { kind: 'replayed', body, headers, expect: 401 };
    } else {
      item = hostile(r, i);
    }
    const response = await handler(request(item.body, item.headers), context());
    assert.equal(response.status, item.expect, `seed ${seed}, #${i}: ${item.kind}`);
    assert.ok(response.body === '' || response.body === undefined, 'a refusal says nothing about why');
    counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  }
  assert.equal(listened, genuine);
  assert.equal(state.reached, genuine);
  assert.equal([...counts.values()].reduce((a, b) => a + b, 0), 10_000);
  assert.ok(counts.size >= 14, `every kind generated: ${[...counts.keys()].join(', ')}`);
});
