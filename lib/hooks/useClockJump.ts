'use client';
import { useState } from 'react';
import { type ClockJump, findClockJump, rescheduleClockJump } from '../db';
import { getDb } from './db';
import { useLiveQuery } from './liveQuery';
import { today, useStudySettings } from './studySettings';
import { command } from './writeCommand';

/**
 * Answers dated in the future (the device clock jumped ahead, then back), looked for once per page with the time it
 * opened; `reschedule` brings their cards back from today.
 */
export function useClockJump(): { jump: ClockJump | null; reschedule(): Promise<number | undefined> } {
  const [openedAt] = useState(() => Date.now());
  const settings = useStudySettings();
  const jump = useLiveQuery(() => findClockJump(getDb(), openedAt), [openedAt]) ?? null;
  const reschedule = () => rescheduleNow(settings.rolloverHour);
  return { jump, reschedule };
}

const rescheduleNow = command((rolloverHour: number) => {
  const now = Date.now();
  return rescheduleClockJump(getDb(), now, (at) => today(at, rolloverHour).key);
});
