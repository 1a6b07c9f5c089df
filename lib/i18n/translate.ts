import type { Lang } from '../model';
import { enCore, type MessageKey, type Messages } from './en';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * The catalog of a language. English core strings ship with every page (the static HTML is English); screens beyond
 * review add the rest of English with `WithExtraStrings`; Chinese (all of it) loads when chosen.
 */
export function loadCatalog(lang: Lang): Promise<Partial<Messages>> {
  if (lang === 'zh') return import('./zh').then((m) => m.zh);
  return Promise.resolve(enCore);
}

/**
 * A string missing from the catalog reads as empty, never as its key. `{name}` is a parameter; `{name|card|cards}` is
 * the word for it, singular for exactly 1 (English's rule; Chinese strings have no such forms).
 */
export function translator(catalog: Partial<Messages>): Translate {
  return (key, params) =>
    (catalog[key] ?? '')
      .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (whole, name: string, one: string, other: string) =>
        params && name in params ? (Number(params[name]) === 1 ? one : other) : whole,
      )
      .replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? shown(params[name] as string | number) : whole));
}

/**
 * Whole numbers from 1,000 up get thousands separators ("101,098 cards"), as both languages write them. Grouped here,
 * not with Intl.NumberFormat: the first screens then load no ICU data (see localStudyDay).
 */
const shown = (value: string | number) =>
  typeof value === 'number' && Number.isInteger(value) && Math.abs(value) >= 1000
    ? String(value).replace(/\B(?=(\d{3})+$)/g, ',')
    : String(value);

/** The first of the browser's preferred languages that we have; English otherwise. */
export function detectLang(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'zh') return 'zh';
    if (base === 'en') return 'en';
  }
  return 'en';
}
