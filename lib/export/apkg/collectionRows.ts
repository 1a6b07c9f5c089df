import type { CardRecord, ReviewLogRecord, ScheduleRecord } from '../../db';
import type { Translate } from '../../i18n/translate';
import { type Lang, memoryStateOf } from '../../model';
import { draftNote } from './fieldHtml';
import { type AnkiModel, ankiModel, shapeKey } from './notetypes';
import { type AnkiCardSchedule, type AnkiRevlog, cardSchedule, newCardSchedule, revlogRows } from './scheduling';
import { sha1Hex } from './sha1';

/** What an export reads from the learner's collection (retired cards are left out by the reader). */
export interface ApkgSource {
  decks: { id: string; name: string }[];
  cards: CardRecord[];
  /** Present when the learner asked for scheduling and history. */
  history?: { schedule: ScheduleRecord[]; reviewLog: ReviewLogRecord[]; retention: number };
  media: { name: string; data: Uint8Array }[];
}

export interface NoteRow {
  id: number;
  guid: string;
  mid: number;
  mod: number;
  tags: string;
  flds: string;
  sfld: string;
  csum: number;
}
export type CardRow = { id: number; nid: number; did: number; ord: number; mod: number } & AnkiCardSchedule;
export type RevlogRow = AnkiRevlog & { cid: number };

export interface CollectionRows {
  col: { crt: number; mod: number; conf: string; models: string; decks: string; dconf: string };
  notes: NoteRow[];
  cards: CardRow[];
  revlog: RevlogRow[];
  media: { name: string; data: Uint8Array }[];
}

const DAY = 86_400_000;
const DEFAULT_DECK = 1;
const DECK_BASE_ID = 1_700_000_100_000;

