import { type UnzipFileInfo, unzipSync } from 'fflate';
import { Decompress } from 'fzstd';
import { type ImportError, LIMITS } from '../types';

export type Unpacked = { files: Record<string, Uint8Array> } | { error: ImportError };

/**
 * Unzips a package with bomb guards: the declared sizes must add up to no more than the limit, and no entry may claim
 * to be smaller than its compressed data (a lying header would otherwise give silently truncated data).
 */
export function unzipPackage(bytes: Uint8Array, limit = LIMITS.unpackedBytes): Unpacked {
  let total = 0;
  let bomb: string | null = null;
  try {
    const files = unzipSync(bytes, {
      filter: (info: UnzipFileInfo) => {
        total += info.originalSize;
        if (total > limit) bomb = `more than ${Math.round(limit / 1024 / 1024)} MB unpacked`;
        else if (info.compression !== 0 && info.size > info.originalSize + 1024)
          bomb = `entry ${info.name} claims ${info.originalSize} bytes`;
        return bomb === null;
      },
    });
    if (bomb) return { error: { code: 'zip-bomb', detail: bomb } };
    return { files };
  } catch (error) {
    if (bomb) return { error: { code: 'zip-bomb', detail: bomb } };
    return { error: { code: 'bad-zip', detail: String(error) } };
  }
}

/** zstd without a declared content size: stream it and stop at the limit (a 33 KB bomb expands to 1 GiB). */
export function unzstd(data: Uint8Array, limit = LIMITS.unpackedBytes): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const stream = new Decompress((chunk) => {
    size += chunk.length;
    if (size > limit) throw new Error(`zstd data expands beyond ${Math.round(limit / 1024 / 1024)} MB`);
    chunks.push(chunk);
  });
  const STEP = 64 * 1024;
  for (let i = 0; i < data.length; i += STEP) stream.push(data.subarray(i, i + STEP), i + STEP >= data.length);
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

export const isZstd = (data: Uint8Array) => data[0] === 0x28 && data[1] === 0xb5 && data[2] === 0x2f && data[3] === 0xfd;
