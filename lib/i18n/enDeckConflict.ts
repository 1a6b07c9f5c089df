/** English strings of a deck changed on two devices at once (its screen and the home list): shipped only with them. */
export const enDeckConflict = {
  'deckConflict.renamed': 'Renamed on two devices at once: kept «{kept}»; the other device named it «{other}»',
  'deckConflict.limit': 'New cards per day set on two devices at once: kept {kept}; the other device set {other}',
  'deckConflict.limitDefault': 'the default',
  'deckConflict.name': '«{name}»',
  'deckConflict.perDay': '{n} new a day',
  'deckConflict.nameAndLimit': '«{name}», {limit}',
  'deckConflict.use': 'Use {version}',
  'deckConflict.keep': 'Keep {version}',
} as const;
