// The product as a person sees it: `npm start -- --in-memory`, the channel page in Chromium, three people.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir } from 'node:fs/promises';
import { Agent, fetch as undiciFetch } from 'undici';
import type { BrowserContext, Page } from 'playwright-core';
import { DEFAULT_TOKEN } from '../../src/local/key-vault/index.ts';
import { launchChromium, startStack, type RunningStack } from './support.ts';

const SHOTS = new URL('../../test-results/e2e/', import.meta.url).pathname;
const README_SHOT = new URL('../../docs/screenshots/channel.png', import.meta.url).pathname;
const IP = /\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/;
const WAIT = { timeout: 45_000 };

let stack: RunningStack;
let browser: BrowserContext;
let page: Page;
/** Every page the browser showed, for the secret check at the end. */
const seen: string[] = [];

async function shot(name: string): Promise<string> {
  const path = `${SHOTS}${name}.png`;
  // The highlight of a message that just changed fades out first.
  await page.waitForFunction(() => (globalThis as unknown as { document: { getAnimations(): unknown[] } }).document.getAnimations().length === 0, undefined, WAIT);
  await page.screenshot({ path });
  seen.push(await page.content(), await page.locator('body').innerText());
  return path;
}

async function as(user: 'alice' | 'bob' | 'carol'): Promise<void> {
  await page.locator('#me-select').selectOption(stack.info.users[user]);
  await page.locator(`#messages[data-user="${stack.info.users[user]}"]`).waitFor(WAIT);
}

async function type(text: string): Promise<void> {
  await page.locator('#input').fill(text);
  await page.locator('#input').press('Enter');
  // The composer clears itself once the app has acknowledged.
  await page.locator('#input').and(page.locator('textarea:placeholder-shown')).waitFor(WAIT);
}

const messages = () => page.locator('#messages > .msg');
const card = () => messages().filter({ has: page.locator('.bk-header', { hasText: /Create VM web1/ }) }).last();

before(async () => {
  await mkdir(SHOTS, { recursive: true });
  stack = await startStack();
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`${stack.info.slack}?user=alice`);
  await page.locator('#live.on').waitFor(WAIT);
});

after(async () => {
  await browser?.close();
  if (stack) assert.equal(await stack.stop(), 0, 'Ctrl-C stops the stack cleanly');
});

test('a VM is created in the channel: asked by alice, approved by bob, the outcome in the thread; carol may not delete; a digest on demand', { timeout: 240_000 }, async (t) => {
  t.diagnostic(`stack ready (JSON line printed) after ${Math.round(stack.readyMs)} ms`);
  await type('/asm vm create web1 West US');
  await card().locator('button[data-action-id="job.approve"]').waitFor(WAIT);
  await shot('01-approval-card');

  await card().locator('button[data-action-id="job.approve"]').click();
  const refusal = messages().filter({ hasText: 'Only visible to you' }).filter({ hasText: /someone else/i });
  await refusal.waitFor(WAIT);
  await shot('02-own-approval-refused');

  await as('bob');
  assert.equal(await refusal.count(), 0, 'alice\'s ephemeral message is not shown to bob');
  await card().locator('button[data-action-id="job.approve"]').click();
  await card().filter({ hasText: '@bob' }).waitFor(WAIT);
  assert.equal(await card().locator('button[data-action-id="job.approve"]').count(), 0, 'a decided card has no buttons');
  await shot('03-approved-running');

  await card().locator('.thread-summary').waitFor(WAIT);
  await card().locator('.thread-summary').click();
  const outcome = page.locator('#thread-messages .msg').filter({ hasText: IP });
  await outcome.waitFor(WAIT);
  await card().filter({ hasText: /Succeeded|Done|done/ }).waitFor(WAIT);
  const readme = await shot('04-outcome-in-thread');

  await as('carol');
  await type('/asm vm delete web1');
  await messages().filter({ hasText: 'Only visible to you' }).filter({ hasText: /may not/i }).waitFor(WAIT);
  await shot('05-carol-refused');

  await as('alice');
  await type('/asm digest now');
  await messages().filter({ has: page.locator('.bk-header', { hasText: /digest/i }) }).waitFor(WAIT);
  await shot('06-digest');
  // The README's picture is refreshed only when asked (UPDATE_README_SHOT=1), so a test run leaves the checkout as it was.
  if (process.env['UPDATE_README_SHOT'] === '1') {
    await mkdir(new URL('.', `file://${README_SHOT}`).pathname, { recursive: true });
    await copyFile(readme, README_SHOT);
  }
});

test('message text is shown as text: markup in a message never becomes HTML', { timeout: 60_000 }, async () => {
  await type('<img src=x onerror="window.pwned=1"> <script>window.pwned=2</script> *bold* <https://example.com|a link>');
  const mine = messages().filter({ hasText: '<img src=x' }).last();
  await mine.waitFor(WAIT);
  assert.equal(await page.evaluate('typeof window.pwned'), 'undefined');
  assert.equal(await mine.locator('img, script').count(), 0);
  assert.equal(await mine.locator('b').innerText(), 'bold');
  assert.equal(await mine.locator('a').getAttribute('href'), 'https://example.com/');
});

test('no secret shows in the page, the messages or the logs over the whole run (the local signing secret aside)', { timeout: 60_000 }, async () => {
  const all = await (await fetch(`${stack.info.slack}api/messages?channel=${stack.info.channel}`)).text();
  const vault = new Agent({ connect: { rejectUnauthorized: false } });
  const get = async (url: string) => (await (await undiciFetch(url, { dispatcher: vault, headers: { authorization: `Bearer ${DEFAULT_TOKEN}` } })).json()) as { value: unknown };
  const listed = (await get(`${stack.info.keyVault}/secrets?api-version=7.5`)).value as { id: string }[];
  const secrets: string[] = [];
  for (const { id } of listed) secrets.push(String((await get(`${id}?api-version=7.5`)).value));
  await vault.close();
  assert.ok(secrets.length >= 2, 'the management certificate and the VM password are in the vault');
  const haystacks = { page: seen.join('\n'), messages: all, logs: stack.logs() };
  for (const [where, text] of Object.entries(haystacks)) {
    assert.ok(text.length > 0, where);
    assert.doesNotMatch(text, /xoxb-[A-Za-z0-9-]+/, `a bot token in the ${where}`);
    assert.doesNotMatch(text, /PRIVATE KEY/, `a private key in the ${where}`);
    for (const secret of secrets) {
      // A whole secret, or a long piece of one (a PFX is long base64), never appears.
      for (const piece of secret.length > 64 ? [secret.slice(0, 48), secret.slice(-48)] : [secret]) {
        assert.ok(!text.includes(piece), `a Key Vault secret value in the ${where}`);
      }
    }
  }
  assert.ok(haystacks.logs.includes(stack.info.signingSecret), 'the local signing secret is printed (it is local, and tools need it)');
});
