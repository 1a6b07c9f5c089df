/** The card changed since the screen showed it (another tab, or an undo elsewhere). */
export class StaleReviewError extends Error {
  constructor(readonly cardKey: string) {
    super(`card ${cardKey} changed since it was shown`);
    this.name = 'StaleReviewError';
  }
}
