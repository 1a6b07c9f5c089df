import Link from 'next/link';
import { useState } from 'react';
import { useI18n } from '../i18n';
import type { DeckOverview } from '../model';
import { type DeckTreeNode, deckTree } from '../model/deckTree';
import { Counts } from './Counts';

interface DeckLinks {
  reviewHref(deckId: string): string;
  manageHref(deckId: string): string;
}

/**
 * Decks with today's counts and a Start button each, sub-decks (`Lang::Verbs`) nested under their parent and folded
 * with it. A parent's counts take in its sub-decks' cards, as studying it does. No prefetch (as in the shell's
 * navigation): the service worker precaches every screen, and on a first visit the prefetches' work would run on the
 * main thread while it hydrates.
 */
export function DeckList({ decks, ...links }: DeckLinks & { decks: DeckOverview[] }) {
  const { t } = useI18n();
  if (decks.length === 0) return <p>{t('home.empty')}</p>;
  return <DeckNodes nodes={deckTree(decks)} depth={0} links={links} />;
}

function DeckNodes({
  nodes,
  depth,
  links,
  id,
  hidden = false,
}: {
  nodes: DeckTreeNode<DeckOverview>[];
  depth: number;
  links: DeckLinks;
  id?: string;
  hidden?: boolean;
}) {
  return (
    <ul className={depth === 0 ? 'deck-list' : 'deck-list sub-decks'} id={id} hidden={hidden}>
      {nodes.map((node) => (
        <DeckItem key={node.deck.id} node={node} depth={depth} links={links} />
      ))}
    </ul>
  );
}

function DeckItem({ node, depth, links }: { node: DeckTreeNode<DeckOverview>; depth: number; links: DeckLinks }) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(true);
  const { deck, children } = node;
  const name = deck.name[lang];
  const label = depth === 0 ? name : node.label;
  const due = deck.counts.new + deck.counts.learning + deck.counts.review;
  const Heading = depth === 0 ? 'h2' : 'h3';
  const childrenId = `sub-decks-${deck.id}`;
  return (
    <li className="deck">
      <Heading>
        {children.length > 0 ? (
          // A disclosure: its name is the deck's, its state says whether the sub-decks show.
          <button type="button" className="deck-toggle" aria-expanded={open} aria-controls={childrenId} onClick={() => setOpen(!open)}>
            <span aria-hidden="true">{open ? '▾' : '▸'}</span> {label}
          </button>
        ) : (
          label
        )}
      </Heading>
      <p className="muted">{t('home.cardsTotal', { count: deck.total })}</p>
      <Counts counts={deck.counts} />
      <div className="deck-actions">
        {due > 0 ? (
          <Link className="button primary" href={links.reviewHref(deck.id)} prefetch={false}>
            {t('home.start', { deck: name })}
          </Link>
        ) : (
          <p>{t('home.nothingDue')}</p>
        )}
        <Link className="button ghost" href={links.manageHref(deck.id)} prefetch={false} aria-label={`${t('deck.manage')}: ${name}`}>
          {t('deck.manage')}
        </Link>
      </div>
      {children.length > 0 && <DeckNodes nodes={children} depth={depth + 1} links={links} id={childrenId} hidden={!open} />}
    </li>
  );
}
