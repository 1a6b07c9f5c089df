'use client';
import { pickNoteVersion, useNoteConflict } from '../../lib/hooks/sync/noteConflict';
import { formatWhen, useI18n } from '../../lib/i18n';
import { enConflict } from '../../lib/i18n/enConflict';
import { WithExtraStrings } from '../../lib/i18n/WithExtraStrings';
import type { StudyCard } from '../../lib/model';
import { CardView } from '../../lib/ui';

/** This screen's part of the English catalog (a module constant: the same array every render). */
const STRINGS = [enConflict];

interface Props {
  noteId: string;
  /** The card shown: the other version's card of the same key is shown beside it. */
  cardKey: string;
}

/** A note edited on two devices at once: the version that lost, and the learner's pick of one (lib/sync/README.md). */
export function NoteConflictNotice(props: Props) {
  return (
    <WithExtraStrings strings={STRINGS}>
      <Notice {...props} />
    </WithExtraStrings>
  );
}

function Notice({ noteId, cardKey }: Props) {
  const { t, lang } = useI18n();
  const conflict = useNoteConflict(noteId);
  if (!conflict) return null;
  const other = conflict.other.body?.cards.find((card) => card.key === cardKey);
  return (
    <section className="note-conflict" aria-labelledby="note-conflict-title" data-testid="note-conflict">
      <h2 id="note-conflict-title">{t('conflict.title')}</h2>
      <p>{t('conflict.explain', { when: formatWhen(conflict.other.at, Date.now(), lang) })}</p>
      <h3>{t('conflict.other')}</h3>
      {other ? <CardView card={{ ...other, ord: 0 } as StudyCard} revealed landmarks={false} /> : <p>{t('conflict.otherDeleted')}</p>}
      <div className="button-row">
        <button type="button" className="button" onClick={() => void pickNoteVersion(noteId, 'kept')}>
          {t('conflict.keepShown')}
        </button>
        <button type="button" className="button" onClick={() => void pickNoteVersion(noteId, 'other')}>
          {t('conflict.useOther')}
        </button>
      </div>
    </section>
  );
}
