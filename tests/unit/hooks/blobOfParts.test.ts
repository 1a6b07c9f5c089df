import { expect, it } from 'vitest';
import { blobOfParts } from '../../../lib/hooks/download';

it('gathers text parts into one Blob of their text, in order, across its batches', async () => {
  const file = blobOfParts('application/json');
  // 20 parts of 1 MiB (past the 8 MiB batch twice) and some of a few characters, with text that is more than one byte in UTF-8.
  const parts = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? String(i).padEnd(2 ** 20, 'x') : `,中${i}`));
  for (const part of parts) file.add(part);
  const blob = file.blob();
  expect(blob.type).toBe('application/json');
  expect(await blob.text()).toBe(parts.join(''));
});
