'use client';
import Link from 'next/link';
import { useMemo, useState } from 'react';
import { useCardStates } from '../../lib/hooks';
import { useI18n } from '../../lib/i18n';
import { cardKey, type ReviewCard, type TopicNote } from '../../lib/model';
import { CardStateBadge, CardView, NoteBody, useHydrationGate } from '../../lib/ui';
import { SourceList } from '../../lib/ui/cards/Sources';
import { DeckSyncNotice } from './DeckSyncNotice';

interface Props {
  note: TopicNote;
  cards: ReviewCard[];
  deckId: string;
}

/** One topic's note with its cards inline (answers hidden until tapped), each with the learner's state. */
export function NoteScreen({ note, cards, deckId }: Props) {
  const { t, lang } = useI18n();
  const byNote = useMemo(() => {
    const map = new Map<string, ReviewCard[]>();
    for (const card of cards) map.set(card.noteId, [...(map.get(card.noteId) ?? []), card]);
    return map;
  }, [cards]);
  const keys = useMemo(() => cards.map((card) => cardKey(deckId, card.id)), [cards, deckId]);
  const states = useCardStates(keys);
  const now = Date.now();

  return (
    <article className="note">
      <DeckSyncNotice />
      <p className="muted">
        <Link href="/notes">{t('notes.backToIndex')}</Link> · {t('notes.chapter', { n: note.chapter })} · {note.topic}
      </p>
      <h1>{note.title[lang]}</h1>
      <p className="muted small">{t('notes.k8s', { version: '1.35' })}</p>
      <Link className="button primary" href={`/review?deck=${encodeURIComponent(deckId)}&topic=${encodeURIComponent(note.topic)}`}>
        {t('notes.studyTopic')}
      </Link>
      <NoteBody
        blocks={note.body[lang]}
        renderCard={(noteId) => {
          const group = byNote.get(noteId);
          if (!group) return null;
          return <NoteCard key={noteId} noteId={noteId} cards={group} deckId={deckId} states={states} now={now} />;
        }}
      />
      <section className="note-sources" aria-labelledby="note-sources">
        <h2 id="note-sources">{t('notes.sources')}</h2>
        <SourceList sources={note.sources} />
      </section>
    </article>
  );
}

function NoteCard({
  noteId,
  cards,
  deckId,
  states,
  now,
}: {
  noteId: string;
  cards: ReviewCard[];
  deckId: string;
  states: ReturnType<typeof useCardStates>;
  now: number;
}) {
  const { t } = useI18n();
  const [revealed, setRevealed] = useState(false);
  const gate = useHydrationGate();
  const first = cards[0];
  return (
    <div className="note-card" id={noteId}>
      <CardView card={first} revealed={revealed} landmarks={false} />
      <div className="note-card-footer" {...gate}>
        <button type="button" className="button" aria-expanded={revealed} onClick={() => setRevealed(!revealed)}>
          {revealed ? t('notes.hideAnswer') : t('notes.showAnswer')}
        </button>
        <ul className="badges">
          {cards.map((card) => (
            <li key={card.id}>
              <CardStateBadge state={states?.get(cardKey(deckId, card.id))} now={now} />
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
