'use client';
import { useState } from 'react';
import { type ClockJump, findClockJump } from '../db';
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

const rescheduleNow = command(async (rolloverHour: number) => {
  // Loaded when the learner asks (a clock jump is rare): not part of every page.
  const { rescheduleClockJump } = await import('../db/clockJump');
  return rescheduleClockJump(getDb(), Date.now(), (at) => today(at, rolloverHour).key);
});
