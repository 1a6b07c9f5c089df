import type { DOMPurify } from 'dompurify';

/** Attributes that make the browser fetch something: only media names of the deck (no scheme, no host) may stay. */
const RESOURCE_ATTRS = new Set([
  'src',
  'srcset',
  'poster',
  'background',
  'xlink:href',
  'data',
  'action',
  'formaction',
  'ping',
  'lowsrc',
  'dynsrc',
]);
const LOCAL_NAME = /^(?![a-z][a-z0-9+.-]*:)(?!\/\/)[^\s]+$/i;
const UNSAFE_STYLE = /url\s*\(|expression\s*\(|@import|behavior\s*:|-moz-binding/i;

const FORBID_TAGS = [
  'style',
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'link',
  'meta',
  'base',
  'svg',
  'math',
  'template',
  'video',
  'source',
  'track',
  'portal',
];

let configured = false;

/**
 * Imported HTML as a safe fragment: no script, no event handler, no `javascript:` or other scheme in links, no frame,
 * object, form or remote resource (images and sounds only by their name in the deck's media).
 */
export function sanitizeImported(purify: DOMPurify, html: string): DocumentFragment {
  if (!configured) {
    purify.addHook('uponSanitizeAttribute', (_node, data) => {
      const name = data.attrName.toLowerCase();
      const value = data.attrValue.trim();
      if (RESOURCE_ATTRS.has(name) && !LOCAL_NAME.test(value)) data.keepAttr = false;
      if (name === 'style' && UNSAFE_STYLE.test(value)) data.keepAttr = false;
      if (name === 'href' && !/^https?:\/\//i.test(value)) data.keepAttr = false;
    });
    purify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A' && node.hasAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
    configured = true;
  }
  return purify.sanitize(withoutEventHandlers(html), {
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS,
    FORBID_ATTR: ['srcset', 'action', 'formaction', 'ping'],
    ALLOW_DATA_ATTR: false,
  });
}

/** A start tag with its attributes (quoted values may hold `>`). */
const START_TAG = /<([a-zA-Z][^\s/>]*)((?:[\s/]+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)(\s*\/?)>/g;
const EVENT_HANDLER = /[\s/]+on[a-z]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/gi;

/**
 * `on*` attributes taken out of the start tags before DOMPurify parses the field: Chromium reports a CSP violation for
 * every inline handler it parses, even in DOMPurify's inert document, and that noise would hide a real violation.
 * Nothing depends on this for safety: DOMPurify removes whatever this misses.
 */
export function withoutEventHandlers(html: string): string {
  return html.replace(START_TAG, (tag, name: string, attributes: string, end: string) =>
    /\bon[a-z]+/i.test(attributes) ? `<${name}${attributes.replace(EVENT_HANDLER, ' ').trimEnd()}${end}>` : tag,
  );
}
