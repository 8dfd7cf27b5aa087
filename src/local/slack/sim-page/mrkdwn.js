// Slack mrkdwn to DOM nodes. Every piece of message text ends up in a text node (textContent):
// nothing from a message is ever parsed as HTML.

const EMOJI = {
  white_check_mark: '✅', x: '❌', warning: '⚠️', hourglass_flowing_sand: '⏳', hourglass: '⌛', arrow_forward: '▶️',
  no_entry: '⛔', no_entry_sign: '🚫', raised_hand: '✋', lock: '🔒', heavy_multiplication_x: '✖️', grey_question: '❔',
  alarm_clock: '⏰', white_circle: '⚪', information_source: 'ℹ️', fast_forward: '⏩', bulb: '💡', rocket: '🚀',
  heavy_check_mark: '✔️', large_green_circle: '🟢', red_circle: '🔴', large_yellow_circle: '🟡', gear: '⚙️',
  clipboard: '📋', computer: '💻', cloud: '☁️', package: '📦', wastebasket: '🗑️', eyes: '👀', thumbsup: '👍',
  arrows_counterclockwise: '🔄', key: '🔑', bar_chart: '📊', calendar: '📅', robot_face: '🤖', zzz: '💤',
  construction: '🚧', question: '❓', exclamation: '❗', memo: '📝', stopwatch: '⏱️', stop_sign: '🛑',
  checkered_flag: '🏁', small_blue_diamond: '🔹', heavy_minus_sign: '➖', arrow_right: '➡️', fire: '🔥', wave: '👋',
  tada: '🎉', floppy_disk: '💾', satellite: '📡', card_file_box: '🗃️', page_facing_up: '📄', inbox_tray: '📥',
};

/** `:warning:` → ⚠️ for the codes we know; others stay as typed. */
export function emojify(text) {
  return text.replace(/:([a-z0-9_+-]+):/g, (whole, name) => EMOJI[name] ?? whole);
}

export const decodeEntities = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

const el = (tag, className, children = []) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const child of children) node.append(child);
  return node;
};
const text = (value) => document.createTextNode(emojify(decodeEntities(value)));

function safeHref(url) {
  try {
    const parsed = new URL(url);
    return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function formatDate(seconds, format, fallback) {
  const date = new Date(Number(seconds) * 1000);
  if (Number.isNaN(date.getTime())) return fallback;
  const day = date.toLocaleDateString(undefined, { month: 'short', day: 'numeric', year: 'numeric' });
  const time = date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return format.replace(/\{date[a-z_]*\}/g, day).replace(/\{time[a-z_]*\}/g, time);
}

/** `<@U1>`, `<#C1|ops>`, `<!here>`, `<!date^…|…>`, `<https://…|text>`. */
function angle(inner, ctx) {
  const [target, label] = [inner.split('|')[0], inner.includes('|') ? inner.slice(inner.indexOf('|') + 1) : undefined];
  if (target.startsWith('@')) {
    const name = ctx.userName(target.slice(1)) ?? label ?? target.slice(1);
    return el('span', 'mention', [`@${name}`]);
  }
  if (target.startsWith('#')) return el('span', 'mention channel', [`#${label ?? ctx.channelName(target.slice(1)) ?? target.slice(1)}`]);
  if (target.startsWith('!date^')) {
    const [, seconds, format = '{date} {time}'] = target.split('^');
    return el('time', 'date', [formatDate(seconds, format, decodeEntities(label ?? ''))]);
  }
  if (target.startsWith('!subteam^')) return el('span', 'mention', [decodeEntities(label ?? '@group')]);
  if (target.startsWith('!')) return el('span', 'mention broadcast', [`@${target.slice(1)}`]);
  const href = safeHref(decodeEntities(target));
  if (href === undefined) return text(`<${inner}>`);
  const link = el('a', 'link', [decodeEntities(label ?? target)]);
  link.href = href;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  return link;
}

const STYLES = { '*': 'b', _: 'i', '~': 's' };
const BOUNDARY_BEFORE = /[\s(["'“‘>:;,.!?-]/;
const BOUNDARY_AFTER = /[\s)\]"'”’<:;,.!?-]/;

/** Inline formatting of one line: angle tokens, `code`, *bold*, _italic_, ~strike~ (nested). */
export function inline(source, ctx) {
  const out = [];
  let plain = '';
  const flush = () => {
    if (plain) out.push(text(plain));
    plain = '';
  };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '<') {
      const end = source.indexOf('>', i + 1);
      if (end > i + 1 && !source.slice(i + 1, end).includes('<')) {
        flush();
        out.push(angle(source.slice(i + 1, end), ctx));
        i = end;
        continue;
      }
    }
    if (ch === '`') {
      const end = source.indexOf('`', i + 1);
      if (end > i + 1) {
        flush();
        out.push(el('code', 'inline-code', [decodeEntities(source.slice(i + 1, end))]));
        i = end;
        continue;
      }
    }
    const tag = STYLES[ch];
    const before = i === 0 ? ' ' : source[i - 1];
    if (tag && BOUNDARY_BEFORE.test(before) && source[i + 1] && !/\s/.test(source[i + 1])) {
      let end = source.indexOf(ch, i + 1);
      while (end > 0 && (/\s/.test(source[end - 1]) || (source[end + 1] !== undefined && !BOUNDARY_AFTER.test(source[end + 1])))) {
        end = source.indexOf(ch, end + 1);
      }
      if (end > i + 1) {
        flush();
        out.push(el(tag, '', inline(source.slice(i + 1, end), ctx)));
        i = end;
        continue;
      }
    }
    plain += ch;
  }
  flush();
  return out;
}

/** A whole mrkdwn text: ``` blocks, > quotes, lines. */
export function mrkdwn(source, ctx) {
  const root = el('div', 'mrkdwn');
  const parts = String(source ?? '').split('```');
  parts.forEach((part, index) => {
    if (index % 2 === 1 && index < parts.length - 1) {
      root.append(el('pre', 'code-block', [decodeEntities(part.replace(/^\n/, '').replace(/\n$/, ''))]));
      return;
    }
    // An unmatched fence stays as typed; the newline after a code block is the block's own.
    const chunk = (index % 2 === 1 ? '```' : '') + part;
    const body = index > 0 ? chunk.replace(/^\n/, '') : chunk;
    if (body === '') return;
    const lines = body.split('\n');
    let quote = null;
    lines.forEach((line, n) => {
      if (line.startsWith('>')) {
        if (quote === null) root.append((quote = el('blockquote', 'quote')));
        else quote.append(el('br'));
        quote.append(...inline(line.replace(/^> ?/, ''), ctx));
        return;
      }
      quote = null;
      root.append(...inline(line, ctx));
      if (n < lines.length - 1 && !lines[n + 1].startsWith('>')) root.append(el('br'));
    });
  });
  return root;
}

/** plain_text objects: emoji codes, nothing else. */
export function plainText(object) {
  return document.createTextNode(object?.emoji === false ? object?.text ?? '' : emojify(object?.text ?? ''));
}

export function textObject(object, ctx) {
  if (object?.type === 'mrkdwn') return mrkdwn(object.text, ctx);
  return el('span', 'plain', [plainText(object)]);
}
