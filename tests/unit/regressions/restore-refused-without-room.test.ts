import { describe, expect, it } from 'vitest';
import { roomRefusal } from '../../../lib/export';
import { enCore } from '../../../lib/i18n/en';
import { enExtra } from '../../../lib/i18n/enExtra';
import { translator } from '../../../lib/i18n/translate';
import { zh } from '../../../lib/i18n/zh';
import { restoreErrorText } from '../../../lib/ui/restoreErrorText';

// Issue 17 §2: a 1 GB backup was read and written for minutes (or crashed the tab) before the device's storage said
// no. The restore worker now weighs the file against the browser's storage estimate before it opens the database.
const MB = 2 ** 20;

describe('a backup larger than the room left is refused before anything is read', () => {
  it('says how much it needs and how much is left, in both languages', () => {
    const refusal = roomRefusal(1024 * MB, { quota: 600 * MB, usage: 100.5 * MB });
    expect(refusal).toEqual({ code: 'no-room', needMb: 1024, freeMb: 499 });
    if (!refusal) return;
    expect(restoreErrorText(refusal, translator({ ...enCore, ...enExtra }))).toBe(
      'This backup needs about 1,024 MB of storage beside your current data, and this browser lets Kubecards use 499 MB more. Nothing was changed. Free some space (other sites’ data in the browser settings), then restore again.',
    );
    expect(restoreErrorText(refusal, translator(zh))).toContain('约 1,024 MB');
  });
  it('lets a file through that fits beside the current data, or when the browser gives no quota', () => {
    expect(roomRefusal(400 * MB, { quota: 600 * MB, usage: 100 * MB })).toBeNull();
    expect(roomRefusal(1024 * MB, {})).toBeNull();
  });
  it('usage over the quota leaves no room at all', () => {
    expect(roomRefusal(1, { quota: 10 * MB, usage: 20 * MB })).toEqual({ code: 'no-room', needMb: 1, freeMb: 0 });
  });
});
