import { zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { LIMITS, parseImport } from '../../../lib/import';
import { loadSql } from '../import/fixtures';

/** A zstd frame of RLE blocks (128 KiB of one byte each, 4 bytes apiece) with no content size: `blocks` × 128 KiB. */
function zstdBomb(blocks: number): Uint8Array {
  const frame = [0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x38];
  for (let i = 0; i < blocks; i++) {
    const header = ((128 * 1024) << 3) | (1 << 1) | (i === blocks - 1 ? 1 : 0);
    frame.push(header & 0xff, (header >> 8) & 0xff, (header >> 16) & 0xff, 0x41);
  }
  return Uint8Array.from(frame);
}

const limit = LIMITS.unpackedBytes;
afterEach(() => {
  LIMITS.unpackedBytes = limit;
});

// Bombs that passed the zip-header guard were refused as "the package's database is damaged".
describe('a bomb that passes the zip-header guard', () => {
  it('a lying header (10 MB of zeros declared as 50 KB) is refused as unpacking to more than it declares', async () => {
    const zip = zipSync({ 'collection.anki2': new Uint8Array(10 * 1024 * 1024) }, { level: 6 });
    const view = new DataView(zip.buffer);
    for (let i = 0; i < zip.length - 4; i++) {
      if (view.getUint32(i, true) === 0x04034b50) view.setUint32(i + 22, 50_000, true);
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 50_000, true);
    }
    const result = await parseImport({ name: 'liar.apkg', bytes: zip }, {}, loadSql);
    expect(result).toEqual({ ok: false, error: { code: 'zip-bomb', detail: expect.stringContaining('unpacks to more than') } });
  });

  it('a zstd collection that expands beyond the limit is refused as a bomb, saying so', async () => {
    LIMITS.unpackedBytes = 4 * 1024 * 1024;
    const zip = zipSync({ 'collection.anki21b': zstdBomb(64) });
    const result = await parseImport({ name: 'zstd-bomb.apkg', bytes: zip }, {}, loadSql);
    expect(result).toEqual({ ok: false, error: { code: 'zip-bomb', detail: 'zstd data expands beyond 4 MB' } });
  });
});
