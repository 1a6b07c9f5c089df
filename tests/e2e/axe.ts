import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe-core's WCAG 2.2 AA and best-practice violations on the page, as `rule: targets` lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  // The page as React owns it: until hydrated, the exported HTML's controls are inert, which axe leaves out.
  await page.waitForFunction(() => !document.querySelector('[data-hydrating]'));
  // Evaluated through DevTools, which the page's Content-Security-Policy does not govern (a <script> tag would be blocked).
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page at run time
    const result = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map(
      (v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  }, TAGS);
  return violations as string[];
}
