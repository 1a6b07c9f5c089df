/**
 * A service-worker update waits for the learner: `offer` shows the prompt, `accept` applies it — at once, or, if a
 * card is in progress (answer shown or being typed), as soon as that card is answered.
 */
type Listener = () => void;

let applyUpdate: (() => void) | null = null;
let accepted = false;
let midCard = false;
const listeners = new Set<Listener>();

export interface UpdateState {
  available: boolean;
  accepted: boolean;
}
/** A stable snapshot for useSyncExternalStore: replaced only when something changes. */
let snapshot: UpdateState = { available: false, accepted: false };
const notify = () => {
  snapshot = { available: applyUpdate !== null, accepted };
  for (const listener of listeners) listener();
};

export const updateState = () => snapshot;

export function subscribeUpdates(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called by the registration when a new version is installed and waiting. */
export function offerUpdate(apply: () => void) {
  applyUpdate = apply;
  notify();
}

export function acceptUpdate() {
  accepted = true;
  notify();
  applyWhenSafe();
}

/** The review screen says whether a card is in progress; leaving a card is a safe point. */
export function setMidCard(value: boolean) {
  midCard = value;
  notify();
  applyWhenSafe();
}

function applyWhenSafe() {
  if (accepted && !midCard && applyUpdate) {
    const apply = applyUpdate;
    applyUpdate = null;
    apply();
  }
}
