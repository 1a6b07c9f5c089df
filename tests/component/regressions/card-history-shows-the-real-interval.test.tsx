import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CardScreen } from '../../../app/_screens/CardScreen';
import type { CardRecord, ReviewLogRecord, ScheduleRecord } from '../../../lib/db';
import { I18nProvider } from '../../../lib/i18n';
import { enNotes } from '../../../lib/i18n/enNotes';
import { WithExtraStrings } from '../../../lib/i18n/WithExtraStrings';
import { CardState, newMemoryState } from '../../../lib/model';

const MINUTE = 60_000;
const start = Date.UTC(2026, 0, 5, 9);
const card = {
  key: 'd/x',
  deckId: 'd',
  id: 'x',
  noteId: 'x',
  ord: 0,
  topic: '1.1',
  tags: [],
  source: { en: { path: 'a.csv', line: 1 }, zh: { path: 'a.csv', line: 1 } },
  sources: [],
  retired: 0,
  kind: 'basic',
  content: { en: { front: 'Q', back: 'A' }, zh: { front: '问', back: '答' } },
} as CardRecord;
const fresh = newMemoryState(start);
// Two learning steps (6 and 10 minutes: scheduledDays 0 for both), then a first review interval of 2 days.
const afterFirst = { ...fresh, state: CardState.Learning, due: start + 6 * MINUTE, scheduledDays: 0 };
const afterSecond = { ...afterFirst, due: start + 7 * MINUTE + 10 * MINUTE, scheduledDays: 0 };
const schedule = { ...afterSecond, key: 'd/x', deckId: 'd', noteId: 'x', topic: '1.1', ord: 0, active: 1, version: 2 } as ScheduleRecord;
const history = [
  { id: 1, cardKey: 'd/x', deckId: 'd', noteId: 'x', rating: 3, review: start, durationMs: 4_200, before: fresh, version: 1 },
  {
    id: 2,
    cardKey: 'd/x',
    deckId: 'd',
    noteId: 'x',
    rating: 3,
    review: start + 7 * MINUTE,
    durationMs: 65_000,
    before: afterFirst,
    version: 2,
  },
] as ReviewLogRecord[];

vi.mock('next/navigation', () => ({ useSearchParams: () => new URLSearchParams('key=d/x') }));
vi.mock('../../../lib/hooks', async (original) => ({
  ...(await original<typeof import('../../../lib/hooks')>()),
  useCardDetail: () => ({ card, schedule, history }),
  useStudySettings: () => ({ rolloverHour: 4, parameters: undefined }),
}));

/** The card page's parts of the English catalog (app/card/page.tsx). */
const CARD_PAGE_STRINGS = [enNotes];

function historyCells(lang: 'en' | 'zh') {
  localStorage.setItem('kubecards.lang', lang);
  render(
    <I18nProvider>
      <WithExtraStrings strings={CARD_PAGE_STRINGS}>
        <CardScreen />
      </WithExtraStrings>
    </I18nProvider>,
  );
  return async () => {
    const table = await screen.findByTestId('card-history');
    if (lang === 'zh') await screen.findByText('间隔');
    return within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .slice(2)
          .map((cell) => cell.textContent),
      );
  };
}

// The history printed scheduledDays as the interval ("<1m" for the 6 and 10 minute learning steps) and a hard-coded "s".
describe('card history', () => {
  it('shows the interval each answer set, with units from the catalog', async () => {
    expect(await historyCells('en')()).toEqual([
      ['6m', '4 s'],
      ['10m', '65 s'],
    ]);
  });

  // The memory tiles read "Due / Due now".
  it('says a due card is due now without repeating "Due"', async () => {
    await historyCells('en')();
    const due = within(screen.getByTestId('card-memory')).getByText('Due').nextElementSibling;
    expect(due?.textContent).toBe('Now');
  });

  it('in Chinese too', async () => {
    expect(await historyCells('zh')()).toEqual([
      ['6分钟', '4 秒'],
      ['10分钟', '65 秒'],
    ]);
  });
});
