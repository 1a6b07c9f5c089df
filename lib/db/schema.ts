import Dexie from 'dexie';
import type { CardRecord, KubecardsDb, ScheduleRecord } from './records';
import { searchTextsOf } from './searchText';

/** Queues of cards set aside (a studiable card's queue is its FSRS state, 0–3). */
export const Parked = { Suspended: -1, Buried: -2, Retired: -3 } as const;

/** The queue a schedule row belongs to. */
export function queueOf(s: ScheduleRecord): number {
  if (s.active !== 1) return Parked.Retired;
  if (s.suspended === 1) return Parked.Suspended;
  if ((s.buriedUntil ?? 0) > 0) return Parked.Buried;
  return s.state;
}

/** May this card be shown now? Retired, suspended and buried cards are not. */
export const isStudiable = (s: ScheduleRecord, now: number) => s.active === 1 && s.suspended !== 1 && !((s.buriedUntil ?? 0) > now);

export type {
  CardRecord,
  DailyStatsRecord,
  DeckRecord,
  KubecardsDb,
  MediaRecord,
  ReviewLogRecord,
  ScheduleRecord,
  SearchTextRecord,
  SettingRecord,
  SyncContentRecord,
} from './records';

export const DB_NAME = 'kubecards';

/** The database on this device was written by a newer Kubecards: this (older) page must not read or write it. */
export class NewerDatabaseError extends Error {
  override name = 'NewerDatabaseError';
}

/** Every schema version ever released, append-only. Indexed fields hold one type each (numbers for time). */
export function openDb(name = DB_NAME): KubecardsDb {
  // Strict: Chromium reports a write done only once it is flushed to disk, so a power loss right after an answer
  // keeps it (its default, relaxed, may lose the last writes). Measured here: +0.4 ms per transaction (p50).
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as KubecardsDb;
  db.version(1).stores({
    decks: 'id',
    cards: 'key, deckId',
    schedule: 'key, deckId, [deckId+queue+due], [deckId+queue+ord], [deckId+topic], [deckId+noteId], [deckId+state+due]',
    reviewLog: '++id, cardKey, [deckId+review], review',
    settings: 'key',
    media: 'name',
    dailyStats: 'key, deckId, day',
  });
  // 2: the card browser's search text, one record per deck (see searchText.ts); filled by the upgrade to 3.
  db.version(2).stores({ searchText: 'deckId' });
  // 3: the search text also holds each card's kind and tags; rebuilt here for existing cards.
  db.version(3)
    .stores({})
    .upgrade(async (tx) => {
      await tx.table('searchText').clear();
      await tx.table('searchText').bulkPut(searchTextsOf(await tx.table<CardRecord>('cards').toArray()));
    });
  // 4: global log ids, for sync (lib/sync/README.md). Older rows get theirs before the first sync (olderLogStamp.ts).
  db.version(4).stores({ reviewLog: '++id, cardKey, [deckId+review], review, &gid' });
  // 5: which imported notes and decks changed here since the last sync push (lib/sync/README.md).
  db.version(5).stores({ syncContent: 'id, pending' });
  // Dexie opens a newer database at its own version instead of failing; refuse it before any query runs. (Dexie
  // stores version × 10 natively and may add 1 when it patches a schema, hence the division.)
  db.on('ready', (opened) => {
    const stored = Math.floor(opened.backendDB().version / 10);
    if (stored > opened.verno) throw new NewerDatabaseError(`stored schema ${stored} > ${opened.verno}`);
  });
  // Another tab opened a newer schema (or deleted the database): Dexie would close this connection and silently reopen
  // the newer database on the next query, so this older code would write rows the newer migration never saw. Stay
  // closed instead: every later read and write fails with Dexie's DatabaseClosedError (see writeFailureOf).
  db.on('versionchange', () => {
    db.close({ disableAutoOpen: true });
    return false;
  });
  // Every write of a schedule row derives its queue here, in one place: no caller can forget it.
  db.use({
    stack: 'dbcore',
    name: 'schedule-queue',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'schedule') return table;
        return {
          ...table,
          mutate: (req) =>
            table.mutate(
              req.type === 'add' || req.type === 'put'
                ? { ...req, values: req.values.map((row: ScheduleRecord) => ({ ...row, queue: queueOf(row) })) }
                : req,
            ),
        };
      },
    }),
  });
  return db;
}

export { cardKey } from '../model';
