// The channel page: loads the workspace, follows changes over server-sent events, sends commands,
// clicks and messages through /sim/api as the person chosen in the switcher.
import { confirmDialog, toast } from './dialogs.js';
import { avatar, dayOf, renderMessage } from './message.js';
import { mountComposer } from './composer.js';

const $ = (selector) => document.querySelector(selector);
const page = { workspace: null, users: new Map(), channel: null, me: null, messages: [], thread: null, flash: new Set() };

async function api(path, body) {
  const response = await fetch(path, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const answer = await response.json().catch(() => ({ ok: false, message: `HTTP ${response.status}` }));
  return { httpStatus: response.status, ...answer };
}

const ctx = {
  user: (id) => page.users.get(id),
  userName: (id) => page.users.get(id)?.name,
  channelName: (id) => page.workspace.channels.find((c) => c.id === id)?.name,
  flash: page.flash,
  openThread: (ts) => openThread(ts),
  onAction: (message, action) => click(message, action),
};

async function click(message, { element, blockId, node }) {
  if (element.url) window.open(element.url, '_blank', 'noopener,noreferrer');
  if (element.confirm && !(await confirmDialog(element.confirm, ctx))) return;
  node.disabled = true;
  node.classList.add('busy');
  const answer = await api('/sim/api/click', {
    user: page.me, channel: page.channel.id, ts: message.ts, action_id: element.action_id,
    ...(element.value !== undefined ? { value: element.value } : {}), ...(blockId ? { block_id: blockId } : {}),
  });
  node.disabled = false;
  node.classList.remove('busy');
  if (!answer.ok) toast(answer.message ?? `The app answered ${answer.status}.`);
}

function messageList(messages, into, options) {
  into.replaceChildren();
  let lastDay = '';
  let previous = null;
  for (const message of messages) {
    const day = dayOf(message.ts);
    if (options.days && day !== lastDay) {
      const divider = document.createElement('div');
      divider.className = 'day-divider';
      divider.append(Object.assign(document.createElement('span'), { textContent: day }));
      into.append(divider);
      previous = null;
    }
    lastDay = day;
    // Consecutive plain messages of one author within five minutes are shown without the name again; cards stand alone.
    const compact = previous !== null && previous.user === message.user && !previous.ephemeral_to && !message.ephemeral_to
      && Number(message.ts) - Number(previous.ts) < 300 && (previous.replies?.length ?? 0) === 0
      && !(message.blocks?.length > 0) && !(previous.blocks?.length > 0);
    into.append(renderMessage(message, { ...ctx, openThread: options.threads ? ctx.openThread : undefined }, { compact }));
    previous = message;
  }
}

function render() {
  const list = $('#messages');
  const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
  if (page.messages.length === 0) {
    const empty = document.createElement('div');
    empty.className = 'empty';
    empty.append(Object.assign(document.createElement('h2'), { textContent: `This is the very beginning of #${page.channel.name}` }),
      Object.assign(document.createElement('p'), { textContent: 'Type /asm help below to see what the bot can do.' }));
    list.replaceChildren(empty);
  } else messageList(page.messages, list, { days: true, threads: true });
  if (atBottom) list.scrollTop = list.scrollHeight;
  renderThread();
}

function renderThread() {
  const pane = $('#thread');
  const parent = page.thread && page.messages.find((m) => m.ts === page.thread);
  pane.hidden = !parent;
  document.body.classList.toggle('thread-open', Boolean(parent));
  if (!parent) return;
  const list = $('#thread-messages');
  const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
  const count = parent.replies.length;
  const divider = document.createElement('div');
  divider.className = 'reply-divider';
  divider.append(Object.assign(document.createElement('span'), { textContent: `${count} ${count === 1 ? 'reply' : 'replies'}` }));
  const holder = document.createElement('div');
  messageList(parent.replies, holder, { days: false, threads: false });
  list.replaceChildren(renderMessage(parent, { ...ctx, openThread: undefined }), divider, ...holder.childNodes);
  if (atBottom) list.scrollTop = list.scrollHeight;
}

function openThread(ts) {
  page.thread = ts;
  renderThread();
  $('#thread-messages').scrollTop = $('#thread-messages').scrollHeight;
  $('#thread-input').focus();
}

let pending = null;
function refreshSoon() {
  clearTimeout(pending);
  pending = setTimeout(refresh, 40);
}

async function refresh() {
  const me = page.me;
  const answer = await api(`/sim/api/messages?channel=${encodeURIComponent(page.channel.id)}&user=${encodeURIComponent(me)}`);
  if (!answer.ok) return toast(answer.message ?? 'The messages could not be read.');
  if (me !== page.me) return refreshSoon();
  page.messages = answer.messages;
  render();
  // Whose view is on screen: automation waits for it after switching users.
  $('#messages').dataset.user = me;
  setTimeout(() => page.flash.clear(), 1600);
}

function follow() {
  const status = $('#live');
  const events = new EventSource(`/sim/api/events?channel=${encodeURIComponent(page.channel.id)}`);
  events.onopen = () => {
    status.className = 'live on';
    status.title = 'Live: updates arrive as they happen';
    refreshSoon();
  };
  events.onerror = () => {
    status.className = 'live off';
    status.title = 'Reconnecting…';
  };
  const onChange = (event) => {
    const change = JSON.parse(event.data);
    if (change.type === 'ephemeral' && change.ephemeral_to !== page.me) return;
    if (change.type === 'message_changed') page.flash.add(change.ts);
    refreshSoon();
  };
  for (const type of ['message', 'message_changed', 'message_deleted', 'ephemeral']) events.addEventListener(type, onChange);
}

function people() {
  return page.workspace.users.filter((u) => !u.is_bot);
}

function setMe(id) {
  page.me = id;
  localStorage.setItem('sim-user', id);
  const me = page.users.get(id);
  for (const select of document.querySelectorAll('.user-switch')) select.value = id;
  $('#me-name').textContent = me.real_name || me.name;
  $('#me-title').textContent = me.title ?? '';
  $('.me-avatar').replaceChildren(avatar(me));
  refreshSoon();
}

function fillSwitchers() {
  for (const select of document.querySelectorAll('.user-switch')) {
    select.replaceChildren(...people().map((u) => Object.assign(document.createElement('option'), { value: u.id, textContent: `${u.name}${u.title ? ` — ${u.title}` : ''}` })));
    select.addEventListener('change', () => setMe(select.value));
  }
}

async function boot() {
  const workspace = await api('/sim/api/workspace');
  page.workspace = workspace;
  for (const user of workspace.users) page.users.set(user.id, user);
  const params = new URLSearchParams(location.search);
  const wanted = params.get('channel');
  page.channel = workspace.channels.find((c) => c.id === wanted || `#${c.name}` === wanted || c.name === wanted) ?? workspace.channels[0];
  if (!page.channel) return toast('The workspace has no channel.');
  $('#workspace-name').textContent = workspace.team.domain;
  $('#channel-name').textContent = page.channel.name;
  $('#thread-channel').textContent = `#${page.channel.name}`;
  const channels = $('#channels');
  channels.replaceChildren(...workspace.channels.map((c) => {
    const item = document.createElement('li');
    item.append(Object.assign(document.createElement('a'), { href: `?channel=${encodeURIComponent(c.id)}`, textContent: c.name, className: c.id === page.channel.id ? 'active' : '' }));
    return item;
  }));
  fillSwitchers();
  const byName = (name) => people().find((u) => u.name === name || u.id === name)?.id;
  setMe(byName(params.get('user')) ?? byName(localStorage.getItem('sim-user')) ?? people()[0]?.id);
  $('#thread-close').addEventListener('click', () => {
    page.thread = null;
    renderThread();
  });
  mountComposer({ input: $('#input'), form: $('#composer'), hints: $('#hints'), channel: () => page.channel, me: () => page.me, api, toast });
  mountComposer({ input: $('#thread-input'), form: $('#thread-composer'), channel: () => page.channel, me: () => page.me, thread: () => page.thread, api, toast });
  follow();
  await refresh();
  $('#messages').scrollTop = $('#messages').scrollHeight;
}

boot().catch((error) => toast(`The page could not start: ${error.message}`));
