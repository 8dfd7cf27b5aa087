import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { commandSettings, parseCommand, planCommand, presentReport, renderText, type CommandReport } from '../../../src/commands/index.ts';

/** A vm create that ran, its password step having stored the secret at `location`. */
async function ranWithSecretAt(location: string): Promise<CommandReport> {
  const parsed = parseCommand('vm create myvm West US', { locations: ['West US'] });
  assert.ok(parsed.ok && parsed.command.kind === 'run');
  const plan = await planCommand(parsed.command, { settings: commandSettings(), dryRun: true });
  assert.equal(plan.secrets.length, 1);
  const stored = { ...plan, secrets: plan.secrets.map((s) => ({ ...s, location })) };
  const steps = plan.steps.map((s) => ({ id: s.id, call: s.call, title: s.title, status: 'succeeded' as const }));
  return { input: parsed.command, plan: stored, outcome: { status: 'succeeded', steps }, result: undefined };
}

describe('where a generated password is said to be kept', () => {
  it('a file of the CLI store is readable only by its owner', async () => {
    const text = renderText(presentReport(await ranWithSecretAt('/home/me/.local/secrets/vm-myvm-pw')));
    assert.match(text, /was stored in \/home\/me\/\.local\/secrets\/vm-myvm-pw \(readable only by you\)\./);
  });

  it('a Key Vault secret is not said to be readable only by the reader of the message', async () => {
    const text = renderText(presentReport(await ranWithSecretAt('https://kv.vault.azure.net/secrets/vm-myvm-pw/0123')));
    assert.match(text, /was stored in https:\/\/kv\.vault\.azure\.net\/secrets\/vm-myvm-pw\/0123 \(readable by those the vault grants secret reads\)\./);
    assert.doesNotMatch(text, /readable only by you/);
  });
});
