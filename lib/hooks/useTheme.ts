'use client';
import { useCallback, useEffect, useState } from 'react';
import { THEME_KEY } from '../model/bootScript';

export type ThemeChoice = 'system' | 'light' | 'dark';

/** The learner's theme choice; `system` follows prefers-color-scheme. */
export function useTheme(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const [theme, setThemeState] = useState<ThemeChoice>('system');
  useEffect(() => {
    const saved = localStorage.getItem(THEME_KEY);
    if (saved === 'light' || saved === 'dark') setThemeState(saved);
  }, []);
  const setTheme = useCallback((choice: ThemeChoice) => {
    if (choice === 'system') {
      localStorage.removeItem(THEME_KEY);
      delete document.documentElement.dataset.theme;
    } else {
      localStorage.setItem(THEME_KEY, choice);
      document.documentElement.dataset.theme = choice;
    }
    setThemeState(choice);
  }, []);
  return [theme, setTheme];
}
