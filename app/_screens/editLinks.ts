/** The editor of a card's note, coming back to the page the learner is on once saved. */
export const editHref = (key: string) => `/edit?key=${encodeURIComponent(key)}&back=${encodeURIComponent(window.location.href)}`;

/** Add a note, into this deck when one is named, coming back here once saved. */
export const addHref = (deckName?: string) => `/edit${deckName ? `?deck=${encodeURIComponent(deckName)}` : ''}`;
