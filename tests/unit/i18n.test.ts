import { describe, expect, it } from 'vitest';
import { detectLang, enCore, translator } from '../../lib/i18n';
import { enExtra } from '../../lib/i18n/enExtra';
import { zh } from '../../lib/i18n/zh';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const en = { ...enCore, ...enExtra };

describe('i18n catalogs', () => {
  it('zh has every key of en with the same placeholders', () => {
    expect(Object.keys(enCore).filter((k) => k in enExtra)).toEqual([]);
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect([key, placeholders(zh[key])]).toEqual([key, placeholders(en[key])]);
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('zh uses Chinese punctuation next to Chinese text (，。：？ and （）, not ", . : ? ()")', () => {
    const han = '[\\u4e00-\\u9fff]';
    const halfWidth = new RegExp(`${han}[.,:;?!(]|[.,:;?!)] ?${han}| \\(|"`);
    expect(Object.entries(zh).filter(([, text]) => halfWidth.test(text))).toEqual([]);
  });

  it('English says "1 card" and "2 cards": a {name|one|other} form follows its number', () => {
    expect([0, 1, 2].map((count) => translator(en)('home.cardsTotal', { count }))).toEqual(['0 cards', '1 card', '2 cards']);
    expect(translator(en)('import.counts', { notes: 1, cards: 3 })).toBe('1 note, 3 cards');
    expect(translator(zh)('home.cardsTotal', { count: 1 })).toBe('共 1 张卡片');
  });

  it('writes large whole numbers with thousands separators, in both languages', () => {
    expect(translator(en)('browse.results', { shown: 100, total: 101098 })).toBe('100 of 101,098 cards');
    expect(translator(zh)('home.cardsTotal', { count: 1098 })).toBe('共 1,098 张卡片');
    expect(translator(en)('home.cardsTotal', { count: 999 })).toBe('999 cards');
  });

  it('fills parameters and leaves unknown ones visible', () => {
    expect(translator(en)('home.start', { deck: 'Kubernetes' })).toBe('Study Kubernetes');
    expect(translator(zh)('home.cardsTotal', { count: 3 })).toBe('共 3 张卡片');
    expect(translator(en)('home.start')).toBe('Study {deck}');
    expect(translator(enCore)('stats.title')).toBe('');
  });

  it('picks the first supported browser language', () => {
    expect(detectLang(['zh-TW', 'en'])).toBe('zh');
    expect(detectLang(['fr-FR', 'en-GB'])).toBe('en');
    expect(detectLang(['de'])).toBe('en');
  });
});
