'use client';
import { useContext, useMemo, useState } from 'react';
import { previewCards } from '../../lib/hooks/notePreview';
import { useI18n } from '../../lib/i18n';
import type { NoteDraft } from '../../lib/import/noteDraft';
import { checkAnswer } from '../../lib/srs/checkAnswer';
import { CardView, MediaContext, type MediaLookup } from '../../lib/ui';

interface Props {
  draft: NoteDraft;
  noteId: string;
  deckName: string;
  tags: string[];
  /** Images added in the editor, not stored yet. */
  media: ReadonlyMap<string, Uint8Array>;
}

/**
 * Every card the note will make, rendered by the review screen's own card view, question and answer. A command
 * card's checker runs live on an answer tried here, judged exactly as in review.
 */
export function NotePreview({ draft, noteId, deckName, tags, media }: Props) {
  const { t, lang } = useI18n();
  const [tried, setTried] = useState('');
  // The editor's new images first, then the stored ones.
  const stored = useContext(MediaContext);
  const lookup = useMemo<MediaLookup>(
    () => async (names) => {
      const saved = await stored(names);
      return names.map((name, i) => media.get(name) ?? saved[i]);
    },
    [stored, media],
  );
  const cards = previewCards(draft, noteId, deckName, tags);
  return (
    <MediaContext.Provider value={lookup}>
      <section className="editor-preview" aria-labelledby="editor-preview-title">
        <h2 id="editor-preview-title">{t('editor.preview')}</h2>
        {draft.kind === 'command' && (
          <>
            <label htmlFor="editor-try">{t('editor.tryAnswer')}</label>
            <input
              id="editor-try"
              className="text-input command-input"
              value={tried}
              onChange={(e) => setTried(e.target.value)}
              autoComplete="off"
              autoCapitalize="off"
              spellCheck={false}
            />
          </>
        )}
        {cards.length === 0 && <p className="muted">{t('editor.previewEmpty')}</p>}
        {cards.map((card, i) => {
          const typed = card.kind === 'command' ? tried : '';
          const check = typed.trim() === '' ? null : checkAnswer(card, { typed, blanks: [], exercise: null }, lang).check;
          return (
            <div key={card.key} className="editor-preview-card">
              {cards.length > 1 && <h3>{t('editor.previewCard', { n: i + 1, total: cards.length })}</h3>}
              <p className="muted small">{t('editor.previewFront')}</p>
              <CardView card={card} revealed={false} landmarks={false} />
              <p className="muted small">{t('editor.previewBack')}</p>
              <CardView card={card} revealed typed={typed} check={check} landmarks={false} />
            </div>
          );
        })}
      </section>
    </MediaContext.Provider>
  );
}
