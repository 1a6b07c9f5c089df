import { describe, expect, it } from 'vitest';
import { type ContentVersion, mergeForPush, stampOf, takesPulled } from '../../../lib/sync';

const edit = (text: string, at: number, by: string): ContentVersion<string> => ({ at, by, body: text });
const tombstone = (at: number, by: string): ContentVersion<string> => ({ at, by, deleted: true });

describe('a note pushed over the server’s version', () => {
  it('goes up as it is when the server has none, or has the version it was edited from', () => {
    const ours = edit('mine', 20, 'phone');
    expect(mergeForPush(ours, undefined, undefined)).toEqual({ winner: ours });
    const base = edit('old', 30, 'laptop');
    // Made from the server's version: it replaces it even when this device's clock is behind.
    expect(mergeForPush(ours, base, stampOf(base))).toEqual({ winner: ours });
  });

  it('two concurrent edits: the later wins on both devices alike, and the other is kept as the conflict', () => {
    const phone = edit('phone text', 10, 'phone');
    const laptop = edit('laptop text', 11, 'laptop');
    expect(mergeForPush(phone, laptop, undefined)).toEqual({ winner: laptop, conflict: phone });
    expect(mergeForPush(laptop, phone, undefined)).toEqual({ winner: laptop, conflict: phone });
    // At the same time the device id decides, whichever side pushes.
    const tie = edit('tie', 11, 'phone');
    expect(mergeForPush(tie, laptop, 'x').winner).toBe(tie);
    expect(mergeForPush(laptop, tie, 'x').winner).toBe(tie);
  });

  it('the same content written on both (the same file imported twice) is no conflict', () => {
    expect(mergeForPush(edit('same', 10, 'phone'), edit('same', 11, 'laptop'), undefined)).toEqual({ winner: edit('same', 11, 'laptop') });
  });

  it('a tombstone wins over older edits, and a newer edit brings the note back; neither is a conflict', () => {
    expect(mergeForPush(tombstone(20, 'laptop'), edit('edited offline', 10, 'phone'), undefined)).toEqual({
      winner: tombstone(20, 'laptop'),
    });
    expect(mergeForPush(edit('edited offline', 10, 'phone'), tombstone(20, 'laptop'), undefined)).toEqual({
      winner: tombstone(20, 'laptop'),
    });
    expect(mergeForPush(edit('edited later', 30, 'phone'), tombstone(20, 'laptop'), undefined)).toEqual({
      winner: edit('edited later', 30, 'phone'),
    });
  });

  it('a conflict not picked yet stays with an edit made from the server’s version, and a tombstone drops it', () => {
    const base = edit('winner', 11, 'laptop');
    const loser = edit('loser', 10, 'phone');
    expect(mergeForPush(edit('again', 12, 'laptop'), base, stampOf(base), loser)).toEqual({
      winner: edit('again', 12, 'laptop'),
      conflict: loser,
    });
    expect(mergeForPush(tombstone(12, 'laptop'), base, stampOf(base), loser)).toEqual({ winner: tombstone(12, 'laptop') });
  });

  it('an edit that wrote the conflict’s content by hand settles it (a deck renamed to the other device’s name)', () => {
    const base = edit('winner', 11, 'laptop');
    const loser = edit('loser', 10, 'phone');
    expect(mergeForPush(edit('loser', 12, 'laptop'), base, stampOf(base), loser)).toEqual({ winner: edit('loser', 12, 'laptop') });
  });
});

describe('a pulled version', () => {
  const pulled = { at: 11, by: 'laptop' };
  it('replaces what this device holds, unless a change made here waits to be pushed', () => {
    expect(takesPulled(undefined, pulled)).toBe(true);
    expect(takesPulled({ at: 10, by: 'phone', pending: 0 }, pulled)).toBe(true);
    expect(takesPulled({ at: 12, pending: 1 }, pulled)).toBe(false);
  });
  it('held already: taken again only when its conflict changed (one was picked elsewhere, or a new one)', () => {
    expect(takesPulled({ ...pulled, pending: 0 }, pulled)).toBe(false);
    expect(takesPulled({ ...pulled, pending: 0 }, { ...pulled, conflict: { at: 10, by: 'phone' } })).toBe(true);
    expect(takesPulled({ ...pulled, pending: 0, conflict: { at: 10, by: 'phone' } }, pulled)).toBe(true);
  });
});
