/**
 * Whether the built-in deck is being written now (a first visit, or an update): the deck update sets it, the home
 * screen shows progress while it is set. A module of its own, loaded with the update and the home screen only.
 */
let writing = false;
const listeners = new Set<() => void>();

export const deckWriting = {
  get: () => writing,
  set(next: boolean) {
    writing = next;
    for (const listener of listeners) listener();
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
};
