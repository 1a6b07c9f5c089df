import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerCard, cardKey, type KubecardsDb, openDb, syncDeck } from '../../../lib/db';
import { type Backup, createBackup, readBackup, restoreErrorOf } from '../../../lib/export';
import { BackupEntryTooLarge } from '../../../lib/export/backupStream';
import { enCore } from '../../../lib/i18n/en';
import { enExtra } from '../../../lib/i18n/enExtra';
import { translator } from '../../../lib/i18n/translate';
import { zh } from '../../../lib/i18n/zh';
import { createScheduler } from '../../../lib/srs';
import { restoreErrorText } from '../../../lib/ui/restoreErrorText';
import { artifact, basicCard, freshName } from '../db/helpers';

const now = Date.UTC(2026, 5, 10, 12);
let db: KubecardsDb;
let backup: Backup;
beforeEach(async () => {
  db = openDb(freshName());
  await syncDeck(db, artifact([basicCard('a', 0), basicCard('b', 1)]), now);
  await answerCard(db, createScheduler(), { cardKey: cardKey('k8s', 'a'), shownVersion: 0, rating: 3, now, durationMs: 2000 });
  backup = await createBackup(db, now);
});
afterEach(() => db.close());

const en = translator({ ...enCore, ...enExtra });
const zhT = translator(zh);

/** The backup edited by hand, read back: the refusal in English and Chinese. */
function refusal(edit: (b: Record<string, unknown> & Backup) => void) {
  const edited = structuredClone(backup) as Record<string, unknown> & Backup;
  edit(edited);
  const read = readBackup(JSON.stringify(edited));
  if (!('error' in read)) throw new Error('the edited backup was accepted');
  return { error: read.error, en: restoreErrorText(read.error, en), zh: restoreErrorText(read.error, zhT) };
}

// Issue 18.4 and issue 17 §4: restore accepted values that broke screens later, refused a version written as text as
// "from a newer version", and answered a log entry without `before` with a TypeError.
describe('a hand-edited backup is refused with the entry and field at fault', () => {
  it('a due date beyond what Date holds', () => {
    const r = refusal((b) => {
      (b.schedule[1] as { due: number }).due = 9e15;
    });
    expect(r.en).toBe('This backup is damaged: in schedule entry 2, “due” is not a date a calendar can hold. Nothing was changed.');
    expect(r.zh).toBe('这个备份已损坏：第 2 条排程的“due”不是有效的日期。没有做任何更改。');
  });

  it('a state no queue reads', () => {
    const r = refusal((b) => {
      (b.schedule[0] as unknown as { state: string }).state = 'banana';
    });
    expect(r.en).toContain('in schedule entry 1, “state” is not one of 0, 1, 2, 3');
  });

  it('a version written as text is damage, not a newer version', () => {
    const r = refusal((b) => {
      b.version = '1' as unknown as number;
    });
    expect(r.error.code).toBe('invalid');
    expect(r.en).toContain('in the file itself, “version” is not a number');
  });

  it('a log entry without `before`, or with a broken one', () => {
    expect(
      refusal((b) => {
        delete (b.reviewLog[0] as Partial<Backup['reviewLog'][0]>).before;
      }).en,
    ).toBe('This backup is damaged: in answer 1 of the review log, “before” is missing. Nothing was changed.');
    expect(
      refusal((b) => {
        (b.reviewLog[0] as unknown as { before: null }).before = null;
      }).en,
    ).toContain('“before” is not a group of fields');
    expect(
      refusal((b) => {
        (b.reviewLog[0] as { before: { reps: number } }).before.reps = -1;
      }).zh,
    ).toBe('这个备份已损坏：复习记录中第 1 次回答的“before.reps”小于 0。没有做任何更改。');
  });

  it('other fields: a rating, a card kind, a name, media data, a row that is not a record', () => {
    expect(refusal((b) => ((b.reviewLog[0] as { rating: number }).rating = 7)).en).toContain('“rating” is not one of 1, 2, 3, 4');
    expect(refusal((b) => ((b.cards[0] as unknown as { kind: string }).kind = 'x')).en).toContain('card 1, “kind”');
    expect(refusal((b) => ((b.decks[0] as { name: unknown }).name = { en: 'x' })).en).toContain('deck 1, “name.zh” is missing');
    expect(refusal((b) => b.media.push({ name: 'x.png', base64: '%%%' })).en).toContain('media file 1, “base64” is not base64 data');
    expect(refusal((b) => (b.schedule as unknown[]).push(42)).en).toBe(
      'This backup is damaged: schedule entry 3 is not a group of fields. Nothing was changed.',
    );
  });

  it('an untouched backup still reads', () => {
    expect(readBackup(JSON.stringify(backup))).toEqual({ backup });
  });

  it('an entry too large to read at once is named, in both languages', () => {
    const error = restoreErrorOf(new BackupEntryTooLarge('media', 2));
    expect(restoreErrorText(error, en)).toBe(
      'This backup cannot be restored in this browser: media file 3 is larger than it can read at once. Nothing was changed.',
    );
    expect(restoreErrorText(error, zhT)).toBe('这个浏览器无法恢复这个备份：第 3 个媒体文件太大，无法一次读取。没有做任何更改。');
  });
});
