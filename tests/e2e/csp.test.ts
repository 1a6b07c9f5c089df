import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openApp } from './browser';
import { revealAndRate, startStudying } from './reviewSteps';

let app: App;
const violations = () => app.page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations ?? []);
beforeAll(async () => {
  app = await openApp();
  // Runs through DevTools before any page script; the policy does not govern it.
  await app.context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
});
afterAll(async () => {
  await app?.close();
});

describe('the Content-Security-Policy of the exported app', () => {
  it('is strict on every page: hashed inline scripts only, no remote origin, no plugins, no base or frame tricks', async () => {
    for (const path of ['/', '/review', '/notes/2-3', '/import', '/settings', '/no-such-page']) {
      const html = await (await fetch(`${app.baseUrl}${path}`)).text();
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src')) ?? '';
      expect(scriptSrc, path).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
      expect(policy, path).toContain("object-src 'none'");
      expect(policy, path).toContain("base-uri 'none'");
      expect(policy, path).not.toMatch(/https?:|\*|'unsafe-eval'/);
      // The policy comes before every script of the page.
      expect(html.indexOf('Content-Security-Policy'), path).toBeLessThan(html.indexOf('<script'));
    }
  });

  it('lets every screen work with no violation, on load and on navigation', async () => {
    const { page, baseUrl } = app;
    await startStudying(page, baseUrl);
    await revealAndRate(page, 'keyboard');
    for (const path of ['/notes', '/notes/2-3', '/import', '/deck?id=kubernetes', '/settings', '/stats', '/browse']) {
      await page.goto(`${baseUrl}${path}`);
      await page.locator('main h1').first().waitFor();
      expect(await violations(), path).toEqual([]);
    }
    await page.goto(`${baseUrl}/`);
    await page.getByRole('link', { name: 'Notes' }).first().click();
    await page.waitForURL(/\/notes/);
    await page.locator('main h1').first().waitFor();
    expect(await violations()).toEqual([]);
  });

  it('blocks a script or an event handler injected into the page', async () => {
    const { page, baseUrl } = app;
    await page.goto(`${baseUrl}/`);
    await page.getByRole('link', { name: 'Study Kubernetes' }).waitFor();
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedScriptRan = true';
      document.body.append(script);
      const holder = document.createElement('div');
      holder.innerHTML = '<img src="/icons/icon.svg" onload="window.injectedHandlerRan = true">';
      // The image's load event is when its inline handler would have run (a listener added here is allowed).
      const loaded = new Promise((done) => holder.querySelector('img')?.addEventListener('load', done));
      document.body.append(holder);
      await loaded;
      const w = window as unknown as { injectedScriptRan?: boolean; injectedHandlerRan?: boolean };
      return { script: w.injectedScriptRan ?? false, handler: w.injectedHandlerRan ?? false };
    });
    expect(ran).toEqual({ script: false, handler: false });
    expect((await violations()).filter((v) => v.startsWith('script-src'))).toHaveLength(2);
  });
});
