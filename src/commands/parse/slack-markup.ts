/**
 * Slack rewrites what people type: links become `<url|label>`, mentions `<@U123|bob>`, and the
 * three characters `& < >` are sent as entities. Commands must see what the person typed.
 */
const MARKUP = /<([^<>|]*)(?:\|([^<>]*))?>/g;
const SCHEME = /^https?:\/\//i;

function unwrapOne(target: string, label: string | undefined): string {
  if (SCHEME.test(target)) {
    // Slack auto-links bare host names (`example.com` → `<http://example.com|example.com>`):
    // keep what was typed; an explicit label on a real URL is only decoration.
    const bare = target.replace(SCHEME, '').replace(/\/$/, '');
    if (label !== undefined && label.replace(/\/$/, '') === bare) return label;
    return target;
  }
  if (/^mailto:/i.test(target)) return label ?? target.slice('mailto:'.length);
  if (target.startsWith('@')) return label !== undefined ? `@${label.replace(/^@/, '')}` : target;
  if (target.startsWith('#')) return label !== undefined ? `#${label.replace(/^#/, '')}` : target;
  if (target.startsWith('!')) return label ?? `@${target.slice(1).split('^')[0]}`;
  return label ?? target;
}

function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Unwraps Slack's `<…>` markup, then decodes `&lt; &gt; &amp;` (in that order, so `&amp;lt;` stays `&lt;`). */
export function unwrapSlackMarkup(text: string): string {
  return decodeEntities(text.replace(MARKUP, (_m, target: string, label: string | undefined) => unwrapOne(target, label)));
}
