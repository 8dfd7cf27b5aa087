import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isConfigError, loadConfig, type ConfigProblem } from '../../src/config/index.ts';

const SUB = '11111111-2222-3333-4444-555555555555';
const BASE = {
  SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99yyyzzz85a5',
  SLACK_BOT_TOKEN: 'xoxb-1-2-3',
  AzureWebJobsStorage: 'UseDevelopmentStorage=true',
  KEY_VAULT_URL: 'https://v.vault.azure.net/',
};
const env = (channels: unknown, roles?: unknown) => ({
  ...BASE,
  ASM_CHANNELS: typeof channels === 'string' ? channels : JSON.stringify(channels),
  ...(roles === undefined ? {} : { ASM_ROLES: typeof roles === 'string' ? roles : JSON.stringify(roles) }),
});

function problems(e: Record<string, string | undefined>): ConfigProblem[] {
  try {
    loadConfig(e);
  } catch (error) {
    assert.ok(isConfigError(error));
    return [...error.problems];
  }
  assert.fail('expected a ConfigError');
}

describe('ASM_CHANNELS', () => {
  test('a binding with every field', () => {
    const config = loadConfig(env({ G0PRIV: { subscriptionId: SUB.toUpperCase(), certificate: 'c', endpoint: 'https://127.0.0.1:8443', approval: ['destroy'], approvalTtlMinutes: 15 } }));
    assert.deepEqual(config.channels.G0PRIV, {
      subscriptionId: SUB, certificate: 'c', endpoint: 'https://127.0.0.1:8443', approval: ['destroy'], approvalTtlMinutes: 15,
      roles: { operators: [], destroyers: [], approvers: [] },
    });
  });

  test('unset: no channel is bound', () => {
    assert.deepEqual(loadConfig(BASE).channels, {});
  });

  test('broken JSON says so, with an example', () => {
    const [p] = problems(env("{C1: {subscriptionId: '1'}}"));
    assert.equal(p?.code, 'SETTING_BAD_JSON');
    assert.equal(p?.setting, 'ASM_CHANNELS');
    assert.match(p!.example, /"subscriptionId"/);
  });

  test('each bad field is named with its path', () => {
    const list = problems(env({ C0OPS: { subscriptionId: 'prod', certificate: 'my cert!', endpoint: 'http://x', approval: ['write'], approvalTtlMinutes: 0, owner: 'me' } }));
    assert.deepEqual(list.map((p) => p.setting).sort(), [
      'ASM_CHANNELS["C0OPS"].approval', 'ASM_CHANNELS["C0OPS"].approvalTtlMinutes', 'ASM_CHANNELS["C0OPS"].certificate',
      'ASM_CHANNELS["C0OPS"].endpoint', 'ASM_CHANNELS["C0OPS"].owner', 'ASM_CHANNELS["C0OPS"].subscriptionId',
    ]);
  });

  test('a channel name instead of its id is refused with how to find the id', () => {
    const [p] = problems(env({ '#ops': { subscriptionId: SUB, certificate: 'c' } }));
    assert.match(p!.message, /not a channel id; use the id \(C… or G…/);
  });

  test('approval may be turned off with []', () => {
    assert.deepEqual(loadConfig(env({ C0OPS: { subscriptionId: SUB, certificate: 'c', approval: [] } })).channels.C0OPS?.approval, []);
  });
});

describe('ASM_ROLES', () => {
  const channels = { C0OPS: { subscriptionId: SUB, certificate: 'c' }, C0DEV: { subscriptionId: SUB, certificate: 'c' } };

  test('global roles, and a channel override replacing only the roles it names', () => {
    const config = loadConfig(env(channels, {
      operators: ['U0ANN', 'S0OPS'], destroyers: ['U0ANN'], approvers: ['U0BOB'], readers: ['W0EVE'],
      channels: { C0DEV: { approvers: ['U0CAT'], readers: [] } },
    }));
    assert.deepEqual(config.roles, { operators: ['U0ANN', 'S0OPS'], destroyers: ['U0ANN'], approvers: ['U0BOB'], readers: ['W0EVE'] });
    assert.deepEqual(config.channels.C0OPS?.roles, config.roles);
    assert.deepEqual(config.channels.C0DEV?.roles, { operators: ['U0ANN', 'S0OPS'], destroyers: ['U0ANN'], approvers: ['U0CAT'], readers: [] });
  });

  test('names instead of ids are refused, naming the entries and how to get ids', () => {
    const [p] = problems(env(channels, { operators: ['@alice', 'U0ANN'] }));
    assert.equal(p?.setting, 'ASM_ROLES.operators');
    assert.match(p!.message, /"@alice"/);
    assert.match(p!.message, /Copy member ID/);
  });

  test('an unknown role, a non-list, and an override for an unbound channel are each told', () => {
    const list = problems(env(channels, { admins: ['U0ANN'], approvers: 'U0BOB', channels: { C0NONE: { approvers: ['U0BOB'] } } }));
    assert.deepEqual(list.map((p) => p.setting), ['ASM_ROLES.admins', 'ASM_ROLES.approvers', 'ASM_ROLES.channels["C0NONE"]']);
    assert.match(list[2]!.message, /does not bind/);
  });
});
