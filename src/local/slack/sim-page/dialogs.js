// The confirm dialog of a button (Block Kit `confirm`) and short notices.
import { textObject, plainText } from './mrkdwn.js';

const el = (tag, className, children = []) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const child of children) node.append(child);
  return node;
};

/** Shows a Block Kit confirmation; resolves true on confirm, false on deny, Escape or a click outside. */
export function confirmDialog(confirm, ctx) {
  return new Promise((resolve) => {
    const ok = el('button', `bk-button ${confirm.style === 'danger' ? 'danger' : 'primary'}`, [plainText(confirm.confirm ?? { text: 'Yes' })]);
    const deny = el('button', 'bk-button', [plainText(confirm.deny ?? { text: 'Cancel' })]);
    ok.type = deny.type = 'button';
    const dialog = el('div', 'dialog', [
      el('h2', 'dialog-title', [plainText(confirm.title ?? { text: 'Are you sure?' })]),
      el('div', 'dialog-text', [textObject(confirm.text ?? { type: 'plain_text', text: '' }, ctx)]),
      el('div', 'dialog-buttons', [deny, ok]),
    ]);
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'true');
    const backdrop = el('div', 'backdrop', [dialog]);
    const done = (answer) => {
      document.removeEventListener('keydown', onKey);
      backdrop.remove();
      resolve(answer);
    };
    const onKey = (event) => {
      if (event.key === 'Escape') done(false);
    };
    ok.addEventListener('click', () => done(true));
    deny.addEventListener('click', () => done(false));
    backdrop.addEventListener('click', (event) => {
      if (event.target === backdrop) done(false);
    });
    document.addEventListener('keydown', onKey);
    document.body.append(backdrop);
    ok.focus();
  });
}

/** A notice at the bottom of the page that goes away by itself. */
export function toast(message, kind = 'error') {
  const host = document.querySelector('#toasts');
  const node = el('div', `toast ${kind}`, [message]);
  node.setAttribute('role', 'status');
  host.append(node);
  setTimeout(() => node.classList.add('leaving'), 5000);
  setTimeout(() => node.remove(), 5600);
}
