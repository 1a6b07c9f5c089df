'use client';
import { useEffect } from 'react';
import { activeCardCount, getSetting, loadQueue, releaseBuried } from '../db';
import { type DeckOverview, subtreeIds } from '../model';

export type { DeckOverview };

import { queueLimitsOf, validateStudySettings } from '../srs';
import { deckStudySettings } from '../srs/studySettings';
import { getDb } from './db';
import { useLiveQuery } from './liveQuery';
import { today } from './studySettings';

/** Decks with today's counts; `undefined` while loading (not the same as an empty list). */
export function useDeckOverview(now: number): DeckOverview[] | undefined {
  useEffect(() => {
    void releaseBuried(getDb(), now);
  }, [now]);
  return useLiveQuery(async () => {
    const db = getDb();
    const [decks, stored, presets] = await Promise.all([db.decks.toArray(), getSetting(db, 'study'), getSetting(db, 'deckPresets')]);
    const settings = validateStudySettings(stored).settings;
    return Promise.all(
      decks.map(async (deck) => {
        // A deck's counts take in its sub-decks' cards, as studying it does.
        const [queue, totals] = await Promise.all([
          loadQueue(db, deck.id, now, today(now, settings.rolloverHour), queueLimitsOf(deckStudySettings(settings, presets, deck.id))),
          Promise.all(subtreeIds(decks, deck.id).map((id) => activeCardCount(db, id))),
        ]);
        return { id: deck.id, name: deck.name, total: totals.reduce((a, b) => a + b, 0), counts: queue.counts };
      }),
    );
  }, [now]);
}
