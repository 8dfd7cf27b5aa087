import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ConfigError, describeConfig, isConfigError, loadConfig, type ConfigProblem } from '../../src/config/index.ts';

const SUB = '11111111-2222-3333-4444-555555555555';
const SIGNING = '8f742231b10e8888abcd99yyyzzz85a5';
const TOKEN = 'xoxb-1234-5678-abcdefSECRETTOKEN';
const STORAGE = 'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=c2VjcmV0S0VZdmFsdWU=;EndpointSuffix=core.windows.net';
const BASE = {
  SLACK_SIGNING_SECRET: SIGNING,
  SLACK_BOT_TOKEN: TOKEN,
  AzureWebJobsStorage: STORAGE,
  KEY_VAULT_URL: 'https://my-vault.vault.azure.net',
  ASM_CHANNELS: JSON.stringify({ C0OPS: { subscriptionId: SUB, certificate: 'asm-cert' } }),
};

function problems(env: Record<string, string | undefined>): ConfigProblem[] {
  try {
    loadConfig(env);
  } catch (error) {
    assert.ok(isConfigError(error));
    return [...error.problems];
  }
  assert.fail('expected a ConfigError');
}

const only = (env: Record<string, string | undefined>) => {
  const list = problems(env);
  assert.equal(list.length, 1, JSON.stringify(list));
  return list[0]!;
};

describe('loadConfig', () => {
  test('a minimal configuration gets every default', () => {
    const config = loadConfig(BASE);
    assert.equal(config.slack.signingSecret, SIGNING);
    assert.equal(config.slack.apiUrl, undefined);
    assert.equal(config.keyVault.url, 'https://my-vault.vault.azure.net/');
    assert.deepEqual(config.schedules, { poll: '*/15 * * * * *', digestCheck: '0 * * * * *' });
    assert.equal(config.operationDeadlineMinutes, 120);
    assert.equal(config.certCacheSeconds, 300);
    const channel = config.channels.C0OPS!;
    assert.deepEqual(channel.approval, ['change', 'destroy']);
    assert.equal(channel.approvalTtlMinutes, 60);
    assert.deepEqual(channel.roles, { operators: [], destroyers: [], approvers: [] });
  });

  test('every missing required setting is told at once, each with an example', () => {
    const list = problems({});
    assert.deepEqual(list.map((p) => p.setting), ['SLACK_SIGNING_SECRET', 'SLACK_BOT_TOKEN', 'AzureWebJobsStorage', 'KEY_VAULT_URL']);
    for (const p of list) {
      assert.equal(p.code, 'SETTING_MISSING');
      assert.ok(p.example.length > 0);
    }
    assert.throws(() => loadConfig({}), (e: unknown) => e instanceof ConfigError && e.code === 'SETTING_MISSING' && e.setting === 'SLACK_SIGNING_SECRET' && /4 app settings need fixing/.test(e.message));
  });

  test('blank values count as unset', () => {
    assert.equal(only({ ...BASE, KEY_VAULT_URL: '   ' }).code, 'SETTING_MISSING');
  });

  test('secrets are never echoed in errors', () => {
    const env = {
      ...BASE,
      SLACK_BOT_TOKEN: 'xoxp-9999-USERTOKENVALUE',
      SLACK_SIGNING_SECRET: 'not a secret: hunter2-PASSWORDVALUE',
      AzureWebJobsStorage: 'AccountKey=KEYVALUEONLY',
    };
    let message = '';
    assert.throws(() => loadConfig(env), (e: unknown) => {
      message = (e as Error).message + JSON.stringify((e as ConfigError).problems);
      return true;
    });
    for (const secret of ['USERTOKENVALUE', 'PASSWORDVALUE', 'hunter2', 'KEYVALUEONLY', '9999']) assert.ok(!message.includes(secret), `leaked ${secret}`);
    assert.match(message, /SLACK_BOT_TOKEN: is a xoxp- token; the bot needs its Bot User OAuth Token, which starts with xoxb-/);
    assert.match(message, /AzureWebJobsStorage: is not a storage connection string/);
  });

  test('development storage and SAS connection strings are accepted', () => {
    assert.doesNotThrow(() => loadConfig({ ...BASE, AzureWebJobsStorage: 'UseDevelopmentStorage=true' }));
    assert.doesNotThrow(() => loadConfig({ ...BASE, AzureWebJobsStorage: 'TableEndpoint=https://a.table.core.windows.net;SharedAccessSignature=sv=1' }));
  });

  test('URLs: the vault must be https; the Slack API URL may be the local http stand-in', () => {
    const vault = only({ ...BASE, KEY_VAULT_URL: 'http://vault.local' });
    assert.equal(vault.setting, 'KEY_VAULT_URL');
    assert.match(vault.message, /https/);
    assert.equal(loadConfig({ ...BASE, SLACK_API_URL: 'http://127.0.0.1:4000/api' }).slack.apiUrl, 'http://127.0.0.1:4000/api/');
    assert.equal(only({ ...BASE, SLACK_API_URL: 'localhost:4000' }).setting, 'SLACK_API_URL');
  });

  test('AZURE_CLIENT_ID must be a GUID', () => {
    assert.equal(loadConfig({ ...BASE, AZURE_CLIENT_ID: SUB }).keyVault.clientId, SUB);
    assert.equal(only({ ...BASE, AZURE_CLIENT_ID: 'my-identity' }).setting, 'AZURE_CLIENT_ID');
  });

  test('numeric settings have bounds and say them', () => {
    assert.equal(loadConfig({ ...BASE, ASM_OPERATION_DEADLINE_MINUTES: '30', ASM_CERT_CACHE_SECONDS: '0' }).operationDeadlineMinutes, 30);
    const low = only({ ...BASE, ASM_OPERATION_DEADLINE_MINUTES: '1' });
    assert.equal(low.code, 'SETTING_OUT_OF_RANGE');
    assert.match(low.message, /between 5 and 10080 minutes/);
    assert.equal(only({ ...BASE, ASM_CERT_CACHE_SECONDS: '5m' }).code, 'SETTING_INVALID');
    assert.equal(only({ ...BASE, ASM_CERT_CACHE_SECONDS: '-1' }).code, 'SETTING_INVALID');
    assert.equal(only({ ...BASE, ASM_CERT_CACHE_SECONDS: '86401' }).code, 'SETTING_OUT_OF_RANGE');
  });

  test('schedules must be six-field NCRONTAB', () => {
    assert.equal(loadConfig({ ...BASE, ASM_POLL_SCHEDULE: '*/30 * * * * *' }).schedules.poll, '*/30 * * * * *');
    const five = only({ ...BASE, ASM_POLL_SCHEDULE: '*/5 * * * *' });
    assert.equal(five.setting, 'ASM_POLL_SCHEDULE');
    assert.match(five.message, /has 5 fields; the Functions host needs six/);
    assert.match(only({ ...BASE, ASM_DIGEST_SCHEDULE_CHECK: '0 61 * * * *' }).message, /field 2 \(minute\)/);
  });

  test('describeConfig hides the secrets', () => {
    const text = JSON.stringify(describeConfig(loadConfig(BASE)));
    for (const secret of [SIGNING, TOKEN, 'c2VjcmV0S0VZdmFsdWU=']) assert.ok(!text.includes(secret));
    assert.match(text, /"signingSecret":"\(set\)"/);
    assert.match(text, /C0OPS/);
  });
});
