// Run in a fresh process: `preview <ssh key>` plans `vm create … --ssh-key` without a client, as the
// Slack acknowledgement does; `certificate <ssh key>` makes the key's certificate. Prints whether
// node-forge was resolved by then.
import { registerHooks } from 'node:module';

const resolved: string[] = [];
registerHooks({
  resolve(specifier, context, nextResolve) {
    const result = nextResolve(specifier, context);
    resolved.push(result.url);
    return result;
  },
});

const [mode, key] = process.argv.slice(2);
if (mode === 'preview') {
  const { DEFAULT_SETTINGS, parseCommand, planCommand } = await import('../../../../src/commands/index.ts');
  const parsed = parseCommand(['vm', 'create', 'web1', 'West', 'US', '--ssh-key', key ?? '']);
  if (!parsed.ok || parsed.command.kind !== 'run') throw new Error('the command does not parse');
  const plan = await planCommand(parsed.command, { settings: DEFAULT_SETTINGS, dryRun: true });
  if (!plan.steps.some((s) => s.call === 'serviceCertificates.add')) throw new Error('the plan has no SSH key step');
} else {
  const { sshKeyCertificate } = await import('../../../../src/commands/plan/ssh-key-certificate.ts');
  sshKeyCertificate(key ?? '', 'probe');
}
process.stdout.write(`node-forge: ${resolved.some((url) => url.includes('/node_modules/node-forge/')) ? 'yes' : 'no'}\n`);
