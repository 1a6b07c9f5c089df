/** 32-bit FNV-1a of a string: a stable seed from a card id. */
function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** mulberry32: a tiny seeded generator of numbers in [0, 1). */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A permutation of 0..n-1 fixed by the seed (Fisher–Yates): a card shows its items in the same order everywhere. */
export function seededOrder(n: number, seed: string): number[] {
  const random = seededRandom(hashSeed(seed));
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** Like seededOrder but never 0..n-1 itself (for n ≥ 2): steps to put in order must not come already in order. */
export function scrambledOrder(n: number, seed: string): number[] {
  const order = seededOrder(n, seed);
  return order.every((value, i) => value === i) ? [...order.slice(1), order[0]] : order;
}
