import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openApp, waitForServiceWorker } from './browser';

let app: App;
beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

describe('installability', () => {
  it('Chromium reports no installability errors', async () => {
    const { page, context } = app;
    await page.goto(`${app.baseUrl}/`);
    await waitForServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  });

  it('the manifest has the fields a phone install needs', async () => {
    const response = await app.page.request.get(`${app.baseUrl}/manifest.webmanifest`);
    expect(response.headers()['content-type']).toContain('application/manifest+json');
    const manifest = await response.json();
    expect(manifest).toMatchObject({
      name: expect.any(String),
      short_name: 'Kubecards',
      description: expect.any(String),
      display: 'standalone',
      start_url: '/',
      scope: '/',
      lang: 'en',
      theme_color: expect.stringMatching(/^#/),
      background_color: expect.stringMatching(/^#/),
      shortcuts: [expect.objectContaining({ name: 'Review now', url: '/review' })],
    });
    const icons = manifest.icons as { sizes: string; purpose: string; src: string }[];
    expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
    for (const icon of icons) expect((await app.page.request.get(`${app.baseUrl}${icon.src}`)).status()).toBe(200);
  });
});
