'use client';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { getDb } from '../../hooks/db';

/** Looks up media files by name: the stored media, or a package's own files before it is written. */
export type MediaLookup = (names: string[]) => Promise<(Uint8Array | undefined)[]>;

const storedMedia: MediaLookup = async (names) => (await getDb().media.bulkGet(names)).map((file) => file?.data);

const MediaContext = createContext<MediaLookup>(storedMedia);

export const useMediaLookup = () => useContext(MediaContext);

/** Fields inside show their images and sounds from these files (an import preview, where nothing is stored yet). */
export function PackageMedia({ files, children }: { files: ReadonlyMap<string, Uint8Array>; children: ReactNode }) {
  const lookup = useMemo<MediaLookup>(() => async (names) => names.map((name) => files.get(name)), [files]);
  return <MediaContext.Provider value={lookup}>{children}</MediaContext.Provider>;
}
