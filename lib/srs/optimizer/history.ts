import { CardState } from '../../model';

/** One row of the review log, as much of it as the optimizer reads. */
export interface LoggedAnswer {
  cardKey: string;
  rating: number;
  /** Epoch ms. */
  review: number;
  kind?: 'review' | 'forget' | 'reschedule';
  before: { state: CardState };
}

/**
 * Each card's answers in time order, from its last reset ("forget": the card started over as new) on. Manual changes
 * are left out: they are not answers, and the time they moved a due date to shows in the next answer's timing.
 */
export function answersByCard(log: readonly LoggedAnswer[]): LoggedAnswer[][] {
  const cards = new Map<string, LoggedAnswer[]>();
  for (const row of [...log].sort((a, b) => a.review - b.review)) {
    const kind = row.kind ?? 'review';
    if (kind === 'forget') cards.set(row.cardKey, []);
    else if (kind === 'review') {
      const answers = cards.get(row.cardKey);
      if (answers) answers.push(row);
      else cards.set(row.cardKey, [row]);
    }
  }
  return [...cards.values()].filter((answers) => answers.length > 0);
}

/** The review log in the shape of Anki's revlog table, which the FSRS optimizer (fsrs-rs) reads. */
export interface AnkiRevlog {
  /** Card ids. */
  cids: BigInt64Array;
  /** Buttons, 1–4. */
  eases: Uint8Array;
  /** Review times, epoch ms (unique, as Anki's revlog ids are). */
  ids: BigInt64Array;
  /** 0 learning, 1 review, 2 relearning. */
  types: Uint8Array;
}

const REVLOG_TYPE: Record<CardState, number> = {
  [CardState.New]: 0,
  [CardState.Learning]: 0,
  [CardState.Review]: 1,
  [CardState.Relearning]: 2,
};

export function toAnkiRevlog(cards: readonly (readonly LoggedAnswer[])[]): AnkiRevlog {
  const rows = cards
    .flatMap((answers, card) => answers.map((answer) => ({ card, answer })))
    .sort((a, b) => a.answer.review - b.answer.review);
  const revlog: AnkiRevlog = {
    cids: new BigInt64Array(rows.length),
    eases: new Uint8Array(rows.length),
    ids: new BigInt64Array(rows.length),
    types: new Uint8Array(rows.length),
  };
  let lastId = Number.NEGATIVE_INFINITY;
  rows.forEach(({ card, answer }, i) => {
    // Two answers in the same millisecond (other cards) still need distinct ids.
    lastId = Math.max(answer.review, lastId + 1);
    revlog.cids[i] = BigInt(card + 1);
    revlog.eases[i] = answer.rating;
    revlog.ids[i] = BigInt(lastId);
    revlog.types[i] = REVLOG_TYPE[answer.before.state];
  });
  return revlog;
}
