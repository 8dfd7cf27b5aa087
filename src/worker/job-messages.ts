import { BLOCK_KIT_LIMITS, escapeClipped, type ManagementClientLike } from '../commands/index.ts';
import { jobReport, type Job } from '../jobs/index.ts';
import { outcomeMessage, passwordNotice, readResult, type Card, type CardBlock } from '../slack/cards/index.ts';

const esc = (text: string, max = 500) => escapeClipped(text, max);
const section = (text: string): CardBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });
const context = (text: string): CardBlock => ({ type: 'context', elements: [{ type: 'mrkdwn', text }] });
const mention = (user: string) => (/^[UW][A-Z0-9]{2,}$/.test(user) ? `<@${user}>` : esc(user, 80));

function fitted(card: Card, extra: readonly CardBlock[]): Card {
  const room = BLOCK_KIT_LIMITS.blocks - card.blocks.length;
  return { text: card.text, blocks: [...card.blocks, ...extra.slice(0, Math.max(0, room))] };
}

/** The top-level message a read's (or an unplanned change's) result is threaded under. */
export function parentMessage(job: Job): Card {
  const text = `\`${esc(job.command)}\` asked by ${mention(job.requester)} · job \`${esc(job.id, 100)}\``;
  return { text: `${job.command} (job ${job.id})`, blocks: [section(`:speech_balloon: ${text}`), context('The result is in the thread.')] };
}

/** The thread reply when a job ends: the command's report (a read's result), the error, and where passwords went. */
export function outcomeCard(job: Job, facts: readonly CardBlock[] = []): Card {
  if (job.status === 'failed' || job.plan === undefined) return fitted(outcomeMessage(job), facts);
  let report;
  try {
    report = jobReport(job);
  } catch {
    return fitted(outcomeMessage(job), facts);
  }
  if (job.risk === 'read') return readResult(job, report);
  const notice = passwordNotice(job)?.blocks ?? [];
  return fitted(outcomeMessage(job, { report }), [...facts, ...notice]);
}

/** A thread reply for a step that finished while later ones still run. */
export function progressCard(job: Job, index: number): Card {
  const step = job.plan?.steps[index];
  const state = job.steps[index];
  const total = job.plan?.steps.length ?? 0;
  const word = state?.status === 'skipped' ? 'skipped (already there)' : 'done';
  const id = state && 'requestId' in state && state.requestId ? ` · request \`${esc(state.requestId, 80)}\`` : '';
  const text = `:white_check_mark: Step ${index + 1} of ${total} ${word}: ${esc(step?.title ?? 'step', 400)}${id}`;
  return { text: `Step ${index + 1} of ${total} ${word}`, blocks: [section(text)] };
}

/** The VMs a succeeded `vm create` made, as the service shows them now: IP address and power state. */
export async function vmFacts(job: Job, client: ManagementClientLike): Promise<CardBlock[]> {
  if (job.status !== 'succeeded' || job.plan === undefined) return [];
  const lines: string[] = [];
  for (const step of job.plan.steps) {
    if (step.call !== 'virtualMachines.createDeployment') continue;
    const [service, spec] = step.args as [string, { deploymentName?: string }];
    if (typeof service !== 'string' || typeof spec?.deploymentName !== 'string') continue;
    const deployments = client.deployments as unknown as { getByName(s: string, d: string): Promise<{ roleInstanceList?: readonly { roleName?: string; instanceName: string; ipAddress?: string; powerState?: string; instanceStatus?: string }[]; virtualIPs?: readonly { address?: string }[] }> };
    try {
      const deployment = await deployments.getByName(service, spec.deploymentName);
      const vip = deployment.virtualIPs?.[0]?.address;
      for (const i of deployment.roleInstanceList ?? []) {
        lines.push(`*${esc(i.roleName ?? i.instanceName, 100)}*: IP address \`${esc(i.ipAddress ?? 'not assigned yet', 60)}\`${vip ? ` (public \`${esc(vip, 60)}\`)` : ''}, power state ${esc(i.powerState ?? 'Unknown', 40)} (${esc(i.instanceStatus ?? 'Unknown', 40)})`);
      }
    } catch {
      lines.push(`VM facts of \`${esc(service, 100)}\` could not be read now; see \`/asm vm show\`.`);
    }
  }
  return lines.length === 0 ? [] : [section(lines.join('\n').slice(0, BLOCK_KIT_LIMITS.textChars))];
}
