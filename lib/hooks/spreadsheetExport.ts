'use client';
import { readSpreadsheetSource } from '../db/spreadsheetSource';
import { reviewLogSheetCsv, scheduleCsv } from '../export';
import type { Lang } from '../model';
import { getDb } from './db';
import { dateStamp, downloadText } from './download';

/** Downloads the schedule or the review log as a CSV for spreadsheets (formula-like cells neutralised). */
export async function downloadSpreadsheet(kind: 'schedule' | 'log', lang: Lang): Promise<void> {
  const { rows, log, deckNames } = await readSpreadsheetSource(getDb(), lang);
  const stamp = dateStamp(Date.now());
  if (kind === 'schedule') downloadText(`kubecards-schedule-${stamp}.csv`, scheduleCsv(rows, lang), 'text/csv');
  else downloadText(`kubecards-reviews-${stamp}.csv`, reviewLogSheetCsv(log, deckNames), 'text/csv');
}
