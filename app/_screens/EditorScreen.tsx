'use client';
import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { lazy, Suspense } from 'react';
import { useNoteOfCard } from '../../lib/hooks/noteEditor';
import { useI18n } from '../../lib/i18n';
import { draftFromCards, emptyDraft, type NoteDraft } from '../../lib/import/noteDraft';
import { BUILTIN_DECK_ID } from '../../lib/model';
import { type EditorStart, NoteEditor } from './NoteEditor';

// Only built-in cards take a personal note instead: it loads for them.
const PersonalNoteEditor = lazy(() => import('./PersonalNoteEditor').then((m) => ({ default: m.PersonalNoteEditor })));

/** Only pages of this app are followed back to (a crafted link must not send the learner elsewhere). */
function safeBack(back: string | null): string | null {
  if (!back) return null;
  const url = new URL(back, window.location.origin);
  return url.origin === window.location.origin ? url.pathname + url.search : null;
}

/**
 * `/edit?key=<card key>&back=<path>` edits the note of a card (from review, the card screen or the browser);
 * `/edit?deck=<name>` adds a note, and the system share sheet opens `/edit?title=…&text=…&url=…` with the shared text.
 */
export function EditorScreen() {
  const { t } = useI18n();
  const params = useSearchParams();
  const router = useRouter();
  const key = params.get('key');
  // The review screen's E key opens the editor with no `back`: its referrer is where to return.
  const back = safeBack(params.get('back') ?? (key !== null && typeof document !== 'undefined' ? document.referrer : null));
  const stored = useNoteOfCard(key);
  const onSaved = back ? () => router.push(back) : undefined;

  const header = (title: string) => (
    <>
      <h1>{title}</h1>
      {back && (
        <p>
          <Link href={back}>{t('editor.cancel')}</Link>
        </p>
      )}
    </>
  );

  if (key === null) {
    const shared = [params.get('title'), params.get('text'), params.get('url')].filter((s) => s && s.trim() !== '').join('\n');
    const draft: NoteDraft = shared ? { kind: 'cloze', text: shared, extra: '', html: false } : emptyDraft('basic');
    const start: EditorStart = { noteId: null, deckName: params.get('deck') ?? '', tags: [], draft };
    return (
      <div className="editor-screen">
        {header(t('editor.add'))}
        <NoteEditor start={start} onSaved={onSaved} />
      </div>
    );
  }
  if (stored === undefined) return null;
  if (stored === null) return <p>{t('editor.notFound')}</p>;
  if (stored.card.deckId === BUILTIN_DECK_ID)
    return (
      <div className="editor-screen">
        {header(t('editor.edit'))}
        <Suspense>
          <PersonalNoteEditor card={stored.card} onSaved={onSaved} />
        </Suspense>
      </div>
    );
  const draft = draftFromCards(stored.cards);
  return (
    <div className="editor-screen">
      {header(t('editor.edit'))}
      {draft ? (
        <NoteEditor
          key={stored.card.key}
          start={{ noteId: stored.card.noteId, deckName: stored.deckName, tags: stored.card.tags, draft }}
          onSaved={onSaved}
        />
      ) : (
        <p>{t('editor.cannotEdit')}</p>
      )}
    </div>
  );
}
