import { Inflate } from 'fflate';
import { Decompress } from 'fzstd';
import { type ImportError, LIMITS } from '../types';

export type Unpacked = { files: Record<string, Uint8Array> } | { error: ImportError };

/** Unpacking stopped: the data expands beyond what it may (a bomb). The message says by how much, for people. */
export class UnpackLimitError extends Error {
  override name = 'UnpackLimitError';
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

/** The central directory: every entry's name, method, sizes and where its local header is. */
function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) throw new Error('no zip directory (truncated?)');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw new Error('damaged zip directory');
    const nameLength = view.getUint16(at + 28, true);
    const entry = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    if (entry.compressedSize === 0xffffffff || entry.declaredSize === 0xffffffff) throw new Error('zip64 archives are not supported');
    entries.push(entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** An entry's compressed bytes, found through its local header. */
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw new Error(`damaged zip entry ${entry.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw new Error(`truncated zip entry ${entry.name}`);
  return bytes.subarray(start, start + entry.compressedSize);
}

/** Inflates with a running count: stops as soon as the entry gives more than it declared or the package than `budget`. */
function inflateCapped(data: Uint8Array, entry: ZipEntry, budget: number, limit: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const stream = new Inflate((chunk) => {
    size += chunk.length;
    if (size > budget) throw new UnpackLimitError(`more than ${megabytes(limit)} unpacked`);
    if (size > entry.declaredSize)
      throw new UnpackLimitError(`entry ${entry.name} unpacks to more than the ${entry.declaredSize} bytes its header declares`);
    chunks.push(chunk);
  });
  const STEP = 64 * 1024;
  for (let i = 0; i < data.length; i += STEP) stream.push(data.subarray(i, i + STEP), i + STEP >= data.length);
  if (data.length === 0) stream.push(data, true);
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * Unzips a package with bomb guards that hold whatever its headers say: the declared sizes must add up to no more than
 * the limit, no entry may claim less than its compressed data, and while inflating, no entry may give more than it
 * declared (a lying header) nor the package more than the limit.
 */
export function unzipPackage(bytes: Uint8Array, limit = LIMITS.unpackedBytes): Unpacked {
  let entries: ZipEntry[];
  try {
    entries = readCentralDirectory(bytes);
  } catch (error) {
    return { error: { code: 'bad-zip', detail: String(error instanceof Error ? error.message : error) } };
  }
  const declared = entries.reduce((sum, e) => sum + e.declaredSize, 0);
  if (declared > limit) return { error: { code: 'zip-bomb', detail: `more than ${megabytes(limit)} unpacked` } };
  const lying = entries.find((e) => e.method !== 0 && e.compressedSize > e.declaredSize + 1024);
  if (lying) return { error: { code: 'zip-bomb', detail: `entry ${lying.name} claims ${lying.declaredSize} bytes` } };
  const files: Record<string, Uint8Array> = {};
  let budget = limit;
  try {
    for (const entry of entries) {
      if (entry.name.endsWith('/')) continue;
      const data = entryData(bytes, entry);
      if (entry.method === 0) files[entry.name] = data.slice();
      else if (entry.method === 8) files[entry.name] = inflateCapped(data, entry, budget, limit);
      else throw new Error(`entry ${entry.name} uses an unsupported compression (${entry.method})`);
      budget -= files[entry.name].length;
    }
  } catch (error) {
    if (error instanceof UnpackLimitError) return { error: { code: 'zip-bomb', detail: error.message } };
    return { error: { code: 'bad-zip', detail: String(error instanceof Error ? error.message : error) } };
  }
  return { files };
}

/** zstd without a declared content size: stream it and stop at the limit (a 33 KB bomb expands to 1 GiB). */
export function unzstd(data: Uint8Array, limit = LIMITS.unpackedBytes): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const stream = new Decompress((chunk) => {
    size += chunk.length;
    if (size > limit) throw new UnpackLimitError(`zstd data expands beyond ${megabytes(limit)}`);
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
