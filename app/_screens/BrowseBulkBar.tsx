'use client';
import { lazy, Suspense, useState } from 'react';
import { applyBulk, type BulkAction, type BulkUndo, undoBulk } from '../../lib/hooks/bulkActions';
import { useI18n } from '../../lib/i18n';
import { BUILTIN_DECK_ID, type Localized } from '../../lib/model';
import type { Selection } from './useSelection';

type Dialog = 'move' | 'tags' | 'delete' | null;

// The dialogs load when one is first opened: the browser's first load stays within its budget.
const dialogs = () => import('./BrowseBulkDialogs');
const MoveDialog = lazy(() => dialogs().then((m) => ({ default: m.MoveDialog })));
const TagsDialog = lazy(() => dialogs().then((m) => ({ default: m.TagsDialog })));
const DeleteDialog = lazy(() => dialogs().then((m) => ({ default: m.DeleteDialog })));

/**
 * What the browser does to the ticked cards: select every match, then move them to a deck (or a new one), add or remove
 * a tag, suspend, reset or delete their notes. Each is one transaction, and the message after it offers Undo.
 */
export function BrowseBulkBar({
  selection,
  total,
  allKeys,
  decks,
}: {
  selection: Selection;
  total: number;
  allKeys: () => Promise<string[]>;
  decks: { id: string; name: Localized<string> }[] | undefined;
}) {
  const { t, lang } = useI18n();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [done, setDone] = useState<{ text: string; undo: BulkUndo | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const n = selection.size;

  const run = async (action: BulkAction, describe: (changed: number) => string) => {
    setBusy(true);
    const result = await applyBulk(selection.keys(), action);
    setBusy(false);
    setDialog(null);
    if (!result) return;
    selection.clear();
    const skipped = result.skipped > 0 ? ` ${t('browse.bulk.skipped', { n: result.skipped })}` : '';
    setDone({ text: `${describe(result.changed)}${skipped}`, undo: result.changed > 0 ? result.undo : null });
  };
  const undo = async (token: BulkUndo) => {
    setBusy(true);
    const undone = await undoBulk(token);
    setBusy(false);
    setDone(undone ? { text: t('browse.bulk.undone'), undo: null } : null);
  };

  return (
    <section className="bulk-bar" aria-label={t('browse.bulk.title')}>
      <div className="button-row">
        {total > 0 && n < total && (
          <button type="button" className="button ghost" onClick={async () => selection.set(await allKeys())}>
            {t('browse.selectAll', { total })}
          </button>
        )}
        {n > 0 && (
          <button type="button" className="button ghost" onClick={selection.clear}>
            {t('browse.clearSelection')}
          </button>
        )}
      </div>
      {n > 0 && (
        <>
          <p className="small" data-testid="bulk-selected">
            {t('browse.selectedCount', { n })}
          </p>
          <div className="button-row bulk-actions">
            <button type="button" className="button" onClick={() => setDialog('move')}>
              {t('browse.bulk.move')}
            </button>
            <button type="button" className="button" onClick={() => setDialog('tags')}>
              {t('browse.bulk.tags')}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => run({ type: 'suspend' }, (changed) => t('browse.bulk.done.suspend', { n: changed }))}
            >
              {t('browse.bulk.suspend')}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => run({ type: 'unsuspend' }, (changed) => t('browse.bulk.done.unsuspend', { n: changed }))}
            >
              {t('browse.bulk.unsuspend')}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => run({ type: 'reset' }, (changed) => t('browse.bulk.done.reset', { n: changed }))}
            >
              {t('browse.bulk.reset')}
            </button>
            <button type="button" className="button danger" onClick={() => setDialog('delete')}>
              {t('browse.bulk.delete')}
            </button>
          </div>
        </>
      )}
      {done && (
        <div className="bulk-done">
          <p role="status" data-testid="bulk-done">
            {done.text}
          </p>
          {done.undo && (
            <button type="button" className="button" disabled={busy} onClick={() => done.undo && undo(done.undo)}>
              {t('browse.bulk.undo')}
            </button>
          )}
        </div>
      )}
      <Suspense>
        {dialog === 'move' && (
          <MoveDialog
            n={n}
            decks={(decks ?? []).filter((d) => d.id !== BUILTIN_DECK_ID)}
            busy={busy}
            onCancel={() => setDialog(null)}
            onMove={(target) => {
              const name = 'deckId' in target ? (decks?.find((d) => d.id === target.deckId)?.name[lang] ?? '') : target.name;
              const action: BulkAction = 'deckId' in target ? { type: 'move', deckId: target.deckId } : { type: 'moveToNewDeck', name };
              return run(action, (changed) => t('browse.bulk.done.move', { n: changed, deck: name }));
            }}
          />
        )}
        {dialog === 'tags' && (
          <TagsDialog
            n={n}
            busy={busy}
            onCancel={() => setDialog(null)}
            onApply={(type, tag) => run({ type, tag }, (changed) => t(`browse.bulk.done.${type}`, { n: changed, tag }))}
          />
        )}
        {dialog === 'delete' && (
          <DeleteDialog
            keys={selection.keys()}
            busy={busy}
            onCancel={() => setDialog(null)}
            onDelete={() => run({ type: 'deleteNotes' }, (changed) => t('browse.bulk.done.deleteNotes', { n: changed }))}
          />
        )}
      </Suspense>
    </section>
  );
}
