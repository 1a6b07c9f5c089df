import type { MemoryState, Rating } from './schedule';

/**
 * One entry of the review log as every device sees it: the unit that sync merges and replays (lib/sync/README.md).
 * Times are epoch milliseconds.
 */
export type LogEvent = {
  /** Global id: `<deviceId>:<time>:<local sequence>`, unique across devices. */
  gid: string;
  cardKey: string;
  at: number;
  /**
   * The state this event left, as its device recorded it; replay takes it over the computed one. Schema 4's upgrade
   * sets it on each card's last older entry: those were graded with settings nobody recorded.
   */
  settled?: MemoryState;
} & (
  | {
      kind: 'review';
      rating: Rating;
      /** Id of the scheduler settings it was graded with (see `paramsIdOf`). */
      params: string;
      /** This answer made the card a leech: marked, and suspended unless the learner only wanted the mark. */
      leech?: 'tag' | 'suspend';
    }
  | { kind: 'forget' }
  | { kind: 'reschedule'; due: number; scheduledDays: number }
  /** Marks that do not touch the memory state: set aside, unsuspended (the leech mark goes too), flagged, buried. */
  | { kind: 'suspend' }
  | { kind: 'unsuspend' }
  | { kind: 'flag'; flag: number }
  /** Buried until `until`: the end of the study day of the device that buried it (the same moment everywhere). */
  | { kind: 'bury'; until: number }
  /** Takes back the event `target` (an undo that reached another device can no longer delete it). */
  | { kind: 'undo'; target: string }
);
