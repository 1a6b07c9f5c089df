'use client';
import { type FormEvent, useState } from 'react';
import { savePersonalNote, usePersonalNote } from '../../lib/hooks/personalNote';
import { useI18n } from '../../lib/i18n';
import type { StudyCard } from '../../lib/model';
import { CardView } from '../../lib/ui';

/** A built-in card: its text stays as shipped; the learner's own note on it is edited here. */
export function PersonalNoteEditor({ card, onSaved }: { card: StudyCard; onSaved?(): void }) {
  const stored = usePersonalNote(card.key);
  if (stored === undefined) return null;
  return <Form card={card} stored={stored} onSaved={onSaved} />;
}

function Form({ card, stored, onSaved }: { card: StudyCard; stored: string; onSaved?(): void }) {
  const { t } = useI18n();
  const [text, setText] = useState(stored);
  const [saved, setSaved] = useState(false);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if ((await savePersonalNote(card.key, text)) === undefined) return;
    setSaved(true);
    onSaved?.();
  };
  return (
    <form className="editor" onSubmit={(e) => void save(e)}>
      <p className="muted">{t('editor.builtin')}</p>
      <CardView card={card} revealed landmarks={false} />
      <label htmlFor="editor-personal">{t('editor.field.personal')}</label>
      <textarea id="editor-personal" className="text-input" value={text} onChange={(e) => setText(e.target.value)} rows={4} />
      <div className="button-row editor-actions">
        <button type="submit" className="button primary">
          {t('editor.save')}
        </button>
      </div>
      <p className="notice" role="status">
        {saved && t('editor.saved')}
      </p>
    </form>
  );
}
