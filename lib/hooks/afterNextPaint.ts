'use client';
import { useEffect, useState } from 'react';

/** Resolves once the frame being prepared has been painted, or after 100 ms where no frame comes (a hidden tab). */
export function afterNextPaint(): Promise<void> {
  return new Promise((done) => {
    const fallback = setTimeout(done, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        done();
      }),
    );
  });
}

/**
 * False until `shown` has been true for one painted frame, then true for good: what the first screen does not need
 * (its code, its downloads) waits for that screen's paint instead of competing with it.
 */
export function usePaintedOnce(shown: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!shown || painted) return;
    let current = true;
    void afterNextPaint().then(() => current && setPainted(true));
    return () => {
      current = false;
    };
  }, [shown, painted]);
  return painted;
}
