// Block Kit to DOM: header, section (text, fields, accessory), context, divider, actions, image,
// markdown and rich_text (as text). Text goes through mrkdwn.js, never through innerHTML.
import { emojify, mrkdwn, plainText, textObject } from './mrkdwn.js';

const el = (tag, className, children = []) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const child of children) node.append(child);
  return node;
};

function safeImage(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'data:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function button(element, block, ctx) {
  const node = el('button', `bk-button${element.style ? ` ${element.style}` : ''}`, [plainText(element.text)]);
  node.type = 'button';
  node.dataset.actionId = element.action_id ?? '';
  if (element.value !== undefined) node.dataset.value = element.value;
  if (element.accessibility_label) node.setAttribute('aria-label', element.accessibility_label);
  node.addEventListener('click', () => ctx.onAction({ element, blockId: block.block_id, node }));
  return node;
}

function image(element, className) {
  const src = safeImage(element.image_url ?? '');
  if (src === undefined) return el('span', 'bk-missing', [element.alt_text ?? '']);
  const img = el('img', className);
  img.src = src;
  img.alt = element.alt_text ?? '';
  img.referrerPolicy = 'no-referrer';
  return img;
}

/** An interactive element we can show; others are named, so nothing is silently lost. */
function element(item, block, ctx) {
  switch (item?.type) {
    case 'button': return button(item, block, ctx);
    case 'image': return image(item, 'bk-accessory-image');
    case 'overflow': return el('span', 'bk-overflow', ['⋯']);
    default: return el('span', 'bk-unsupported', [`[${item?.type ?? 'element'}]`]);
  }
}

const RENDER = {
  header: (block) => el('div', 'bk-header', [plainText(block.text)]),
  divider: () => el('hr', 'bk-divider'),
  section(block, ctx) {
    const body = el('div', 'bk-section-body');
    if (block.text) body.append(el('div', 'bk-section-text', [textObject(block.text, ctx)]));
    if (Array.isArray(block.fields) && block.fields.length > 0) {
      body.append(el('div', 'bk-fields', block.fields.map((f) => el('div', 'bk-field', [textObject(f, ctx)]))));
    }
    const section = el('div', 'bk-section', [body]);
    if (block.accessory) section.append(el('div', 'bk-accessory', [element(block.accessory, block, ctx)]));
    return section;
  },
  context: (block, ctx) => el('div', 'bk-context', (block.elements ?? []).map((item) =>
    item.type === 'image' ? image(item, 'bk-context-image') : el('span', 'bk-context-item', [textObject(item, ctx)]))),
  actions: (block, ctx) => el('div', 'bk-actions', (block.elements ?? []).map((item) => element(item, block, ctx))),
  image(block) {
    const figure = el('figure', 'bk-image');
    if (block.title) figure.append(el('figcaption', '', [plainText(block.title)]));
    figure.append(image(block, ''));
    return figure;
  },
  markdown: (block, ctx) => el('div', 'bk-markdown', [mrkdwn(block.text, ctx)]),
  rich_text: (block) => el('div', 'bk-rich', [emojify(richText(block.elements))]),
};

function richText(elements) {
  return (elements ?? []).map((e) => (typeof e.text === 'string' ? e.text : e.elements ? richText(e.elements) : e.type === 'user' ? `@${e.user_id}` : '')).join('');
}

/** The blocks of one message. `ctx`: userName(id), channelName(id), onAction({element, blockId, node}). */
export function renderBlocks(blocks, ctx) {
  const root = el('div', 'blocks');
  for (const block of blocks) {
    const render = RENDER[block?.type];
    const node = render ? render(block, ctx) : el('div', 'bk-unsupported', [`[unsupported block: ${String(block?.type)}]`]);
    root.append(node);
  }
  return root;
}
