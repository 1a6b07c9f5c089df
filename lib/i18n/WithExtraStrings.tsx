'use client';
import { type ReactNode, useMemo } from 'react';
import { enCore } from './en';
import { enExtra } from './enExtra';
import { I18nContext, useI18n } from './I18nProvider';
import { translator } from './translate';

const fullEnglish = translator({ ...enCore, ...enExtra });

/**
 * Screens beyond review (import, notes, statistics, browser, settings…) wrap themselves in this: their English strings
 * ship with them instead of with every page. Chinese is always loaded whole.
 */
export function WithExtraStrings({ children }: { children: ReactNode }) {
  const i18n = useI18n();
  const value = useMemo(() => (i18n.lang === 'en' ? { ...i18n, t: fullEnglish } : i18n), [i18n]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
