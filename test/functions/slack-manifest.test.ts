import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

test('slack/manifest.json: /asm and interactivity on the function route, the scopes the bot\'s Web API calls need', async () => {
  const manifest = JSON.parse(await readFile(new URL('../../slack/manifest.json', import.meta.url), 'utf8'));
  const url = 'https://<app>.azurewebsites.net/api/slack/events';
  const [command] = manifest.features.slash_commands;
  assert.deepEqual([command.command, command.url, command.should_escape], ['/asm', url, true]);
  assert.deepEqual([manifest.settings.interactivity.is_enabled, manifest.settings.interactivity.request_url], [true, url]);
  // commands: /asm; chat:write: post and update; *:history: conversations.replies; users:read; usergroups:read: roles by group.
  for (const scope of ['commands', 'chat:write', 'channels:history', 'groups:history', 'users:read', 'usergroups:read']) assert.ok(manifest.oauth_config.scopes.bot.includes(scope), scope);
  assert.ok(manifest.display_information.name.length <= 35 && manifest.display_information.description.length <= 140);
  assert.ok(command.command.length <= 32);
});
