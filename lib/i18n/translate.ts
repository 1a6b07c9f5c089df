import type { Lang } from '../model';
import { en, type MessageKey, type Messages } from './en';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** English ships with every page (the static HTML is English); Chinese loads when it is chosen. */
export function loadCatalog(lang: Lang): Promise<Messages> {
  return lang === 'zh' ? import('./zh').then((m) => m.zh) : Promise.resolve(en);
}

export function translator(catalog: Messages): Translate {
  return (key, params) =>
    catalog[key].replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
}

/** The first of the browser's preferred languages that we have; English otherwise. */
export function detectLang(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'zh') return 'zh';
    if (base === 'en') return 'en';
  }
  return 'en';
}
