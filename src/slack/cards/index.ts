/**
 * The bot's Slack messages: the approval card and its decided form, job lists and details, results,
 * outcomes, refusals and password notices. Every builder returns `{ text, blocks }` within Block Kit's limits.
 */
export { approvalCard, decidedCard } from './approval-card.ts';
export { jobList, jobDetail } from './job-views.ts';
export { readResult, outcomeMessage, passwordNotice, refusal } from './messages.ts';
export { statusLine, requestIds } from './job-facts.ts';
export { ACTION_IDS, type Card, type CardBlock, type ActionsBlock, type Button, type ConfirmDialog } from './types.ts';
