import Link from 'next/link';
import { useI18n } from '../i18n';
import type { DeckOverview } from '../model';
import { Counts } from './Counts';

/**
 * Decks with today's counts and a Start button each. No prefetch (as in the shell's navigation): the service worker
 * precaches every screen, and on a first visit the prefetches' work would run on the main thread while it hydrates.
 */
export function DeckList({
  decks,
  reviewHref,
  manageHref,
}: {
  decks: DeckOverview[];
  reviewHref(deckId: string): string;
  manageHref(deckId: string): string;
}) {
  const { t, lang } = useI18n();
  if (decks.length === 0) return <p>{t('home.empty')}</p>;
  return (
    <ul className="deck-list">
      {decks.map((deck) => {
        const due = deck.counts.new + deck.counts.learning + deck.counts.review;
        return (
          <li key={deck.id} className="deck">
            <h2>{deck.name[lang]}</h2>
            <p className="muted">{t('home.cardsTotal', { count: deck.total })}</p>
            <Counts counts={deck.counts} />
            <div className="deck-actions">
              {due > 0 ? (
                <Link className="button primary" href={reviewHref(deck.id)} prefetch={false}>
                  {t('home.start', { deck: deck.name[lang] })}
                </Link>
              ) : (
                <p>{t('home.nothingDue')}</p>
              )}
              <Link
                className="button ghost"
                href={manageHref(deck.id)}
                prefetch={false}
                aria-label={`${t('deck.manage')}: ${deck.name[lang]}`}
              >
                {t('deck.manage')}
              </Link>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
