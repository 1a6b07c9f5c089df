'use client';
import { type ReactNode, useMemo } from 'react';
import { MediaContext, type MediaLookup } from './MediaContext';

/** Fields inside show their images and sounds from these files (an import preview, where nothing is stored yet). */
export function PackageMedia({ files, children }: { files: ReadonlyMap<string, Uint8Array>; children: ReactNode }) {
  const lookup = useMemo<MediaLookup>(() => async (names) => names.map((name) => files.get(name)), [files]);
  return <MediaContext.Provider value={lookup}>{children}</MediaContext.Provider>;
}
