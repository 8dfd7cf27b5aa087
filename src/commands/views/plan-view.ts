import type { Plan } from '../plan/types.ts';
import type { ViewDoc } from './doc.ts';
import { RISK_WORDS } from './format.ts';

/** A plan shown without running it (`--dry-run`), or before an approval. */
export function planDoc(plan: Plan): ViewDoc {
  return {
    title: `Plan: ${plan.summary}`,
    tone: 'info',
    fields: [{ label: 'Risk', value: RISK_WORDS[plan.risk] }, { label: 'Command', value: `\`${plan.command}\`` }],
    sections: [
      {
        title: 'Steps',
        text: plan.steps.length === 0 ? 'Decided when the command runs (see below).' : plan.steps.map((s, i) => `${i + 1}. ${s.title}: \`${s.call}\`${s.async ? ' (asynchronous)' : ''}${s.forEach ? ' (for each)' : ''}`).join('\n'),
      },
      ...(plan.secrets.length > 0 ? [{ title: 'Secrets', text: plan.secrets.map((s) => `${s.description}: generated and stored as \`${s.name}\`${s.location ? ` in ${s.location}` : ' when it runs'}.`).join('\n') }] : []),
    ],
    context: [...plan.notes, 'Dry run: nothing was called.'],
  };
}
