'use client';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { useI18n } from '../../lib/i18n';
import { type ChapterInfo, EXAM_DOMAINS, type Localized } from '../../lib/model';
import type { SearchEntry, SearchHit } from '../../lib/notes/search';
import { useHydrationGate } from '../../lib/ui';

interface Props {
  chapters: ChapterInfo[];
  topics: { topic: string; slug: string; chapter: number; title: Localized<string> }[];
}

const SEARCH_URL = '/deck/kubernetes-search.json';

/** Chapters → topics, and a search over notes and cards in both languages (its index loads on first use). */
export function NotesIndexScreen({ chapters, topics }: Props) {
  const { t, lang } = useI18n();
  const gate = useHydrationGate();
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState<{ entries: SearchEntry[]; search: typeof import('../../lib/notes/search').searchEntries } | null>(
    null,
  );
  const [hits, setHits] = useState<SearchHit[]>([]);

  useEffect(() => {
    if (query.trim() === '' || index) return;
    let cancelled = false;
    void Promise.all([fetch(SEARCH_URL).then((r) => r.json() as Promise<SearchEntry[]>), import('../../lib/notes/search')]).then(
      ([entries, module]) => {
        if (!cancelled) setIndex({ entries, search: module.searchEntries });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [query, index]);

  useEffect(() => {
    setHits(index && query.trim() !== '' ? index.search(index.entries, query) : []);
  }, [index, query]);

  return (
    <>
      <h1>{t('notes.title')}</h1>
      <p className="muted">{t('notes.intro')}</p>
      <div className="search" {...gate}>
        <label htmlFor="notes-search">{t('notes.search')}</label>
        <input id="notes-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      </div>
      {query.trim() !== '' ? (
        <section aria-live="polite" className="search-results">
          {!index ? (
            <p>{t('notes.searchLoading')}</p>
          ) : hits.length === 0 ? (
            <p>{t('notes.searchNone', { query })}</p>
          ) : (
            <>
              <p className="muted">{t('notes.searchCount', { count: hits.length })}</p>
              <ul className="hit-list">
                {hits.map(({ entry, snippet, lang: hitLang }, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: results of one query
                  <li key={i}>
                    <Link href={`/notes/${entry.slug}${entry.anchor ? `#${entry.anchor}` : ''}`}>
                      <strong>{entry.topicTitle[lang]}</strong>
                      <span className="snippet" lang={hitLang}>
                        {snippet}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ) : (
        <>
          {chapters.map((chapter) => (
            <section key={chapter.chapter} aria-labelledby={`chapter-${chapter.chapter}`}>
              <h2 id={`chapter-${chapter.chapter}`}>
                <span className="muted">{t('notes.chapter', { n: chapter.chapter })}</span> {chapter.title[lang]}
              </h2>
              <ul className="topic-list">
                {topics
                  .filter((topic) => topic.chapter === chapter.chapter)
                  .map((topic) => (
                    <li key={topic.slug}>
                      <Link href={`/notes/${topic.slug}`}>
                        <span className="muted">{topic.topic}</span> {topic.title[lang]}
                      </Link>
                    </li>
                  ))}
              </ul>
            </section>
          ))}
          <section aria-labelledby="study-domains">
            <h2 id="study-domains">{t('notes.domains')}</h2>
            <p className="muted">{t('notes.domainsHint')}</p>
            <ul className="topic-list">
              {EXAM_DOMAINS.map((domain) => (
                <li key={domain}>
                  <Link href={`/review?domain=${domain}`}>{t(`domain.${domain}`)}</Link>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </>
  );
}
