'use client';
import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { useRef, useState } from 'react';
import { deckToAnkiText, deckToMarkdown } from '../../lib/export';
import {
  chooseDeckPreset,
  dateStamp,
  deleteDeck,
  downloadText,
  readCardsOfDeck,
  saveDeckOptions,
  useDeck,
  useDeckPresets,
  useStoredStudySettings,
} from '../../lib/hooks';
import { useI18n } from '../../lib/i18n';
import { deckStudySettings, presetOfDeck } from '../../lib/srs/studySettings';
import { AnkiExport } from './AnkiExport';
import { DeckConflictNotice } from './DeckConflictNotice';
import { addHref } from './editLinks';
import { useAddKey } from './useAddKey';

/** One deck: rename, its own new-card limit, export, delete (imported decks). */
export function DeckScreen() {
  const { t, lang } = useI18n();
  const router = useRouter();
  const deckId = useSearchParams().get('id') ?? '';
  const data = useDeck(deckId);
  const study = useStoredStudySettings();
  const presets = useDeckPresets();
  const [name, setName] = useState<string | null>(null);
  const [limit, setLimit] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [aheadDays, setAheadDays] = useState('7');
  const [cramTopic, setCramTopic] = useState('');
  const [studyTopic, setStudyTopic] = useState('');
  const dialog = useRef<HTMLDialogElement>(null);
  // Own and imported decks take new notes; the built-in deck's are shipped, so Add offers the learner's decks.
  const addTo = addHref(data?.deck?.source === 'import' ? data.deck.name.en : undefined);
  useAddKey(addTo);

  if (!data || !study || !presets) return null;
  const { deck, cards } = data;
  if (!deck) return <p>{t('deck.notFound')}</p>;
  const imported = deck.source === 'import';
  const shownName = name ?? deck.name[lang];
  const shownLimit = limit ?? (deck.newPerDay === undefined ? '' : String(deck.newPerDay));
  // What applies when this deck is studied: its preset's limits (or the study settings'), then its own new limit.
  const preset = presetOfDeck(presets, deck.id);
  const inForce = deckStudySettings(study, presets, deck.id);

  const save = async () => {
    const saved = await saveDeckOptions(deck.id, {
      ...(imported && name !== null ? { name } : {}),
      ...(limit !== null ? { newPerDay: limit.trim() === '' ? null : Number(limit) } : {}),
    });
    // Refused: the shell's notice says why.
    setStatus(saved === true ? t('deck.saved') : '');
  };
  const exportAs = async (kind: 'md' | 'txt') => {
    const all = await readCardsOfDeck(deck.id);
    const base = `${deck.name[lang].replace(/[^\p{L}\p{N}]+/gu, '-')}-${dateStamp(Date.now())}`;
    if (kind === 'md') downloadText(`${base}.md`, deckToMarkdown(deck.name[lang], all, lang), 'text/markdown');
    else downloadText(`${base}.txt`, deckToAnkiText(deck.name[lang], all, lang), 'text/plain');
  };

  return (
    <div className="deck-screen">
      <h1>{deck.name[lang]}</h1>
      <p className="muted">{t('deck.cards', { count: cards })}</p>
      {imported && <DeckConflictNotice deckId={deck.id} />}
      <p>
        <Link className="button" href={addTo} aria-keyshortcuts="A">
          {t('deck.addNote')}
        </Link>
      </p>
      <form
        className="settings"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {imported && (
          <>
            <label htmlFor="deck-name">{t('deck.rename')}</label>
            <input id="deck-name" className="text-input" value={shownName} onChange={(e) => setName(e.target.value)} required />
          </>
        )}
        <label htmlFor="deck-preset">{t('deck.preset')}</label>
        <select
          id="deck-preset"
          value={preset?.id ?? ''}
          onChange={(e) => void chooseDeckPreset(deck.id, e.target.value === '' ? null : e.target.value)}
          aria-describedby="deck-preset-hint"
        >
          <option value="">{t('deck.presetDefault')}</option>
          {presets.presets.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <p id="deck-preset-hint" className="muted small">
          {t('deck.presetHint')}
        </p>
        <label htmlFor="deck-limit">
          {t('deck.newLimit', {
            n: inForce.newPerDay,
            source: preset ? t('deck.limitFromPreset', { name: preset.name }) : t('deck.limitFromSettings'),
          })}
        </label>
        <input
          id="deck-limit"
          className="text-input"
          type="number"
          min={0}
          max={9999}
          inputMode="numeric"
          value={shownLimit}
          onChange={(e) => setLimit(e.target.value)}
        />
        <p data-testid="deck-limits">
          {t('deck.inForce', {
            newPerDay: deck.newPerDay ?? inForce.newPerDay,
            reviewsPerDay: inForce.reviewsPerDay,
            retention: Math.round(inForce.desiredRetention * 100),
          })}
        </p>
        <p>
          <button type="submit" className="button primary">
            {t('deck.save')}
          </button>{' '}
          <span role="status">{status}</span>
        </p>
      </form>
      <section aria-labelledby="deck-custom">
        <h2 id="deck-custom">{t('custom.title')}</h2>
        <form className="settings" onSubmit={(e) => e.preventDefault()}>
          <label htmlFor="custom-study">{t('custom.studyTopic')}</label>
          <input id="custom-study" className="text-input" value={studyTopic} onChange={(e) => setStudyTopic(e.target.value)} />
          <Link
            className="button"
            href={`/review?deck=${encodeURIComponent(deck.id)}&topic=${encodeURIComponent(studyTopic.trim())}`}
            aria-disabled={studyTopic.trim() === ''}
          >
            {t('custom.go')}
          </Link>
          <label htmlFor="custom-ahead">{t('custom.aheadDays')}</label>
          <input
            id="custom-ahead"
            className="text-input"
            type="number"
            min={1}
            inputMode="numeric"
            value={aheadDays}
            onChange={(e) => setAheadDays(e.target.value)}
          />
          <Link className="button" href={`/review?deck=${encodeURIComponent(deck.id)}&ahead=${Math.max(1, Number(aheadDays) || 1)}`}>
            {t('review.ahead')}
          </Link>
          <label htmlFor="custom-cram">{t('custom.cramTopic')}</label>
          <input id="custom-cram" className="text-input" value={cramTopic} onChange={(e) => setCramTopic(e.target.value)} />
          <Link
            className="button"
            href={`/review?deck=${encodeURIComponent(deck.id)}&cram=1${cramTopic.trim() ? `&topic=${encodeURIComponent(cramTopic.trim())}` : ''}`}
          >
            {t('review.cram')}
          </Link>
        </form>
      </section>
      <section aria-labelledby="deck-export">
        <h2 id="deck-export">{t('deck.export')}</h2>
        <div className="button-row">
          <button type="button" className="button" onClick={() => void exportAs('md')}>
            {t('deck.exportMarkdown')}
          </button>
          <button type="button" className="button" onClick={() => void exportAs('txt')}>
            {t('deck.exportAnki')}
          </button>
        </div>
        <p className="muted">{t('ankiExport.textIsForAnki')}</p>
        <AnkiExport deckIds={[deck.id]} fileName={deck.name[lang].replace(/[^\p{L}\p{N}]+/gu, '-')} label={t('ankiExport.deck')} />
      </section>
      {imported && (
        <section>
          <button type="button" className="button danger" onClick={() => dialog.current?.showModal()}>
            {t('deck.delete')}
          </button>
          <dialog ref={dialog} aria-labelledby="delete-question">
            <p id="delete-question">{t('deck.deleteConfirm', { name: deck.name[lang], cards })}</p>
            <div className="button-row">
              <button
                type="button"
                className="button danger"
                onClick={async () => {
                  dialog.current?.close();
                  // Refused: the shell's notice says why.
                  if (await deleteDeck(deck.id)) router.push('/');
                }}
              >
                {t('deck.deleteYes')}
              </button>
              <button type="button" className="button" onClick={() => dialog.current?.close()}>
                {t('import.cancel')}
              </button>
            </div>
          </dialog>
        </section>
      )}
      <p>
        <Link href="/">{t('review.backHome')}</Link>
      </p>
    </div>
  );
}
