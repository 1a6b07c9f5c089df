'use client';
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { type ImportSummary, importDeckId, importWriteError, parseInWorker, previewCard, storeImport } from '../../lib/hooks';
import { useI18n } from '../../lib/i18n';
import type { ImportError, ImportOptions, ParsedDeck } from '../../lib/import';
import { fileTooLarge, LIMITS } from '../../lib/import/types';
import { CardView, useHydrationGate } from '../../lib/ui';
import { PackageMedia } from '../../lib/ui/html/PackageMedia';

type Step =
  | { step: 'choose'; cancelled?: boolean }
  | { step: 'parsing'; name: string }
  | { step: 'preview'; deck: ParsedDeck }
  | { step: 'writing'; done: number; total: number }
  | { step: 'done'; summary: ImportSummary; deckName: string }
  | { step: 'failed'; error: ImportError };

const SEPARATORS: Record<string, string | undefined> = { auto: undefined, tab: '\t', comma: ',', semicolon: ';', pipe: '|' };
const unescapeSeparator = (text: string) => text.replaceAll('\\t', '\t').replaceAll('\\n', '\n');

/** Pick, drop or paste → preview with every problem → confirm → progress → summary. Nothing is written before "Import". */
export function ImportScreen() {
  const { t } = useI18n();
  const [state, setState] = useState<Step>({ step: 'choose' });
  const [source, setSource] = useState<{ name: string; bytes: ArrayBuffer } | null>(null);
  const [deckName, setDeckName] = useState('');
  const [paste, setPaste] = useState('');
  const [separator, setSeparator] = useState('auto');
  const [header, setHeader] = useState<boolean | undefined>(undefined);
  const [quizlet, setQuizlet] = useState<{ term: string; card: string } | null>(null);
  const [keepHistory, setKeepHistory] = useState(true);
  const gate = useHydrationGate();
  const abort = useRef<AbortController | null>(null);

  /** A new abort controller for a step that may be cancelled (reading, parsing, writing). */
  const cancellable = () => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    return controller.signal;
  };
  const cancel = () => {
    abort.current?.abort();
    setState({ step: 'choose', cancelled: true });
  };
  const parse = async (file: { name: string; bytes: ArrayBuffer }, options: ImportOptions, signal = cancellable()) => {
    setSource(file);
    setState({ step: 'parsing', name: file.name });
    const result = await parseInWorker(file.name, file.bytes.slice(0), options, signal).catch(() => null);
    if (!result || signal.aborted) return;
    if (!result.ok) return setState({ step: 'failed', error: result.error });
    setDeckName(result.deck.name);
    setState({ step: 'preview', deck: result.deck });
  };
  const options = (overrides: Partial<{ separator: string; header: boolean | undefined; quizlet: typeof quizlet }> = {}): ImportOptions => {
    const sep = overrides.separator ?? separator;
    const q = 'quizlet' in overrides ? overrides.quizlet : quizlet;
    const h = 'header' in overrides ? overrides.header : header;
    return {
      ...(SEPARATORS[sep] ? { separator: SEPARATORS[sep] } : {}),
      ...(h === undefined ? {} : { header: h }),
      ...(q ? { quizlet: { term: unescapeSeparator(q.term), card: unescapeSeparator(q.card) } } : {}),
    };
  };
  const reparse = (overrides: Parameters<typeof options>[0]) => source && void parse(source, options(overrides));
  // The size is checked before the file is read: reading a 1.2 GB file froze the page and took its memory first.
  const openFile = async (file: File) => {
    if (file.size > LIMITS.fileBytes) return setState({ step: 'failed', error: fileTooLarge() });
    const signal = cancellable();
    setState({ step: 'parsing', name: file.name });
    const bytes = await file.arrayBuffer();
    if (!signal.aborted) await parse({ name: file.name, bytes }, options(), signal);
  };

  // Files opened with the installed app (file_handlers) or shared to it (share_target, stashed by the service worker).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, on arrival
  useEffect(() => {
    const launch = (window as { launchQueue?: { setConsumer(consumer: (params: { files: FileSystemFileHandle[] }) => void): void } })
      .launchQueue;
    launch?.setConsumer(async ({ files }) => {
      if (files[0]) await openFile(await files[0].getFile());
    });
    if (new URLSearchParams(window.location.search).get('shared') !== '1') return;
    void (async () => {
      const cache = await caches.open('kubecards-shared');
      const response = await cache.match('/shared-file');
      if (!response) return;
      await cache.delete('/shared-file');
      const name = decodeURIComponent(response.headers.get('X-File-Name') ?? 'shared.txt');
      await parse({ name, bytes: await response.arrayBuffer() }, options());
    })();
  }, []);

  const confirm = async (deck: ParsedDeck) => {
    const signal = cancellable();
    const total = deck.notes.reduce((sum, n) => sum + n.cards.length, 0);
    setState({ step: 'writing', done: 0, total });
    try {
      const summary = await storeImport(deck, {
        deckName,
        fileName: source?.name ?? '',
        keepHistory,
        signal,
        onProgress: (done, all) => setState({ step: 'writing', done, total: all }),
      });
      setState({ step: 'done', summary, deckName });
    } catch (error) {
      if (signal.aborted) setState({ step: 'choose', cancelled: true });
      else
        setState({
          step: 'failed',
          error: importWriteError(error),
        });
    }
  };

  const errorText = (error: ImportError) =>
    t('import.failed', { reason: t(`importError.${error.code}`, { line: error.line ?? '?', detail: error.detail ?? '' }) });

  return (
    <div className="import">
      <h1>{t('import.title')}</h1>
      {state.step === 'choose' && (
        <div {...gate}>
          {state.cancelled && (
            <p role="status" className="notice">
              {t('import.cancelled')}
            </p>
          )}
          <p className="muted">{t('import.intro')}</p>
          <label
            className="drop-zone"
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              const file = e.dataTransfer.files[0];
              if (file) void openFile(file);
            }}
          >
            <span className="button primary">{t('import.chooseFile')}</span>
            <span className="muted">{t('import.drop')}</span>
            <input
              type="file"
              className="visually-hidden"
              accept=".apkg,.colpkg,.txt,.csv,.tsv,.json,.md,.markdown"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void openFile(file);
              }}
            />
          </label>
          <label htmlFor="import-paste">{t('import.paste')}</label>
          <textarea id="import-paste" rows={6} value={paste} onChange={(e) => setPaste(e.target.value)} />
          <button
            type="button"
            className="button"
            disabled={paste.trim() === ''}
            onClick={() => void parse({ name: 'pasted', bytes: new TextEncoder().encode(paste).buffer as ArrayBuffer }, options())}
          >
            {t('import.usePaste')}
          </button>
        </div>
      )}
      {state.step === 'parsing' && (
        <div role="status">
          <p>{t('import.parsing', { name: state.name })}</p>
          <button type="button" className="button" onClick={cancel}>
            {t('import.cancel')}
          </button>
        </div>
      )}
      {state.step === 'failed' && (
        <>
          <p role="alert" className="notice error">
            {errorText(state.error)}
          </p>
          <button type="button" className="button" onClick={() => setState({ step: 'choose' })}>
            {t('import.another')}
          </button>
        </>
      )}
      {state.step === 'preview' && (
        <Preview
          deck={state.deck}
          deckName={deckName}
          onDeckName={setDeckName}
          textOptions={
            ['csv', 'anki-text', 'quizlet'].includes(state.deck.format)
              ? {
                  separator,
                  header,
                  quizlet,
                  onSeparator: (value) => {
                    setSeparator(value);
                    reparse({ separator: value });
                  },
                  onHeader: (value) => {
                    setHeader(value);
                    reparse({ header: value });
                  },
                  onQuizlet: (value) => {
                    setQuizlet(value);
                    reparse({ quizlet: value });
                  },
                }
              : null
          }
          keepHistory={keepHistory}
          onKeepHistory={setKeepHistory}
          onConfirm={() => void confirm(state.deck)}
          onCancel={cancel}
        />
      )}
      {state.step === 'writing' && (
        <div role="status">
          <p>{t('import.writing', { done: state.done, total: state.total })}</p>
          <progress max={state.total} value={state.done} />
          <button type="button" className="button" onClick={() => abort.current?.abort()}>
            {t('import.cancel')}
          </button>
        </div>
      )}
      {state.step === 'done' && (
        <section aria-labelledby="import-done">
          <h2 id="import-done">{t('import.doneTitle')}</h2>
          <p data-testid="import-summary">
            {t('import.summary', {
              added: state.summary.added,
              updated: state.summary.updated,
              unchanged: state.summary.unchanged,
              skipped: state.summary.skipped,
            })}
          </p>
          {state.summary.answers > 0 && <p className="muted">{t('import.historyKept', { answers: state.summary.answers })}</p>}
          {state.summary.media > 0 && <p className="muted">{t('import.mediaCount', { count: state.summary.media })}</p>}
          <ul className="deck-links">
            {state.summary.decks.map((name) => (
              <li key={name}>
                <Link className="button primary" href={`/review?deck=${encodeURIComponent(importDeckId(name))}`}>
                  {t('import.study', { deck: name })}
                </Link>
              </li>
            ))}
          </ul>
          <button type="button" className="button" onClick={() => setState({ step: 'choose' })}>
            {t('import.another')}
          </button>
        </section>
      )}
    </div>
  );
}

