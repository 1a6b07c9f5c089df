'use client';
import { useId, useRef, useState } from 'react';
import { useI18n } from '../../lib/i18n';

const DAY = 86_400_000;

/** Whole calendar days from today to a `YYYY-MM-DD` date picked in the learner's time zone (negative: in the past). */
export function daysUntilDate(isoDate: string, now: number): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const picked = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const today = new Date(now);
  const midnight = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  // Rounded: a daylight-saving change makes one day 23 or 25 hours long.
  return Math.round((picked.getTime() - midnight.getTime()) / DAY);
}

/** The Reschedule button and its dialog: a number of days or a date; Cancel (or Escape) changes nothing. */
export function RescheduleDialog({ onReschedule }: { onReschedule(days: number): void }) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [days, setDays] = useState('1');
  const [date, setDate] = useState('');
  const [problem, setProblem] = useState('');
  const ids = useId();
  const close = () => {
    setProblem('');
    dialog.current?.close();
  };
  const confirm = () => {
    const chosen = date !== '' ? daysUntilDate(date, Date.now()) : days.trim() === '' ? null : Number(days);
    if (chosen === null || !Number.isInteger(chosen) || chosen < 0) {
      setProblem(t('action.rescheduleInvalid'));
      return;
    }
    close();
    onReschedule(chosen);
  };
  return (
    <>
      <button type="button" className="button" onClick={() => dialog.current?.showModal()}>
        {t('action.reschedule')}
      </button>
      <dialog ref={dialog} aria-labelledby={`${ids}-title`} className="reschedule-dialog" onClose={() => setProblem('')}>
        <form
          method="dialog"
          onSubmit={(event) => {
            event.preventDefault();
            confirm();
          }}
        >
          <h2 id={`${ids}-title`}>{t('action.reschedule')}</h2>
          <label htmlFor={`${ids}-days`}>{t('action.rescheduleDays')}</label>
          <input
            id={`${ids}-days`}
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            value={days}
            onChange={(event) => {
              setDays(event.target.value);
              setDate('');
            }}
          />
          <label htmlFor={`${ids}-date`}>{t('action.rescheduleDate')}</label>
          <input id={`${ids}-date`} type="date" value={date} onChange={(event) => setDate(event.target.value)} />
          {problem && (
            <p role="alert" className="notice">
              {problem}
            </p>
          )}
          <div className="button-row">
            <button type="submit" className="button primary">
              {t('action.rescheduleConfirm')}
            </button>
            <button type="button" className="button" onClick={close}>
              {t('action.cancel')}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