/** Anki's text of a field for sorting and duplicate checks: tags removed, media names kept, entities decoded. */
export function strippedField(html: string): string {
  return html
    .replace(/<img[^>]*?src=["']?([^"'>\s]+)[^>]*>/gi, ' $1 ')
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

/** Anki's note checksum: the first 8 hex digits of the SHA-1 of the stripped first field, as an integer. */
export const fieldChecksum = (firstField: string) => Number.parseInt(sha1Hex(strippedField(firstField)).slice(0, 8), 16);

/** Tags as Anki stores them: space-separated between spaces, no spaces inside a tag; our structural tags left out. */
const ankiTags = (tags: readonly string[]) => {
  const kept = tags.filter((tag) => !/^(chapter|topic|area)-/.test(tag)).map((tag) => tag.trim().replace(/\s+/g, '_'));
  return kept.length > 0 ? ` ${kept.join(' ')} ` : '';
};

function deckJson(id: number, name: string, mod: number) {
  return {
    id,
    name,
    mod,
    usn: 0,
    lrnToday: [0, 0],
    revToday: [0, 0],
    newToday: [0, 0],
    timeToday: [0, 0],
    collapsed: false,
    browserCollapsed: false,
    desc: '',
    dyn: 0,
    conf: 1,
    extendNew: 0,
    extendRev: 0,
  };
}

/** Anki's default options group (rslib/src/deckconfig/schema11.rs: every field its reader requires). */
const deckConfig = (mod: number) => ({
  id: 1,
  mod,
  name: 'Default',
  usn: 0,
  maxTaken: 60,
  autoplay: true,
  timer: 0,
  replayq: true,
  dyn: false,
  new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
  rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
  lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
});

/** Decks by our id → Anki id, with every parent of a `A::B` name present, as Anki requires. */
function ankiDecks(decks: ApkgSource['decks'], mod: number) {
  const byName = new Map<string, number>([['Default', DEFAULT_DECK]]);
  const idOf = new Map<string, number>();
  for (const deck of decks) {
    const parts = deck.name.split('::').map((part) => part.trim() || '-');
    parts.forEach((_, i) => {
      const name = parts.slice(0, i + 1).join('::');
      if (!byName.has(name)) byName.set(name, DECK_BASE_ID + byName.size);
    });
    idOf.set(deck.id, byName.get(parts.join('::')) as number);
  }
  const json = Object.fromEntries([...byName].map(([name, id]) => [String(id), deckJson(id, name, mod)]));
  return { idOf, json };
}

/**
 * Everything a schema-11 collection holds for an export, as rows: note types, decks, notes (one per note of ours),
 * cards and, with the history, their scheduling and review log. Pure: `now` names the export's time.
 */
export function collectionRows(source: ApkgSource, lang: Lang, t: Translate, now: number): CollectionRows {
  const mod = Math.floor(now / 1000);
  const history = source.history;
  const firstReview = history?.reviewLog.reduce((min, row) => Math.min(min, row.review), now) ?? now;
  const firstDue = history?.schedule.reduce((min, row) => Math.min(min, row.due), now) ?? now;
  // Day 0 of the collection: the UTC day of its earliest date, so that no day number is negative.
  const crtMs = Math.floor(Math.min(now, firstReview, firstDue) / DAY) * DAY;
  const decks = ankiDecks(source.decks, mod);
  const schedule = new Map(history?.schedule.map((s) => [s.key, s]) ?? []);
  const logByCard = new Map<string, ReviewLogRecord[]>();
  for (const row of history?.reviewLog ?? []) {
    const list = logByCard.get(row.cardKey) ?? [];
    list.push(row);
    logByCard.set(row.cardKey, list);
  }

  const notesOf = new Map<string, CardRecord[]>();
  for (const card of [...source.cards].sort((a, b) => a.ord - b.ord)) {
    const key = `${card.deckId}\n${card.noteId}`;
    const list = notesOf.get(key) ?? [];
    list.push(card);
    notesOf.set(key, list);
  }

  const models = new Map<string, AnkiModel>();
  const guids = new Set<string>();
  const usedRevlogIds = new Set<number>();
  const rows: Omit<CollectionRows, 'col' | 'media'> = { notes: [], cards: [], revlog: [] };
  let nextId = now;
  let position = 0;
  for (const cards of notesOf.values()) {
    const draft = draftNote(cards, lang, t);
    const did = decks.idOf.get(cards[0].deckId) ?? DEFAULT_DECK;
    const key = shapeKey(draft.shape);
    const model = models.get(key) ?? ankiModel(draft.shape, did, mod);
    models.set(key, model);
    // The note id is the guid (Anki's own guid for a note that came from Anki): unique in the package.
    let guid = cards[0].noteId;
    while (guids.has(guid)) guid = `${guid}+`;
    guids.add(guid);
    const nid = nextId++;
    const first = draft.fields[0] ?? '';
    rows.notes.push({
      id: nid,
      guid,
      mid: model.id,
      mod,
      tags: ankiTags(cards[0].tags),
      flds: draft.fields.join('\x1f'),
      sfld: strippedField(first),
      csum: fieldChecksum(first),
    });
    position++;
    for (const { ord, card } of draft.cards) {
      const cid = nextId++;
      const s = schedule.get(card.key);
      const scheduling = s ? cardSchedule(s, position, crtMs, now, history?.retention ?? 0.9) : newCardSchedule(position);
      rows.cards.push({ id: cid, nid, did, ord, mod, ...scheduling });
      const log = logByCard.get(card.key);
      if (!s || !log) continue;
      const ordered = [...log].sort((a, b) => a.version - b.version || a.review - b.review);
      for (const entry of revlogRows(ordered, memoryStateOf(s))) {
        let id = entry.id;
        while (usedRevlogIds.has(id)) id++;
        usedRevlogIds.add(id);
        rows.revlog.push({ ...entry, id, cid });
      }
    }
  }

  const text = rows.notes.map((n) => n.flds).join('\n');
  const media = source.media.filter((m) => text.includes(m.name) || text.includes(encodeURI(m.name)));
  const firstModel = [...models.values()][0];
  const col = {
    crt: crtMs / 1000,
    mod: now,
    conf: JSON.stringify({
      schedVer: 2,
      sched2021: true,
      activeDecks: [DEFAULT_DECK],
      curDeck: DEFAULT_DECK,
      curModel: firstModel?.id ?? null,
      nextPos: position + 1,
      newSpread: 0,
      collapseTime: 1200,
      timeLim: 0,
      estTimes: true,
      dueCounts: true,
      sortType: 'noteFld',
      sortBackwards: false,
      addToCur: true,
      ...(history ? { fsrs: true } : {}),
    }),
    models: JSON.stringify(Object.fromEntries([...models.values()].map((m) => [String(m.id), m.json]))),
    decks: JSON.stringify(decks.json),
    dconf: JSON.stringify({ 1: deckConfig(mod) }),
  };
  return { col, ...rows, media };
}
