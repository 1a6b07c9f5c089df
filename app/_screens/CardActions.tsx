'use client';
import Link from 'next/link';
import { useState } from 'react';
import { type ActionUndoToken, actionLeavesQueue, applyCardAction, type CardAction, today, useStudySettings } from '../../lib/hooks';
import { useI18n } from '../../lib/i18n';
import { enCardActions } from '../../lib/i18n/enCardActions';
import { WithExtraStrings } from '../../lib/i18n/WithExtraStrings';
import type { CardSchedule } from '../../lib/model';
import { editHref } from './editLinks';
import { RescheduleDialog } from './RescheduleDialog';

/** This screen's part of the English catalog (a module constant: the same array every render). */
const STRINGS = [enCardActions];

/** Suspend, bury, flag, forget or reschedule one card; each action can be undone from `onDone`'s undo. */
interface Props {
  schedule: CardSchedule;
  /** The action was applied; `leaves` when the card no longer belongs in today's queue. */
  onDone?(undo: ActionUndoToken, leaves: boolean): void;
}

export function CardActions(props: Props) {
  return (
    <WithExtraStrings strings={STRINGS}>
      <Actions {...props} />
    </WithExtraStrings>
  );
}

function Actions({ schedule, onDone }: Props) {
  const { t } = useI18n();
  const settings = useStudySettings();
  const [message, setMessage] = useState('');
  const run = async (action: CardAction, label: string) => {
    const undo = await applyCardAction(schedule, action, Date.now());
    // Refused: the shell's notice says why.
    if (undo === undefined) return;
    setMessage(t('action.done', { action: label }));
    onDone?.(undo, actionLeavesQueue(action));
  };
  const suspended = schedule.suspended === 1;
  return (
    <div className="card-actions">
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => void run({ type: suspended ? 'unsuspend' : 'suspend' }, suspended ? t('action.unsuspend') : t('action.suspend'))}
        >
          {suspended ? t('action.unsuspend') : t('action.suspend')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void run({ type: 'bury', until: today(Date.now(), settings.rolloverHour).end }, t('action.bury'))}
        >
          {t('action.bury')}
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={(schedule.flag ?? 0) > 0}
          onClick={() => void run({ type: 'flag', flag: schedule.flag ? 0 : 1 }, schedule.flag ? t('action.unflag') : t('action.flag'))}
        >
          {schedule.flag ? t('action.unflag') : t('action.flag')}
        </button>
        <Link className="button" href={editHref(schedule.key)} aria-keyshortcuts="E">
          {t('action.edit')}
        </Link>
        <button type="button" className="button" onClick={() => void run({ type: 'forget' }, t('action.forget'))}>
          {t('action.forget')}
        </button>
        <RescheduleDialog onReschedule={(days) => void run({ type: 'reschedule', days }, t('action.reschedule'))} />
      </div>
      <p role="status" className="notice">
        {message}
      </p>
    </div>
  );
}
