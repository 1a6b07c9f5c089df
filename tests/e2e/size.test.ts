import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script, also run as `npm run size`
import { firstLoadJs } from '../../scripts/first-load-js.mjs';

/** Budget from the product card: the framework alone is ~132 KB; every route must stay at or under 185 KB gzip. */
const BUDGET_KB = 185;

describe('first-load JS of the exported app', () => {
  const rows: { route: string; bytes: number }[] = firstLoadJs('out');

  it('covers every route', () => {
    expect(rows.map((r) => r.route).sort()).toEqual(expect.arrayContaining(['/', '/review', '/404']));
  });

  // In bytes: the rounded KB of `npm run size` let /settings pass at 185.02 KB (189,459 bytes).
  it.each(rows.map((r) => [r.route, r.bytes]))(`%s stays within ${BUDGET_KB} KB gzip (is %i bytes)`, (_route, bytes) => {
    expect(bytes).toBeLessThanOrEqual(BUDGET_KB * 1024);
  });
});
