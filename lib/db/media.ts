import type { KubecardsDb } from './records';

/** Stored media files by name (undefined where none is stored). */
export async function readMedia(db: KubecardsDb, names: readonly string[]): Promise<(Uint8Array | undefined)[]> {
  const files = await db.media.bulkGet([...names]);
  return files.map((file) => file?.data);
}
