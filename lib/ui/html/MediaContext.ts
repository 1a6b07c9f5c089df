import { createContext } from 'react';

/** Media files by name (undefined where there is none): how an HTML field finds its images and sounds. */
export type MediaLookup = (names: readonly string[]) => Promise<(Uint8Array | undefined)[]>;

const noMedia: MediaLookup = async (names) => names.map(() => undefined);

/** Where cards' media come from: the app provides the stored media; a preview can provide a package's own. */
export const MediaContext = createContext<MediaLookup>(noMedia);
