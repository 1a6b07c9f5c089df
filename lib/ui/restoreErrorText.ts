import type { RestoreError } from '../export';
import type { BackupTable } from '../export/backupCheck';
import type { Translate } from '../i18n';

/** Why a restore was refused, for people: for a damaged file, the entry (counted from 1) and the field at fault. */
export function restoreErrorText(error: RestoreError, t: Translate): string {
  if (error.code === 'no-room') return t('restoreError.no-room', { need: error.needMb, free: error.freeMb });
  if (error.code === 'too-large') return t('restoreError.too-large', { where: whereIn(error.at.table, error.at.index, t) });
  if (error.code !== 'invalid') return t(`restoreError.${error.code}`, { detail: error.detail ?? '' });
  const { table, index, field, ...problem } = error.at;
  const where = whereIn(table, index, t);
  const words = t(`restoreProblem.${problem.problem}`, {
    limit: 'limit' in problem ? problem.limit : '',
    allowed: 'allowed' in problem ? problem.allowed : '',
  });
  return field === ''
    ? t('restoreError.invalidEntry', { where, problem: words })
    : t('restoreError.invalid', { where, field, problem: words });
}

const whereIn = (table: BackupTable, index: number | null, t: Translate) => t(`restoreWhere.${table}`, { entry: (index ?? 0) + 1 });
