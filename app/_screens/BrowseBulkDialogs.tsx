'use client';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { notesDeletionExtent } from '../../lib/hooks/bulkActions';
import { useI18n } from '../../lib/i18n';
import type { Localized } from '../../lib/model';
import { cleanDeckName } from '../../lib/model/deckName';

// The questions the browser's bulk actions ask: where to move, which tag, and whether to delete (with how much goes).

const NEW_DECK = '';

/** A modal dialog (the platform's: focus stays inside, Escape cancels). */
function Modal({ title, onCancel, children }: { title: string; onCancel: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="bulk-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}

/** A labelled text input and, when its value is refused, the reason, tied to it for screen readers. */
function CheckedTextField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
}) {
  const errorId = useId();
  return (
    <>
      <label>
        {label}
        <input
          className="text-input"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error !== null}
          aria-describedby={error === null ? undefined : errorId}
        />
      </label>
      {error !== null && (
        <p id={errorId} className="notice error">
          {error}
        </p>
      )}
    </>
  );
}

export function MoveDialog({
  n,
  decks,
  busy,
  onCancel,
  onMove,
}: {
  n: number;
  decks: { id: string; name: Localized<string> }[];
  busy: boolean;
  onCancel: () => void;
  onMove: (target: { deckId: string } | { name: string }) => void;
}) {
  const { t, lang } = useI18n();
  const [deckId, setDeckId] = useState(NEW_DECK);
  const [name, setName] = useState('');
  const clean = cleanDeckName(name);
  const invalid = deckId === NEW_DECK && name.trim() !== '' && clean === null;
  return (
    <Modal title={t('browse.bulk.moveTitle', { n })} onCancel={onCancel}>
      <form
        className="study-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (deckId !== NEW_DECK) onMove({ deckId });
          else if (clean) onMove({ name: clean });
        }}
      >
        <label>
          {t('browse.deck')}
          <select value={deckId} onChange={(e) => setDeckId(e.target.value)}>
            <option value={NEW_DECK}>{t('browse.bulk.newDeck')}</option>
            {decks.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name[lang]}
              </option>
            ))}
          </select>
        </label>
        {deckId === NEW_DECK && (
          <CheckedTextField
            label={t('browse.bulk.newDeckName')}
            value={name}
            onChange={setName}
            error={invalid ? t('browse.bulk.invalid.deckName') : null}
          />
        )}
        <div className="button-row">
          <button type="submit" className="button primary" disabled={busy || (deckId === NEW_DECK && clean === null)}>
            {t('browse.bulk.confirmMove', { n })}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('browse.bulk.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

export function TagsDialog({
  n,
  busy,
  onCancel,
  onApply,
}: {
  n: number;
  busy: boolean;
  onCancel: () => void;
  onApply: (type: 'addTag' | 'removeTag', tag: string) => void;
}) {
  const { t } = useI18n();
  const [tag, setTag] = useState('');
  const clean = tag.trim();
  const invalid = /\s/.test(clean);
  const usable = clean !== '' && !invalid && !busy;
  return (
    <Modal title={t('browse.bulk.tagsTitle', { n })} onCancel={onCancel}>
      <form className="study-form" onSubmit={(event) => event.preventDefault()}>
        <CheckedTextField label={t('browse.tag')} value={tag} onChange={setTag} error={invalid ? t('browse.bulk.invalid.tag') : null} />
        <div className="button-row">
          <button type="button" className="button primary" disabled={!usable} onClick={() => onApply('addTag', clean)}>
            {t('browse.bulk.addTag')}
          </button>
          <button type="button" className="button" disabled={!usable} onClick={() => onApply('removeTag', clean)}>
            {t('browse.bulk.removeTag')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('browse.bulk.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

export function DeleteDialog({
  keys,
  busy,
  onCancel,
  onDelete,
}: {
  keys: string[];
  busy: boolean;
  onCancel: () => void;
  onDelete: () => void;
}) {
  const { t } = useI18n();
  const [extent, setExtent] = useState<{ cards: number; reviews: number; skipped: number } | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: counted once, for the selection the dialog opened with
  useEffect(() => {
    notesDeletionExtent(keys).then(setExtent);
  }, []);
  return (
    <Modal title={t('browse.bulk.deleteTitle')} onCancel={onCancel}>
      <p data-testid="bulk-delete-extent">
        {extent ? t('browse.bulk.deleteQuestion', { cards: extent.cards, reviews: extent.reviews }) : t('browse.searching')}
        {extent && extent.skipped > 0 ? ` ${t('browse.bulk.skipped', { n: extent.skipped })}` : ''}
      </p>
      <div className="button-row">
        <button type="button" className="button danger" disabled={!extent || extent.cards === 0 || busy} onClick={onDelete}>
          {t('browse.bulk.deleteConfirm')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('browse.bulk.cancel')}
        </button>
      </div>
    </Modal>
  );
}
