'use client';
import Link from 'next/link';
import { usePersonalNote } from '../../lib/hooks/personalNote';
import { useI18n } from '../../lib/i18n';
import { enPersonalNote } from '../../lib/i18n/enPersonalNote';
import { withExtraStrings } from '../../lib/i18n/WithExtraStrings';
import { type StudyCard, topicSlug } from '../../lib/model';

/** This part's strings (a module constant: the same array every render). */
const STRINGS = [enPersonalNote];

/** Under a built-in card's answer: the learner's own note on it (kept across deck updates), and the way to its topic's notes. */
export const BuiltinCardFooter = withExtraStrings(STRINGS, function Footer({ card }: { card: StudyCard }) {
  const { t } = useI18n();
  const personal = usePersonalNote(card.key);
  return (
    <>
      {personal && (
        <section className="personal-note" aria-label={t('review.personalNote')}>
          <p className="muted small">{t('review.personalNote')}</p>
          <p>{personal}</p>
        </section>
      )}
      <p className="open-in-notes">
        <Link href={`/notes/${topicSlug(card.topic)}#${card.noteId}`}>{t('review.openInNotes')}</Link>
      </p>
    </>
  );
});
