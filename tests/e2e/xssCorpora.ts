import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURES } from './fixtures';

const XSS = join(FIXTURES, 'xss');

/** Every vector of both corpora (DOMPurify's tests and PayloadsAllTheThings' RSnake list). */
export function xssVectors(): string[] {
  const dompurify = (JSON.parse(readFileSync(join(XSS, 'dompurify-expect.json'), 'utf8')) as { payload: string }[]).map((c) => c.payload);
  const rsnake = readFileSync(join(XSS, 'payloadsallthethings-RSNAKE_XSS.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  return [...dompurify, ...rsnake];
}

/** The messages of every dialog the page opens from now on (each dismissed): a vector that ran would open one. */
export function collectDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/** Anything in the rendered cards (the review's one, every card of the editor's preview; or what `selector` names) that could run code, leave the page or load a remote resource. */
export function findDanger(selector: string) {
  const cards = document.querySelectorAll(selector);
  if (cards.length === 0) return [`no ${selector}`];
  const problems: string[] = [];
  for (const el of [...cards].flatMap((card) => [...card.querySelectorAll('*')])) {
    const tag = el.tagName.toLowerCase();
    if (
      [
        'script',
        'iframe',
        'frame',
        'object',
        'embed',
        'applet',
        'form',
        'style',
        'link',
        'meta',
        'base',
        'svg',
        'math',
        'template',
      ].includes(tag)
    )
      problems.push(`<${tag}>`);
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      const value = attr.value.trim().toLowerCase();
      if (name.startsWith('on')) problems.push(`${tag}[${name}]`);
      const urlAttr = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcdoc', 'ping'].includes(
        name,
      );
      if (urlAttr && /^(javascript|vbscript|data:text\/html)/.test(value.replace(/\s/g, '')))
        problems.push(`${tag}[${name}=${value.slice(0, 30)}]`);
      if (['src', 'srcset', 'poster', 'background', 'data', 'xlink:href'].includes(name) && /^(https?:|\/\/)/.test(value))
        problems.push(`${tag}[${name}] remote`);
      if (name === 'style' && /url\s*\(|expression/.test(value)) problems.push(`${tag}[style] ${value.slice(0, 30)}`);
    }
  }
  return problems;
}
