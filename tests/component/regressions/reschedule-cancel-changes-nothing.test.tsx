import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardActions } from '../../../app/_screens/CardActions';
import { I18nProvider } from '../../../lib/i18n';
import type { CardSchedule } from '../../../lib/model';

const applied = vi.hoisted(() => vi.fn(async () => ({ key: 'k', version: 2 })));
vi.mock('../../../lib/hooks', async (original) => ({
  ...(await original<typeof import('../../../lib/hooks')>()),
  applyCardAction: applied,
  useStudySettings: () => ({ rolloverHour: 4 }),
}));

const schedule = { key: 'builtin/a', version: 1, suspended: 0, flag: 0 } as unknown as CardSchedule;

function openReschedule() {
  render(
    <I18nProvider>
      <CardActions schedule={schedule} />
    </I18nProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Reschedule' }));
}

afterEach(() => {
  applied.mockClear();
  vi.unstubAllGlobals();
});

// Cancel on the old window.prompt returned null, Number(null) === 0 passed the check: the card became due now.
describe('reschedule asks in a dialog', () => {
  it('Cancel changes nothing', async () => {
    // A learner who cancels a browser prompt gets null back.
    vi.stubGlobal('prompt', () => null);
    openReschedule();
    const cancel = screen.queryByRole('button', { name: 'Cancel' });
    if (cancel) fireEvent.click(cancel);
    await new Promise((settle) => setTimeout(settle));
    expect(applied).not.toHaveBeenCalled();
  });

  it('reschedules in the number of days typed', async () => {
    openReschedule();
    fireEvent.change(screen.getByLabelText('Due in how many days?'), { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reschedule card' }));
    await waitFor(() => expect(applied).toHaveBeenCalledWith(schedule, { type: 'reschedule', days: 5 }, expect.any(Number)));
  });

  it('reschedules to a date picked on the calendar', async () => {
    openReschedule();
    const inThreeDays = new Date(Date.now() + 3 * 86_400_000);
    const iso = `${inThreeDays.getFullYear()}-${String(inThreeDays.getMonth() + 1).padStart(2, '0')}-${String(inThreeDays.getDate()).padStart(2, '0')}`;
    fireEvent.change(screen.getByLabelText('Or on this date'), { target: { value: iso } });
    fireEvent.click(screen.getByRole('button', { name: 'Reschedule card' }));
    await waitFor(() => expect(applied).toHaveBeenCalledWith(schedule, { type: 'reschedule', days: 3 }, expect.any(Number)));
  });

  it('refuses a negative or empty number of days with a clear message', async () => {
    openReschedule();
    fireEvent.change(screen.getByLabelText('Due in how many days?'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reschedule card' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Enter a number of days (0 or more) or pick a date.');
    expect(applied).not.toHaveBeenCalled();
  });
});
