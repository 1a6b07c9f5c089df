import Dexie from 'dexie';
import type { KubecardsDb, ScheduleRecord } from './schema';

/**
 * Every schedule row, in memory for one session of the card browser, kept current from Dexie's change events (this
 * tab's writes and other tabs'). Whole-collection queries (recall below, sorts by difficulty, interval or lapses) then
 * filter and sort an array instead of reading 100k rows from IndexedDB each time. Changes that name their rows (an
 * answer, a card action) re-read only those; a change of unknown extent (a clear, a write of 50 rows or more, which
 * Dexie reports as the whole table) reads everything again.
 */
export class ScheduleCache {
  private byKey = new Map<string, ScheduleRecord>();
  private list: ScheduleRecord[] | null = null;
  private listeners = new Set<() => void>();
  private pending: Promise<void> = Promise.resolve();
  /** Grows on every change of the rows (a query over them is stale when it was made at an older version). */
  version = 0;
  loaded = false;

  constructor(private readonly db: KubecardsDb) {}

  /** Loads every row and follows changes until the returned function is called. */
  start(): () => void {
    const part = `idb://${this.db.name}/schedule/`;
    const onChange = (parts: Record<string, unknown>) => {
      const changed = parts[part];
      if (changed) this.apply(changed as RangeNode);
    };
    Dexie.on.storagemutated.subscribe(onChange);
    this.queue(() => this.reload());
    return () => Dexie.on.storagemutated.unsubscribe(onChange);
  }

  /** The rows, in no order; the same array until the next change. */
  rows(): readonly ScheduleRecord[] {
    this.list ??= [...this.byKey.values()];
    return this.list;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = () => this.version;

  private apply(changed: RangeNode) {
    const keys: string[] = [];
    for (const range of rangesOf(changed)) {
      // A range rather than keys: a clear, a range delete or a large write (see Dexie's observability middleware).
      if (range.from !== range.to || typeof range.from !== 'string') return this.queue(() => this.reload());
      keys.push(range.from);
    }
    if (keys.length > 0) this.queue(() => this.refresh(keys));
  }

  /** Changes are applied one after another, in the order they came. */
  private queue(step: () => Promise<void>) {
    this.pending = this.pending.then(step).catch(() => undefined);
  }

  private async reload() {
    const rows = await this.db.schedule.toArray();
    this.byKey = new Map(rows.map((row) => [row.key, row]));
    this.loaded = true;
    this.changed();
  }

  private async refresh(keys: string[]) {
    const rows = await this.db.schedule.bulkGet(keys);
    rows.forEach((row, i) => {
      if (row) this.byKey.set(row.key, row);
      else this.byKey.delete(keys[i] as string);
    });
    this.changed();
  }

  private changed() {
    this.list = null;
    this.version++;
    for (const listener of this.listeners) listener();
  }
}

/**
 * A node of Dexie's RangeSet tree. Changes from other tabs come through a BroadcastChannel as plain objects (no
 * iterator), so the tree is walked here; an empty set has no `from`.
 */
interface RangeNode {
  from?: unknown;
  to?: unknown;
  l?: RangeNode | null;
  r?: RangeNode | null;
}

function* rangesOf(node: RangeNode | null | undefined): Generator<{ from: unknown; to: unknown }> {
  if (!node || !('from' in node)) return;
  yield* rangesOf(node.l);
  yield { from: node.from, to: node.to };
  yield* rangesOf(node.r);
}
