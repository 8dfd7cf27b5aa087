// The message box: `/asm …` goes to the bot as a slash command, anything else is posted as a
// message; in the thread pane, replies only (Slack does not run slash commands in threads).

const EXAMPLES = [
  ['/asm help', 'What the bot can do'],
  ['/asm vm list', 'Virtual machines of the subscription'],
  ['/asm vm create web1 West US', 'Create a VM (needs an approval)'],
  ['/asm vm delete web1', 'Delete a VM (needs an approval)'],
  ['/asm jobs', 'Recent jobs in this channel'],
  ['/asm digest now', 'Post the status digest now'],
];

function showHints(hints, input) {
  if (!hints) return;
  const typed = input.value.trim();
  const matches = typed.startsWith('/') && !typed.includes('\n') ? EXAMPLES.filter(([command]) => command.startsWith(typed) && command !== typed) : [];
  hints.hidden = matches.length === 0;
  hints.replaceChildren(...matches.map(([command, what]) => {
    const item = document.createElement('button');
    item.type = 'button';
    item.className = 'hint';
    item.append(Object.assign(document.createElement('code'), { textContent: command }), Object.assign(document.createElement('span'), { textContent: what }));
    item.addEventListener('mousedown', (event) => {
      event.preventDefault();
      input.value = command;
      showHints(hints, input);
      input.focus();
    });
    return item;
  }));
}

/** Wires a form with a textarea: Enter sends, Shift+Enter adds a line. */
export function mountComposer({ input, form, hints, channel, me, thread, api, toast }) {
  let sending = false;
  async function send() {
    const text = input.value.trim();
    if (text === '' || sending) return;
    const threadTs = thread?.();
    if (threadTs && text.startsWith('/')) return toast('Slash commands cannot be used in threads: type them in the channel.');
    sending = true;
    form.classList.add('sending');
    try {
      const answer = text.startsWith('/')
        ? await api('/sim/api/command', { user: me(), channel: channel().id, text })
        : await api('/sim/api/message', { user: me(), channel: channel().id, text, ...(threadTs ? { thread_ts: threadTs } : {}) });
      if (answer.ok) input.value = '';
      else toast(answer.message ?? `The app answered with HTTP ${answer.status}.`);
    } catch (error) {
      toast(`Not sent: ${error.message}`);
    } finally {
      sending = false;
      form.classList.remove('sending');
      showHints(hints, input);
      input.focus();
    }
  }
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      void send();
    }
  });
  input.addEventListener('input', () => showHints(hints, input));
  input.addEventListener('blur', () => hints && (hints.hidden = true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void send();
  });
}
