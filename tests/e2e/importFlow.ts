import type { Page } from 'playwright-core';

/** Import → preview → confirm → summary, through the UI (`atPreview` runs once the preview shows). Returns the summary text. */
export async function importThroughUi(
  page: Page,
  baseUrl: string,
  file: { name: string; mimeType: string; buffer: Buffer } | string,
  atPreview: () => Promise<unknown> = async () => {},
): Promise<string> {
  await page.goto(`${baseUrl}/import`);
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByRole('heading', { name: 'Preview' }).waitFor();
  await atPreview();
  await page.getByRole('button', { name: /^Import [\d,]+ cards?$/ }).click();
  await page.getByRole('heading', { name: 'Import finished' }).waitFor();
  return (await page.getByTestId('import-summary').textContent()) ?? '';
}
