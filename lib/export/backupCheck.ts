/**
 * Field by field check of a backup's rows before anything is written: each field's type and range, so that a
 * hand-edited or damaged file is refused with the entry and field at fault instead of breaking a screen later (a due
 * date beyond what `Date` holds, a state no queue reads). One row at a time, so a streamed restore can check as it goes.
 */

import type { CardKind } from '../model';

/** What is wrong with one field, in words the catalog gives both languages (`restoreProblem.<problem>`). */
export type FieldProblem =
  | { problem: 'missing' | 'text' | 'number' | 'date' | 'record' | 'list' | 'base64' }
  | { problem: 'below' | 'above'; limit: number }
  | { problem: 'oneOf'; allowed: string };

/** The first field at fault: which table, which entry (from 0), which field (`before.state` inside a record). */
export type BadField = FieldProblem & { table: BackupTable; index: number | null; field: string };

export type BackupTable = 'backup' | 'decks' | 'cards' | 'schedule' | 'reviewLog' | 'settings' | 'media';

type Check = (value: unknown) => FieldProblem | null;
/** A record's fields: a check each, or the shape of a record inside it (`before`, a name in both languages). */
interface Shape {
  [field: string]: Check | Shape;
}

/** The times `Date` can hold (±100,000,000 days from 1970): beyond them every date shown or computed breaks. */
const MAX_TIME = 8.64e15;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text: Check = (v) => (typeof v === 'string' ? null : { problem: 'text' });
const number =
  (min = -Number.MAX_VALUE, max = Number.MAX_VALUE, whole = false): Check =>
  (v) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || (whole && !Number.isInteger(v))) return { problem: 'number' };
    if (v < min) return { problem: 'below', limit: min };
    return v > max ? { problem: 'above', limit: max } : null;
  };
const whole = (min: number, max = Number.MAX_SAFE_INTEGER) => number(min, max, true);
const time: Check = (v) => (typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MAX_TIME ? null : { problem: 'date' });
const oneOf =
  (...allowed: readonly (string | number)[]): Check =>
  (v) =>
    allowed.includes(v as string | number) ? null : { problem: 'oneOf', allowed: allowed.join(', ') };
const listOf =
  (item: Check): Check =>
  (v) =>
    Array.isArray(v) ? (v.map(item).find((p) => p !== null) ?? null) : { problem: 'list' };
const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined ? null : check(v);
const nullable =
  (check: Check): Check =>
  (v) =>
    v === null ? null : check(v);
const base64: Check = (v) =>
  typeof v === 'string' && /^[A-Za-z0-9+/]*={0,2}$/.test(v) && v.length % 4 === 0 ? null : { problem: 'base64' };
const anything: Check = (v) => (v === undefined ? { problem: 'missing' } : null);
const inBoth = (field: Check | Shape): Shape => ({ en: field, zh: field });

const memoryState: Shape = {
  due: time,
  stability: number(0),
  difficulty: number(0, 10),
  elapsedDays: number(0),
  scheduledDays: number(0),
  learningSteps: whole(0),
  reps: whole(0),
  lapses: whole(0),
  state: oneOf(0, 1, 2, 3),
  lastReview: nullable(time),
};

/** Every kind of card: a kind the model has and this lacks fails to compile (a backup with it would be refused). */
const CARD_KINDS: Record<CardKind, true> = {
  basic: true,
  cloze: true,
  command: true,
  component: true,
  object: true,
  manifest: true,
  procedure: true,
  diagnose: true,
};

const SHAPES: Record<Exclude<BackupTable, 'backup'>, Shape> = {
  decks: {
    id: text,
    name: inBoth(text),
    source: oneOf('builtin', 'import'),
    hash: text,
    updatedAt: time,
    newPerDay: optional(whole(0)),
  },
  cards: {
    key: text,
    deckId: text,
    id: text,
    noteId: text,
    ord: whole(0),
    topic: text,
    kind: oneOf(...Object.keys(CARD_KINDS)),
    tags: listOf(text),
    content: inBoth({}),
    retired: oneOf(0, 1),
  },
  schedule: {
    key: text,
    deckId: text,
    noteId: text,
    topic: text,
    ord: whole(0),
    active: oneOf(0, 1),
    version: whole(0),
    ...memoryState,
    suspended: optional(oneOf(0, 1)),
    buriedUntil: optional(time),
    flag: optional(whole(0, 7)),
    leech: optional(oneOf(0, 1)),
  },
  reviewLog: {
    id: optional(whole(1)),
    cardKey: text,
    deckId: text,
    noteId: text,
    rating: oneOf(1, 2, 3, 4),
    review: time,
    durationMs: number(0),
    before: memoryState,
    version: whole(0),
    day: optional((v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? null : { problem: 'date' })),
    kind: optional(oneOf('review', 'forget', 'reschedule', 'suspend', 'unsuspend', 'flag', 'bury', 'undo')),
    buried: optional(listOf(text)),
    buriedBy: optional(text),
    gid: optional(text),
    params: optional(text),
    flag: optional(whole(0, 7)),
    until: optional(time),
    target: optional(text),
    rescheduled: optional((v) => (isRecord(v) ? (time(v.due) ?? whole(0)(v.scheduledDays)) : { problem: 'record' })),
    leech: optional(oneOf('tag', 'suspend')),
    settled: optional((v) => (isRecord(v) ? (firstBadField(v, memoryState)?.problem ?? null) : { problem: 'record' })),
  },
  settings: { key: text, value: anything },
  media: { name: text, base64 },
};

function firstBadField(row: Record<string, unknown>, shape: Shape, path = ''): { field: string; problem: FieldProblem } | null {
  for (const [name, spec] of Object.entries(shape)) {
    const value = row[name];
    const field = `${path}${name}`;
    if (typeof spec === 'function') {
      const problem = value === undefined && spec(undefined) !== null ? { problem: 'missing' as const } : spec(value);
      if (problem) return { field, problem };
    } else if (!isRecord(value)) return { field, problem: { problem: value === undefined ? 'missing' : 'record' } };
    else {
      const inner = firstBadField(value, spec, `${field}.`);
      if (inner) return inner;
    }
  }
  return null;
}

/** The first field at fault in this row of that table, or null when every field is fine. */
export function checkBackupRow(table: Exclude<BackupTable, 'backup'>, row: unknown, index: number): BadField | null {
  if (!isRecord(row)) return { table, index, field: '', problem: 'record' };
  const bad = firstBadField(row, SHAPES[table]);
  return bad ? { table, index, field: bad.field, ...bad.problem } : null;
}
