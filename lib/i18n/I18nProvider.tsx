'use client';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Lang } from '../model';
import { enCore, type Messages } from './en';
import { detectLang, loadCatalog, type Translate, translator } from './translate';

const STORAGE_KEY = 'kubecards.lang';

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t: Translate;
}

export const I18nContext = createContext<I18n>({ lang: 'en', setLang: () => {}, t: translator(enCore) });

/** Language from the learner's choice, else the browser's; static HTML is English until hydrated. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>('en');
  const [catalog, setCatalog] = useState<{ lang: Lang; messages: Partial<Messages> }>({ lang: 'en', messages: enCore });
  useEffect(() => {
    const saved = localStorage.getItem(STORAGE_KEY);
    setLangState(saved === 'en' || saved === 'zh' ? saved : detectLang(navigator.languages));
  }, []);
  useEffect(() => {
    let current = true;
    void loadCatalog(lang).then((messages) => {
      if (!current) return;
      // The same catalog again (English, as hydrated) keeps the context as it is: re-rendering every screen for nothing
      // cost a long task right after hydration on a phone's CPU.
      setCatalog((shown) => (shown.messages === messages ? shown : { lang, messages }));
      document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    });
    return () => {
      current = false;
    };
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLangState(next);
  }, []);
  // The language switches when its catalog is there, so text and `lang` never disagree.
  const value = useMemo(() => ({ lang: catalog.lang, setLang, t: translator(catalog.messages) }), [catalog, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = () => useContext(I18nContext);
