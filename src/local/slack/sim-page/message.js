// One message as Slack shows it: avatar, name, time, (edited), the blocks or the text, the thread link.
import { renderBlocks } from './blocks.js';
import { mrkdwn } from './mrkdwn.js';

const el = (tag, className, children = []) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const child of children) node.append(child);
  return node;
};

const PALETTE = ['#e8912d', '#2eb67d', '#4a8fd9', '#d0487b', '#8e5bd9', '#1fa3a3', '#c7502e'];
export function colorOf(id) {
  let hash = 0;
  for (const ch of id) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length];
}

export function avatar(user, small = false) {
  const node = el('div', `avatar${small ? ' small' : ''}${user.is_bot ? ' bot' : ''}`, [user.is_bot ? '⚙' : (user.name[0] ?? '?').toUpperCase()]);
  if (!user.is_bot) node.style.background = colorOf(user.id);
  node.setAttribute('aria-hidden', 'true');
  return node;
}

export const timeOf = (ts) => new Date(Number(ts) * 1000).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });
export const dayOf = (ts) => new Date(Number(ts) * 1000).toLocaleDateString(undefined, { weekday: 'long', month: 'long', day: 'numeric' });

/**
 * `ctx`: user(id) → {id, name, real_name, is_bot}, userName, channelName, onAction(message, action),
 * openThread(ts) (absent inside the thread pane), flash (a Set of ts changed just now).
 */
export function renderMessage(message, ctx, options = {}) {
  const author = ctx.user(message.user) ?? { id: message.user, name: message.user_name ?? message.user, is_bot: message.bot };
  const classes = ['msg'];
  if (message.ephemeral_to) classes.push('ephemeral');
  if (author.is_bot) classes.push('from-bot');
  if (ctx.flash?.has(message.ts)) classes.push('flash');
  const node = el('article', classes.join(' '));
  node.dataset.ts = message.ts;
  if (message.ephemeral_to) node.dataset.ephemeral = 'true';

  const meta = el('div', 'msg-meta', [el('span', 'author', [author.real_name && !author.is_bot ? author.real_name : author.name])]);
  if (author.is_bot) meta.append(el('span', 'app-badge', ['APP']));
  const time = el('time', 'msg-time', [timeOf(message.ts)]);
  time.title = new Date(Number(message.ts) * 1000).toLocaleString();
  meta.append(time);
  if (message.edited) meta.append(el('span', 'edited', ['(edited)']));

  const body = el('div', 'msg-body', [meta]);
  if (message.ephemeral_to) body.append(el('div', 'ephemeral-note', [el('span', 'eye', ['👁']), 'Only visible to you']));
  if (message.subtype === 'slash_command') body.append(el('div', 'slash', [message.text]));
  else if (message.blocks?.length > 0) {
    const blockCtx = { ...ctx, onAction: (action) => ctx.onAction(message, action) };
    body.append(renderBlocks(message.blocks, blockCtx));
  } else body.append(mrkdwn(message.text, ctx));

  const replies = message.replies ?? [];
  if (ctx.openThread && replies.length > 0) {
    const people = [...new Map(replies.map((r) => [r.user, ctx.user(r.user) ?? { id: r.user, name: r.user_name, is_bot: r.bot }])).values()].slice(0, 4);
    const link = el('button', 'thread-summary', [
      el('span', 'thread-avatars', people.map((p) => avatar(p, true))),
      el('span', 'thread-count', [`${replies.length} ${replies.length === 1 ? 'reply' : 'replies'}`]),
      el('span', 'thread-last', [`Last reply ${timeOf(replies.at(-1).ts)}`]),
    ]);
    link.type = 'button';
    link.addEventListener('click', () => ctx.openThread(message.ts));
    body.append(link);
  }
  node.append(options.compact ? el('div', 'gutter', [el('time', 'hover-time', [timeOf(message.ts)])]) : avatar(author), body);
  if (options.compact) node.classList.add('compact');
  return node;
}
