import { useEffect, useRef } from 'react';

export interface DigitKeys {
  /** How many items the digit keys 1…count pick. */
  count: number;
  pick(index: number): void;
  /** Backspace: take back the last pick. */
  undo?(): void;
}

/**
 * Digit keys pick the item with that number and Backspace undoes, while the card's front is being answered. Keys typed
 * into a text field stay there; the review keys (Space, Enter, U…) are left to the review screen.
 */
export function useDigitKeys(keys: DigitKeys) {
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('textarea, select, input:not([type=radio])') || event.altKey || event.ctrlKey || event.metaKey) return;
      const { count, pick, undo } = latest.current;
      const digit = Number(event.key);
      if (/^[1-9]$/.test(event.key) && digit <= count) {
        event.preventDefault();
        pick(digit - 1);
      } else if (event.key === 'Backspace' && undo) {
        event.preventDefault();
        undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
