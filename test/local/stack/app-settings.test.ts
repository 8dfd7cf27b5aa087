import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '../../../src/config/index.ts';
import { CERTIFICATE_NAME, stackSettings } from '../../../src/local/stack/app-settings.ts';
import { OPS_CHANNEL, PEOPLE } from '../../../src/local/stack/workspace.ts';

const facts = {
  signingSecret: '0123456789abcdef0123456789abcdef', botToken: 'xoxb-local-abc', slackApiUrl: 'http://127.0.0.1:4000/api/',
  keyVaultUrl: 'https://127.0.0.1:4100', keyVaultCaFile: '/tmp/kv-ca.pem', keyVaultToken: 'kv-token',
  subscriptionId: '11111111-2222-3333-4444-555555555555', emulatorUrl: 'https://127.0.0.1:4200', emulatorCaFile: '/tmp/emu-ca.pem',
};

test('the stack settings pass the app\'s own validation: #ops bound to the emulator, the demo roles, the local vault', () => {
  const config = loadConfig({ ...stackSettings(facts), AzureWebJobsStorage: 'UseDevelopmentStorage=true' });
  const ops = config.channels[OPS_CHANNEL.id]!;
  assert.deepEqual([ops.subscriptionId, ops.certificate, ops.endpoint, ops.approval], [facts.subscriptionId, CERTIFICATE_NAME, 'https://127.0.0.1:4200', ['change', 'destroy']]);
  assert.deepEqual(ops.roles.operators, [PEOPLE.alice.id]);
  assert.deepEqual(ops.roles.destroyers, [PEOPLE.alice.id]);
  assert.deepEqual(ops.roles.approvers, [PEOPLE.bob.id]);
  assert.deepEqual(ops.roles.readers, [PEOPLE.carol.id]);
  assert.equal(config.keyVault.url, 'https://127.0.0.1:4100/');
  assert.equal(config.slack.apiUrl, facts.slackApiUrl);
  assert.equal(config.schedules.poll, '*/2 * * * * *');
});
