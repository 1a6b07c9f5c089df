import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeckConflictNotice, DeckConflicts } from '../../app/_screens/DeckConflictNotice';
import type { DeckConflict } from '../../lib/hooks/sync/deckConflict';
import { I18nProvider } from '../../lib/i18n';

// Issue 14: a deck renamed on two devices at once ended with one name and no trace of the other. The notice says
// which name was kept and which the other device gave, and lets the learner pick (the pick itself: the unit test
// tests/unit/regressions/a-deck-renamed-on-two-devices-keeps-the-other-name.test.ts).
const held = vi.hoisted(() => ({ conflicts: [] as DeckConflict[], picked: vi.fn(async (_deckId: string, _pick: string) => undefined) }));
vi.mock('../../lib/hooks/sync/deckConflict', () => ({
  useDeckConflict: (deckId: string) => held.conflicts.find((conflict) => conflict.deckId === deckId) ?? null,
  useDeckConflicts: () => held.conflicts,
  pickDeckVersion: held.picked,
}));

const named = (en: string, newPerDay?: number) => ({ name: { en, zh: en }, ...(newPerDay === undefined ? {} : { newPerDay }) });
const conflict = (deckId: string, kept: DeckConflict['kept'], other: DeckConflict['kept']): DeckConflict => ({
  deckId,
  kept,
  other: { at: 1, by: 'phone', body: other },
});

beforeEach(() => localStorage.clear());
afterEach(() => held.picked.mockClear());

const show = (node: React.ReactNode) => render(<I18nProvider>{node}</I18nProvider>);

describe('a deck changed on two devices at once', () => {
  it('says which name was kept and which the other device gave; each button picks its version', async () => {
    held.conflicts = [conflict('d1', named('Laptop name'), named('Phone name'))];
    show(<DeckConflictNotice deckId="d1" />);
    await screen.findByText('Renamed on two devices at once: kept «Laptop name»; the other device named it «Phone name»');
    const notice = screen.getByRole('region', { name: /Renamed on two devices/ });
    expect(notice).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Use «Phone name»' }));
    expect(held.picked).toHaveBeenLastCalledWith('d1', 'other');
    fireEvent.click(screen.getByRole('button', { name: 'Keep «Laptop name»' }));
    expect(held.picked).toHaveBeenLastCalledWith('d1', 'kept');
  });

  it('a new-card limit set on both: the limits, in the message and on the buttons', async () => {
    held.conflicts = [conflict('d1', named('Mine', 5), named('Mine'))];
    show(<DeckConflictNotice deckId="d1" />);
    await screen.findByText('New cards per day set on two devices at once: kept 5; the other device set the default');
    expect(screen.getByRole('button', { name: 'Use the default' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Keep 5 new a day' })).toBeTruthy();
  });

  it('name and limit both differ: both lines, and each button names both', async () => {
    held.conflicts = [conflict('d1', named('A', 5), named('B', 7))];
    show(<DeckConflictNotice deckId="d1" />);
    await screen.findByRole('button', { name: 'Use «B», 7 new a day' });
    expect(screen.getByText(/kept «A»; the other device named it «B»/)).toBeTruthy();
    expect(screen.getByText(/kept 5; the other device set 7/)).toBeTruthy();
  });

  it('in Chinese', async () => {
    localStorage.setItem('kubecards.lang', 'zh');
    held.conflicts = [conflict('d1', named('甲'), named('乙'))];
    show(<DeckConflictNotice deckId="d1" />);
    await screen.findByText('在两台设备上同时被重命名：保留了「甲」；另一台设备将它命名为「乙」');
    expect(screen.getByRole('button', { name: '使用「乙」' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '保留「甲」' })).toBeTruthy();
  });

  it('the home screen lists every deck in conflict, and none when there is none', async () => {
    held.conflicts = [conflict('d1', named('A'), named('B')), conflict('d2', named('C'), named('D'))];
    const { unmount } = show(<DeckConflicts />);
    expect(await screen.findAllByTestId('deck-conflict')).toHaveLength(2);
    unmount();
    held.conflicts = [];
    show(<DeckConflicts />);
    expect(screen.queryByTestId('deck-conflict')).toBeNull();
  });
});
