'use client';
import { useCallback, useMemo, useState } from 'react';

/** The cards ticked in the browser, by key. */
export interface Selection {
  size: number;
  keys: () => string[];
  has: (key: string) => boolean;
  toggle: (key: string) => void;
  set: (keys: string[]) => void;
  clear: () => void;
}

export function useSelection(): Selection {
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = useCallback(
    (key: string) =>
      setSelected((old) => {
        const next = new Set(old);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    [],
  );
  return useMemo(
    () => ({
      size: selected.size,
      keys: () => [...selected],
      has: (key: string) => selected.has(key),
      toggle,
      set: (keys: string[]) => setSelected(new Set(keys)),
      clear: () => setSelected(new Set()),
    }),
    [selected, toggle],
  );
}
