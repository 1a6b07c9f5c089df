'use client';
import { type ComponentType, type ReactNode, useMemo } from 'react';
import { enCore, type Messages } from './en';
import { I18nContext, useI18n } from './I18nProvider';
import { translator } from './translate';

/**
 * Screens beyond review (import, notes, statistics, browser, settings…) wrap themselves in this with their own parts
 * of the English catalog (`enImport`, `enStats`…): those strings ship with that screen only, not with every page.
 * Which screen needs which part is checked by tests/unit/i18nRoutes.test.ts. Chinese is always loaded whole.
 */
export function WithExtraStrings({ strings, children }: { strings: readonly Partial<Messages>[]; children: ReactNode }) {
  const i18n = useI18n();
  const english = useMemo(() => translator(Object.assign({}, enCore, ...strings)), [strings]);
  const value = useMemo(() => (i18n.lang === 'en' ? { ...i18n, t: english } : i18n), [i18n, english]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** A component that brings its own parts of the English catalog (a lazily loaded card face, say). */
export function withExtraStrings<P extends object>(strings: readonly Partial<Messages>[], Component: ComponentType<P>): ComponentType<P> {
  return function WithStrings(props: P) {
    return (
      <WithExtraStrings strings={strings}>
        <Component {...props} />
      </WithExtraStrings>
    );
  };
}