interface TextOptionsProps {
  separator: string;
  header: boolean | undefined;
  quizlet: { term: string; card: string } | null;
  onSeparator(value: string): void;
  onHeader(value: boolean): void;
  onQuizlet(value: { term: string; card: string } | null): void;
}

function Preview({
  deck,
  deckName,
  onDeckName,
  textOptions,
  keepHistory,
  onKeepHistory,
  onConfirm,
  onCancel,
}: {
  deck: ParsedDeck;
  deckName: string;
  onDeckName(name: string): void;
  textOptions: TextOptionsProps | null;
  keepHistory: boolean;
  onKeepHistory(keep: boolean): void;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const cards = deck.notes.reduce((sum, n) => sum + n.cards.length, 0);
  const studied = deck.notes.flatMap((n) => n.cards).filter((card) => card.history);
  const answers = studied.reduce((sum, card) => sum + (card.history?.answers.length ?? 0), 0);
  const quizletSeparators = textOptions?.quizlet ?? null;
  // As they will be stored; not written yet, so with no file to point to.
  const samples = deck.notes.slice(0, 3).flatMap((note) => previewCard(note) ?? []);
  return (
    <section aria-labelledby="import-preview">
      <h2 id="import-preview">{t('import.preview')}</h2>
      <label htmlFor="import-deck-name">{t('import.deckName')}</label>
      <input id="import-deck-name" className="text-input" value={deckName} onChange={(e) => onDeckName(e.target.value)} />
      <p className="muted">
        {t('import.format', { format: deck.format })} ·{' '}
        <span data-testid="import-counts">{t('import.counts', { notes: deck.notes.length, cards })}</span>
      </p>
      {answers > 0 && (
        <label className="check">
          <input type="checkbox" checked={keepHistory} onChange={(e) => onKeepHistory(e.target.checked)} />{' '}
          {t('import.keepHistory', { answers, cards: studied.length })}
        </label>
      )}
      {textOptions && (
        <fieldset className="import-options">
          <label>
            {t('import.separator')}{' '}
            <select
              value={textOptions.separator}
              onChange={(e) => textOptions.onSeparator(e.target.value)}
              disabled={textOptions.quizlet !== null}
            >
              {Object.keys(SEPARATORS).map((key) => (
                <option key={key} value={key}>
                  {t(`import.separator.${key}` as 'import.separator.tab')}
                </option>
              ))}
            </select>
          </label>
          <label>
            {/* Ticked when the parser took the first row as names, detected or asked for: the box says what was done. */}
            <input
              type="checkbox"
              checked={textOptions.header ?? deck.headerRow === true}
              onChange={(e) => textOptions.onHeader(e.target.checked)}
            />{' '}
            {t('import.header')}
          </label>
          <label>
            <input
              type="checkbox"
              checked={textOptions.quizlet !== null}
              onChange={(e) => textOptions.onQuizlet(e.target.checked ? { term: '\\t', card: '\\n' } : null)}
            />{' '}
            {t('import.quizlet')}
          </label>
          {quizletSeparators && (
            <div className="quizlet-separators">
              <label>
                {t('import.quizletTerm')}{' '}
                <input
                  className="text-input"
                  value={quizletSeparators.term}
                  onChange={(e) => textOptions.onQuizlet({ ...quizletSeparators, term: e.target.value })}
                />
              </label>
              <label>
                {t('import.quizletCard')}{' '}
                <input
                  className="text-input"
                  value={quizletSeparators.card}
                  onChange={(e) => textOptions.onQuizlet({ ...quizletSeparators, card: e.target.value })}
                />
              </label>
              <p className="muted small">{t('import.quizletHint')}</p>
            </div>
          )}
        </fieldset>
      )}
      {cards === 0 ? (
        <p>{t('import.nothing')}</p>
      ) : (
        <>
          <h3>{t('import.samples')}</h3>
          {/* Nothing is written yet: the samples show the package's own images. */}
          <PackageMedia files={deck.media}>
            {samples.map((card) => (
              <CardView key={card.key} card={card} revealed landmarks={false} />
            ))}
          </PackageMedia>
        </>
      )}
      <h3>{deck.problems.length > 0 ? t('import.problems', { count: deck.problems.length }) : t('import.noProblems')}</h3>
      {deck.problems.length > 0 && (
        <ul className="problems" data-testid="import-problems">
          {deck.problems.slice(0, 200).map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: an immutable list
            <li key={i}>
              {p.where}: {t(`importProblem.${p.code}`)}
              {p.detail ? ` (${p.detail})` : ''}
            </li>
          ))}
        </ul>
      )}
      <div className="import-actions">
        <button type="button" className="button primary" disabled={cards === 0 || deckName.trim() === ''} onClick={onConfirm}>
          {t('import.confirm', { cards })}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      </div>
    </section>
  );
}
